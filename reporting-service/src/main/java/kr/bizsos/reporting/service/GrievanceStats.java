package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Grievance figures counted on the projected facts, within what the caller may see (a company:
 * its own grievances; an officer: its department's; ADMIN and COORDINATOR: all). A grievance
 * counts as received, answered and closed in the period its receipt, answer and closing fall in
 * (Asia/Seoul). Handling days are calendar days from receipt to answer; "answered within the
 * deadline" is grievance-service's judgement against the legal deadline (working days); overdue
 * now means not yet answered or closed and past its due time. A period without data gives zeros.
 */
@ApplicationScoped
public class GrievanceStats {

    /** The caller's scope and the filters of a request; null means "any". */
    public record Filter(String municipality, String department, String category, String kind) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** The figures of one period (and, in a breakdown, one group). */
    public record Figures(long received, long answered, long closed, Double medianHandlingDays,
            BigDecimal answeredWithinDeadlineRate, BigDecimal satisfactionAverage, long ratedCount, long overdueNow) {
    }

    public record Group(String code, String label, long received, long answered, long closed, Double medianHandlingDays,
            BigDecimal answeredWithinDeadlineRate, BigDecimal satisfactionAverage, long ratedCount, long overdueNow) {

        static Group of(String code, String label, Figures f) {
            return new Group(code, label, f.received(), f.answered(), f.closed(), f.medianHandlingDays(),
                    f.answeredWithinDeadlineRate(), f.satisfactionAverage(), f.ratedCount(), f.overdueNow());
        }
    }

    public record PeriodCount(int year, int quarter, long received, long answered, long closed) {
    }

    private static final String OPEN = "status NOT IN ('ANSWERED', 'CLOSED')";

    private final EntityManager em;

    GrievanceStats(EntityManager em) {
        this.em = em;
    }

    public Figures totals(Actor actor, int year, Integer quarter, Filter filter) {
        List<Object[]> rows = aggregate(actor, year, quarter, filter, "CAST('' AS text)", "GROUP BY 1");
        return rows.isEmpty() ? figures(null, 0) : figures(rows.get(0), 1);
    }

    /** The period's totals and its figures by 시군, department, category and kind, in one pass over the facts. */
    public record Breakdown(Figures totals, List<Group> byMunicipality, List<Group> byDepartment, List<Group> byCategory,
            List<Group> byKind) {
    }

    public Breakdown breakdown(Actor actor, int year, Integer quarter, Filter filter) {
        // GROUPING(...) is a bit mask of the columns a row is NOT grouped by: 15 = the total.
        List<Object[]> rows = aggregate(actor, year, quarter, filter,
                "GROUPING(municipality, department_id, category, kind), municipality, department_id, category, kind",
                "GROUP BY GROUPING SETS ((), (municipality), (department_id), (category), (kind))");
        Figures totals = figures(null, 0);
        Map<String, Figures> municipalities = new LinkedHashMap<>();
        Map<String, Figures> departments = new LinkedHashMap<>();
        Map<String, Figures> categories = new LinkedHashMap<>();
        Map<String, Figures> kinds = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Figures f = figures(row, 5);
            switch (((Number) row[0]).intValue()) {
                case 15 -> totals = f;
                case 7 -> municipalities.put(key(row[1]), f);
                case 11 -> departments.put(key(row[2]), f);
                case 13 -> categories.put(key(row[3]), f);
                case 14 -> kinds.put(key(row[4]), f);
                default -> { }
            }
        }
        List<Group> byMunicipality = new ArrayList<>();
        for (Municipality m : Municipality.values()) {
            byMunicipality.add(Group.of(m.name(), m.shortName(), municipalities.getOrDefault(m.name(), figures(null, 0))));
        }
        municipalities.forEach((code, f) -> {
            if (Municipality.parse(code).isEmpty()) {
                byMunicipality.add(Group.of(code, code, f));
            }
        });
        return new Breakdown(totals, byMunicipality, labelled(departments, Codes.DEPARTMENTS, false),
                labelled(categories, Codes.CATEGORIES, false), labelled(kinds, Codes.GRIEVANCE_KINDS, true));
    }

    private static String key(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Received, answered and closed per quarter of the years, every quarter present (zeros included). */
    public List<PeriodCount> trend(Actor actor, int fromYear, int toYear, Filter filter) {
        Map<String, long[]> counts = new HashMap<>();
        String[][] measures = {{"received_year", "received_quarter"}, {"answered_year", "answered_quarter"},
                {"closed_year", "closed_quarter"}};
        for (int m = 0; m < measures.length; m++) {
            Map<String, Object> params = new HashMap<>();
            String where = where(actor, filter, params);
            String sql = "SELECT " + measures[m][0] + ", " + measures[m][1] + ", count(*) FROM grievance_fact WHERE "
                    + measures[m][0] + " BETWEEN :from AND :to" + where + " GROUP BY 1, 2";
            params.put("from", fromYear);
            params.put("to", toYear);
            for (Object row : query(sql, params).getResultList()) {
                Object[] r = (Object[]) row;
                counts.computeIfAbsent(r[0] + "-" + r[1], k -> new long[3])[m] = ((Number) r[2]).longValue();
            }
        }
        List<PeriodCount> trend = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (int q = 1; q <= 4; q++) {
                long[] c = counts.getOrDefault(y + "-" + q, new long[3]);
                trend.add(new PeriodCount(y, q, c[0], c[1], c[2]));
            }
        }
        return trend;
    }

    private List<Group> labelled(Map<String, Figures> found, Map<String, String> labels, boolean allKnown) {
        List<Group> groups = new ArrayList<>();
        if (allKnown) {
            labels.forEach((code, label) -> groups.add(Group.of(code, label, found.getOrDefault(code, figures(null, 0)))));
        }
        found.forEach((code, f) -> {
            if (!allKnown || !labels.containsKey(code)) {
                groups.add(Group.of(code.isEmpty() ? null : code, code.isEmpty() ? "미지정" : Codes.label(labels, code), f));
            }
        });
        return groups;
    }

    /** {@code keys} are the leading columns, {@code groupBy} the GROUP BY clause; then the figures' nine aggregates. */
    @SuppressWarnings("unchecked")
    private List<Object[]> aggregate(Actor actor, int year, Integer quarter, Filter filter, String keys, String groupBy) {
        Map<String, Object> params = new HashMap<>();
        String received = period("received", quarter);
        String answered = period("answered", quarter);
        String closed = period("closed", quarter);
        String sql = "SELECT " + keys + ","
                + " count(*) FILTER (WHERE " + received + "),"
                + " count(*) FILTER (WHERE " + answered + "),"
                + " count(*) FILTER (WHERE " + closed + "),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY handling_days) FILTER (WHERE " + answered + "),"
                + " count(*) FILTER (WHERE " + answered + " AND answered_within_deadline),"
                + " count(answered_within_deadline) FILTER (WHERE " + answered + "),"
                + " avg(rating) FILTER (WHERE " + closed + "),"
                + " count(rating) FILTER (WHERE " + closed + "),"
                + " count(*) FILTER (WHERE " + OPEN + " AND (overdue OR due_at < :now))"
                + " FROM grievance_fact WHERE (received_year = :year OR answered_year = :year OR closed_year = :year OR "
                + OPEN + ")" + where(actor, filter, params) + " " + groupBy;
        params.put("year", year);
        params.put("now", OffsetDateTime.now());
        if (quarter != null) {
            params.put("quarter", quarter);
        }
        return query(sql, params).getResultList();
    }

    private static String period(String measure, Integer quarter) {
        return measure + "_year = :year" + (quarter == null ? "" : " AND " + measure + "_quarter = :quarter");
    }

    private static String where(Actor actor, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (actor != null && !actor.isStaffWideAccess()) {
            if (actor.is(Roles.COMPANY)) {
                where.append(" AND business_number = :scopeCompany");
                params.put("scopeCompany", actor.companyId().orElse("-"));
            } else if (actor.is(Roles.OFFICER)) {
                where.append(" AND department_id = :scopeDepartment");
                params.put("scopeDepartment", actor.departmentId().orElse("-"));
            }
        }
        condition(where, params, "municipality", filter.municipality());
        condition(where, params, "department_id", filter.department());
        condition(where, params, "category", filter.category());
        condition(where, params, "kind", filter.kind());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :f_").append(column);
            params.put("f_" + column, value);
        }
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    /** The figures from the nine aggregates starting at {@code at}: received, answered, closed, median, … */
    private static Figures figures(Object[] row, int at) {
        if (row == null) {
            return new Figures(0, 0, 0, null, null, null, 0, 0);
        }
        long answered = n(row[at + 1]);
        long within = n(row[at + 4]);
        long judged = n(row[at + 5]);
        BigDecimal withinRate = judged == 0 ? null : BigDecimal.valueOf(within * 100.0 / judged).setScale(1, RoundingMode.HALF_UP);
        BigDecimal satisfaction = row[at + 6] == null ? null
                : new BigDecimal(row[at + 6].toString()).setScale(2, RoundingMode.HALF_UP);
        Double median = row[at + 3] == null || answered == 0 ? null : ((Number) row[at + 3]).doubleValue();
        return new Figures(n(row[at]), answered, n(row[at + 2]), median, withinRate, satisfaction, n(row[at + 7]),
                n(row[at + 8]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
