package kr.bizsos.grievance.deadline;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Public holidays of a year the government has not published yet, by the rules of the
 * 관공서의 공휴일에 관한 규정 as they stand for 2027: the fixed days, 설날, 부처님 오신 날 and 추석 from
 * the Korean lunar calendar (ICU4J's dangi calendar), and 대체공휴일. Election days and other
 * 임시공휴일 cannot be computed: an ADMIN adds them.
 */
public final class ComputedHolidays {

    private ComputedHolidays() {
    }

    /** Fixed days that get a 대체공휴일 when they fall on a Saturday or Sunday. */
    private static final List<Fixed> FIXED = List.of(
            new Fixed(1, 1, "1월 1일", false),
            new Fixed(3, 1, "3ㆍ1절", true),
            new Fixed(5, 1, "노동절", true),
            new Fixed(5, 5, "어린이날", true),
            new Fixed(6, 6, "현충일", false),
            new Fixed(7, 17, "제헌절", true),
            new Fixed(8, 15, "광복절", true),
            new Fixed(10, 3, "개천절", true),
            new Fixed(10, 9, "한글날", true),
            new Fixed(12, 25, "기독탄신일", true));

    private record Fixed(int month, int day, String name, boolean substitutable) {
    }

    public static NavigableMap<LocalDate, String> of(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        LocalDate seollal = lunarToSolar(year, 1, 1);
        List<LocalDate> seollalDays = List.of(seollal.minusDays(1), seollal, seollal.plusDays(1));
        LocalDate chuseok = lunarToSolar(year, 8, 15);
        List<LocalDate> chuseokDays = List.of(chuseok.minusDays(1), chuseok, chuseok.plusDays(1));
        LocalDate buddha = lunarToSolar(year, 4, 8);

        for (Fixed f : FIXED) {
            add(days, LocalDate.of(year, f.month(), f.day()), f.name());
        }
        add(days, seollalDays.get(0), "설날 전날");
        add(days, seollalDays.get(1), "설날");
        add(days, seollalDays.get(2), "설날 다음 날");
        add(days, buddha, "부처님 오신 날");
        add(days, chuseokDays.get(0), "추석 전날");
        add(days, chuseokDays.get(1), "추석");
        add(days, chuseokDays.get(2), "추석 다음 날");

        // 대체공휴일. 설날·추석: when a day of the three falls on a Sunday or on another holiday,
        // the first weekday after the period that is no holiday.
        NavigableMap<LocalDate, String> base = new TreeMap<>(days);
        for (List<LocalDate> period : List.of(seollalDays, chuseokDays)) {
            boolean overlaps = period.stream().anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY || shared(base, d));
            if (overlaps) {
                days.put(nextFreeWeekday(period.get(2), days), period == seollalDays ? "대체공휴일(설날)" : "대체공휴일(추석)");
            }
        }
        // The others (not 1월 1일 and 현충일): a Saturday, a Sunday or another holiday on the same day
        // gives one substitute, named after the day's last holiday.
        List<LocalDate> substitutable = new ArrayList<>();
        for (Fixed f : FIXED) {
            if (f.substitutable()) {
                substitutable.add(LocalDate.of(year, f.month(), f.day()));
            }
        }
        substitutable.add(buddha);
        substitutable.stream().distinct().sorted().forEach(d -> {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean inPeriod = seollalDays.contains(d) || chuseokDays.contains(d);
            if (weekend || (shared(base, d) && !inPeriod)) {
                String[] names = base.get(d).split(" · ");
                days.put(nextFreeWeekday(d, days), "대체공휴일(" + names[names.length - 1] + ")");
            }
        });
        return days;
    }

    private static boolean shared(NavigableMap<LocalDate, String> days, LocalDate d) {
        String name = days.get(d);
        return name != null && name.contains(" · ");
    }

    private static void add(NavigableMap<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (a, b) -> a + " · " + b);
    }

    private static LocalDate nextFreeWeekday(LocalDate after, NavigableMap<LocalDate, String> days) {
        LocalDate d = after.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || days.containsKey(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The Gregorian date of a (non-leap) month and day of the Korean lunar year that begins in {@code year}. */
    static LocalDate lunarToSolar(int year, int lunarMonth, int lunarDay) {
        Calendar dangi = Calendar.getInstance(new ULocale("ko_KR@calendar=dangi"));
        dangi.clear();
        dangi.set(Calendar.ERA, 78 + Math.floorDiv(year - 1984, 60));
        dangi.set(Calendar.YEAR, Math.floorMod(year - 1984, 60) + 1);
        dangi.set(Calendar.MONTH, lunarMonth - 1);
        dangi.set(Calendar.IS_LEAP_MONTH, 0);
        dangi.set(Calendar.DAY_OF_MONTH, lunarDay);
        long epochDay = dangi.get(Calendar.JULIAN_DAY) - 2440588L;
        return LocalDate.ofEpochDay(epochDay);
    }
}
