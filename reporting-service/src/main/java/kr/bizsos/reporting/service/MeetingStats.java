package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.bizsos.platform.region.Municipality;

/**
 * Meeting figures from the projected facts: meetings HELD in a year (and quarter) by kind, 시군
 * and quarter, with attendance; planned or confirmed and cancelled meetings dated in the period.
 */
@ApplicationScoped
public class MeetingStats {

    public record KindCount(String kind, String kindName, boolean regular, long held) {
    }

    public record PlaceCount(String municipality, String label, long held) {
    }

    public record QuarterCount(int quarter, long held) {
    }

    public record Attendance(long companies, long departments, long partnerAgencies, long total) {
    }

    public record Summary(int year, Integer quarter, long held, long regularHeld, long scheduled, long cancelled,
            long raisedItems, Attendance attendance, List<KindCount> byKind, List<PlaceCount> byMunicipality,
            List<QuarterCount> byQuarter) {
    }

    private final EntityManager em;

    MeetingStats(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Summary of(int year, Integer quarter, String kind) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        String heldIn = "status = 'HELD' AND held_year = :year" + (quarter == null ? "" : " AND held_quarter = :quarter");
        String datedIn = "EXTRACT(YEAR FROM meeting_date) = :year"
                + (quarter == null ? "" : " AND EXTRACT(QUARTER FROM meeting_date) = :quarter");
        if (quarter != null) {
            params.put("quarter", quarter);
        }
        String kindFilter = "";
        if (kind != null) {
            kindFilter = " AND kind = :kind";
            params.put("kind", kind);
        }
        Object[] totals = (Object[]) query("SELECT count(*) FILTER (WHERE " + heldIn + "),"
                + " count(*) FILTER (WHERE " + heldIn + " AND regular),"
                + " count(*) FILTER (WHERE status IN ('PLANNED', 'CONFIRMED') AND " + datedIn + "),"
                + " count(*) FILTER (WHERE status = 'CANCELLED' AND " + datedIn + "),"
                + " coalesce(sum(raised_item_count) FILTER (WHERE " + heldIn + "), 0),"
                + " coalesce(sum(attendance_companies) FILTER (WHERE " + heldIn + "), 0),"
                + " coalesce(sum(attendance_departments) FILTER (WHERE " + heldIn + "), 0),"
                + " coalesce(sum(attendance_partner_agencies) FILTER (WHERE " + heldIn + "), 0),"
                + " coalesce(sum(attendance_total) FILTER (WHERE " + heldIn + "), 0)"
                + " FROM meeting_fact WHERE TRUE" + kindFilter, params).getSingleResult();

        List<KindCount> byKind = new ArrayList<>();
        for (Object row : query("SELECT kind, bool_or(regular), count(*) FROM meeting_fact WHERE " + heldIn + kindFilter
                + " GROUP BY kind ORDER BY kind", params).getResultList()) {
            Object[] r = (Object[]) row;
            String code = (String) r[0];
            byKind.add(new KindCount(code, Codes.label(Codes.MEETING_KINDS, code), Boolean.TRUE.equals(r[1]), n(r[2])));
        }
        Map<String, Long> places = new LinkedHashMap<>();
        for (Object row : query("SELECT municipality, count(*) FROM meeting_fact WHERE " + heldIn + kindFilter
                + " GROUP BY municipality", params).getResultList()) {
            Object[] r = (Object[]) row;
            places.put((String) r[0], n(r[1]));
        }
        List<PlaceCount> byMunicipality = new ArrayList<>();
        for (Municipality m : Municipality.values()) {
            byMunicipality.add(new PlaceCount(m.name(), m.shortName(), places.getOrDefault(m.name(), 0L)));
        }
        Map<String, Object> yearOnly = new HashMap<>(params);
        yearOnly.remove("quarter");
        Map<Integer, Long> quarters = new HashMap<>();
        for (Object row : query("SELECT held_quarter, count(*) FROM meeting_fact WHERE status = 'HELD' AND held_year = :year"
                + kindFilter + " GROUP BY held_quarter", yearOnly).getResultList()) {
            Object[] r = (Object[]) row;
            quarters.put(((Number) r[0]).intValue(), n(r[1]));
        }
        List<QuarterCount> byQuarter = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            byQuarter.add(new QuarterCount(q, quarters.getOrDefault(q, 0L)));
        }
        return new Summary(year, quarter, n(totals[0]), n(totals[1]), n(totals[2]), n(totals[3]), n(totals[4]),
                new Attendance(n(totals[5]), n(totals[6]), n(totals[7]), n(totals[8])), byKind, byMunicipality,
                byQuarter);
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
