package kr.bizsos.grievance.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import kr.bizsos.grievance.deadline.Holiday.Source;

/**
 * The public holidays of any year: the published calendar where it exists, computed rules
 * beyond it, and the 임시공휴일 an ADMIN adds. Years are cached; an ADMIN change clears the cache.
 */
@ApplicationScoped
public class HolidayCalendar {

    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    public List<Holiday> of(int year) {
        return new ArrayList<>(year(year).values().stream().sorted(java.util.Comparator.comparing(Holiday::date)).toList());
    }

    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).containsKey(date);
    }

    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(this::isHoliday);
    }

    public void forget() {
        years.clear();
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, Holiday> load(int year) {
        Map<LocalDate, Holiday> days = new java.util.HashMap<>();
        boolean official = OfficialHolidays.covers(year);
        NavigableMap<LocalDate, String> base = official ? OfficialHolidays.of(year) : ComputedHolidays.of(year);
        base.forEach((date, name) -> days.put(date, new Holiday(date, name, official ? Source.OFFICIAL : Source.COMPUTED)));
        for (AdminHoliday added : AdminHoliday.ofYear(year)) {
            days.putIfAbsent(added.date, new Holiday(added.date, added.name, Source.ADMIN));
        }
        return days;
    }
}
