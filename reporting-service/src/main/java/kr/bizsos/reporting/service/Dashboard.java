package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.rest.DashboardView;

/** Counts for the dashboard, within what the caller may see (a company: its own grievances). */
@ApplicationScoped
public class Dashboard {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final EntityManager em;

    Dashboard(EntityManager em) {
        this.em = em;
    }

    public DashboardView forYear(Actor actor, Integer requestedYear) {
        OffsetDateTime now = OffsetDateTime.now(SEOUL);
        int year = requestedYear == null ? now.getYear() : requestedYear;
        StringBuilder where = new StringBuilder("f.receivedYear = :year");
        String scope = null;
        if (!actor.isStaffWideAccess()) {
            if (actor.is(Roles.COMPANY)) {
                where.append(" and f.businessNumber = :scope");
                scope = actor.companyId().orElse("-");
            } else if (actor.is(Roles.OFFICER)) {
                where.append(" and f.departmentId = :scope");
                scope = actor.departmentId().orElse("-");
            }
        }
        var query = em.createQuery("""
                select count(f),
                       count(f.answeredAt),
                       count(f.closedAt)
                from GrievanceFact f where """ + " " + where, Object[].class)
                .setParameter("year", year);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        Object[] row = query.getSingleResult();
        return new DashboardView(now, year, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
