package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.platform.region.Municipality;

/**
 * The rotation of regular meetings (정례, e.g. 현장전략회의) over the 18 시군: who hosted when, who has
 * gone longest without one, and who should host next.
 *
 * <p>"Longest without" ranks the 시군 as of the end of the year asked for (today, for the current
 * year): those that never hosted a regular meeting first, then by the date of their last one,
 * oldest first. Ties are broken by the date of the last meeting of any kind held there (none
 * first, then oldest), then by the official order of the 시군 (행정구역 코드 순: 춘천, 원주, 강릉 …).
 * The suggested next host is the first in that order that has no regular meeting already planned
 * or confirmed within the following year.
 */
@ApplicationScoped
public class Rotation {

    public static final String RULE = "정례 회의를 한 번도 개최하지 않은 시군을 먼저, 그다음 마지막 개최일이 오래된 순으로 정합니다. "
            + "같으면 종류와 관계없이 마지막 회의가 없거나 오래된 시군을, 그래도 같으면 시군 행정코드 순(춘천·원주·강릉…)을 앞세웁니다. "
            + "기준일 후 1년 안에 정례 회의가 이미 계획·확정된 시군은 추천에서 제외합니다.";

    public record YearCount(int year, int count) {
    }

    public record Row(Municipality municipality, int heldInYear, int heldTotal, List<YearCount> years,
            LocalDate lastHeldOn, Long daysWithout, LocalDate lastMeetingOfAnyKindOn, LocalDate nextPlannedOn,
            int rank) {
    }

    public record Result(int year, LocalDate asOf, int heldInYear, List<Row> rows, List<Municipality> longestWithout,
            Municipality suggestedNextHost) {
    }

    private final EntityManager em;
    private final Clock clock;

    Rotation(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Result forYear(int year) {
        LocalDate today = clock.today();
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        OffsetDateTime end = Clock.startOf(asOf.plusDays(1));

        Map<Municipality, TreeMap<Integer, Integer>> years = new EnumMap<>(Municipality.class);
        Map<Municipality, LocalDate> lastRegular = new EnumMap<>(Municipality.class);
        Map<Municipality, LocalDate> lastAny = new EnumMap<>(Municipality.class);
        Map<Municipality, LocalDate> nextPlanned = new EnumMap<>(Municipality.class);

        List<Object[]> held = em.createQuery("""
                select m.municipality, m.startsAt, m.kind.regular from Meeting m
                where m.status = :held and m.startsAt < :end""", Object[].class)
                .setParameter("held", MeetingStatus.HELD).setParameter("end", end).getResultList();
        for (Object[] row : held) {
            Municipality where = (Municipality) row[0];
            LocalDate date = Clock.seoulDate((OffsetDateTime) row[1]);
            lastAny.merge(where, date, (a, b) -> a.isAfter(b) ? a : b);
            if ((Boolean) row[2]) {
                years.computeIfAbsent(where, w -> new TreeMap<>()).merge(date.getYear(), 1, Integer::sum);
                lastRegular.merge(where, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Object[]> planned = em.createQuery("""
                select m.municipality, min(m.startsAt) from Meeting m
                where m.kind.regular = true and m.status in (:planned, :confirmed)
                  and m.startsAt >= :end and m.startsAt < :horizon
                group by m.municipality""", Object[].class)
                .setParameter("planned", MeetingStatus.PLANNED).setParameter("confirmed", MeetingStatus.CONFIRMED)
                .setParameter("end", end).setParameter("horizon", Clock.startOf(asOf.plusYears(1).plusDays(1)))
                .getResultList();
        for (Object[] row : planned) {
            nextPlanned.put((Municipality) row[0], Clock.seoulDate((OffsetDateTime) row[1]));
        }

        List<Municipality> cities = Arrays.stream(Municipality.values()).filter(Municipality::isCityOrCounty).toList();
        Comparator<LocalDate> noneFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        List<Municipality> ranked = cities.stream()
                .sorted(Comparator.<Municipality, LocalDate>comparing(lastRegular::get, noneFirst)
                        .thenComparing(lastAny::get, noneFirst)
                        .thenComparing(Municipality::ordinal))
                .toList();
        Municipality suggestion = ranked.stream().filter(m -> !nextPlanned.containsKey(m)).findFirst()
                .orElse(ranked.get(0));

        List<Row> rows = new ArrayList<>();
        int heldInYear = 0;
        for (Municipality city : cities) {
            TreeMap<Integer, Integer> byYear = years.getOrDefault(city, new TreeMap<>());
            int inYear = byYear.getOrDefault(year, 0);
            heldInYear += inYear;
            LocalDate last = lastRegular.get(city);
            rows.add(new Row(city, inYear, byYear.values().stream().mapToInt(Integer::intValue).sum(),
                    byYear.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList(), last,
                    last == null ? null : ChronoUnit.DAYS.between(last, asOf), lastAny.get(city),
                    nextPlanned.get(city), ranked.indexOf(city) + 1));
        }
        return new Result(year, asOf, heldInYear, rows, ranked, suggestion);
    }
}
