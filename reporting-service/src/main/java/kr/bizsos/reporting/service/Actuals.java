package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.IndicatorActual;
import kr.bizsos.reporting.IndicatorSource;
import kr.bizsos.reporting.MeetingFact;
import kr.bizsos.reporting.Programme;

/**
 * An indicator's actuals per year as of a date, from its declared source: counted on the
 * projected facts (one grouped query for all the years), or as staff entered them. Counting
 * stops at the end of {@code asOf} (Asia/Seoul), so a quarterly report shows the figures as they
 * stood at the end of its quarter.
 */
@ApplicationScoped
public class Actuals {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final EntityManager em;

    Actuals(EntityManager em) {
        this.em = em;
    }

    /**
     * The actuals of the years {@code fromYear..toYear} (at most {@code asOf}'s year); a computed
     * source gives every year (zero when nothing happened), a MANUAL one only the years entered.
     */
    public Map<Integer, Long> byYear(Programme programme, Indicator indicator, int fromYear, int toYear, LocalDate asOf) {
        int to = Math.min(toYear, asOf.getYear());
        Map<Integer, Long> result = new HashMap<>();
        if (fromYear > to) {
            return result;
        }
        IndicatorSource s = indicator.sourceSpec;
        if (s.source() == kr.bizsos.reporting.SourceType.MANUAL) {
            IndicatorActual.<IndicatorActual>list("indicatorId = ?1 and year between ?2 and ?3", indicator.id, fromYear, to)
                    .forEach(a -> result.put(a.year, a.value));
            return result;
        }
        for (int y = fromYear; y <= to; y++) {
            result.put(y, 0L);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", fromYear);
        params.put("to", to);
        String jpql = switch (s.source()) {
            case MEETINGS_HELD -> "select m.heldYear, count(m) from MeetingFact m where "
                    + meetingsWhere(programme, s, asOf, params) + " group by m.heldYear";
            case GRIEVANCES_HANDLED -> "select coalesce(g.answeredYear, g.closedYear), count(g) from GrievanceFact g where "
                    + grievancesWhere(s, asOf, true, params) + " group by coalesce(g.answeredYear, g.closedYear)";
            case GRIEVANCES_RECEIVED -> "select g.receivedYear, count(g) from GrievanceFact g where "
                    + grievancesWhere(s, asOf, false, params) + " group by g.receivedYear";
            case MANUAL -> throw new IllegalStateException("handled above");
        };
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            result.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return result;
    }

    /** The meetings a MEETINGS_HELD source counts for the year, oldest first (for 추진실적). */
    public List<MeetingFact> heldMeetings(Programme programme, IndicatorSource s, int year, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", year);
        params.put("to", year);
        TypedQuery<MeetingFact> query = em.createQuery("select m from MeetingFact m where "
                + meetingsWhere(programme, s, asOf, params) + " order by m.heldOn, m.startsAt", MeetingFact.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(500).getResultList();
    }

    private static String meetingsWhere(Programme programme, IndicatorSource s, LocalDate asOf, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(
                "m.status = 'HELD' and m.heldYear between :from and :to and m.heldOn <= :asOf");
        params.put("asOf", asOf);
        filter(jpql, params, "m.kind", "kinds", s.meetingKindsOrEmpty());
        if (s.isRegularOnly()) {
            jpql.append(" and m.regular = true");
        }
        filter(jpql, params, "m.municipality", "municipalities", s.municipalitiesOrEmpty());
        if (s.isProgrammeLinked()) {
            List<String> names = new ArrayList<>(List.of(programme.id.toString()));
            if (programme.code != null) {
                names.add(programme.code);
            }
            filter(jpql, params, "m.programmeId", "programme", names);
        }
        return jpql.toString();
    }

    private static String grievancesWhere(IndicatorSource s, LocalDate asOf, boolean handled, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder();
        params.put("end", asOf.plusDays(1).atStartOfDay(SEOUL).toOffsetDateTime());
        if (handled) {
            jpql.append("g.status in :statuses and coalesce(g.answeredYear, g.closedYear) between :from and :to"
                    + " and coalesce(g.answeredAt, g.closedAt) < :end");
            params.put("statuses", s.statusesOrDefault());
        } else {
            jpql.append("g.receivedYear between :from and :to and g.receivedAt < :end");
        }
        filter(jpql, params, "g.kind", "kinds", s.kindsOrEmpty());
        filter(jpql, params, "g.category", "categories", s.categoriesOrEmpty());
        filter(jpql, params, "g.departmentId", "departments", s.departmentsOrEmpty());
        filter(jpql, params, "g.municipality", "municipalities", s.municipalitiesOrEmpty());
        return jpql.toString();
    }

    private static void filter(StringBuilder jpql, Map<String, Object> params, String path, String name, List<String> values) {
        if (!values.isEmpty()) {
            jpql.append(" and ").append(path).append(" in :").append(name);
            params.put(name, values);
        }
    }
}
