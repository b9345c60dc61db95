package kr.bizsos.grievance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Reads grievances within what the caller may see: a company its own, an officer its
 * department's, coordinators and admins all. Anything outside that does not exist for the caller.
 */
@ApplicationScoped
public class GrievanceQueries {

    public record Filter(GrievanceStatus status, String category, String municipality, String departmentId) {
    }

    public PanacheQuery<Grievance> list(Actor actor, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        scope(actor, where, params);
        if (filter.status() != null) {
            where.append(" and g.status = :status");
            params.and("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and g.category.code = :category");
            params.and("category", filter.category());
        }
        if (filter.municipality() != null) {
            where.append(" and cast(g.municipality as string) = :municipality");
            params.and("municipality", filter.municipality());
        }
        if (filter.departmentId() != null) {
            where.append(" and g.departmentId = :department");
            params.and("department", filter.departmentId());
        }
        return Grievance.<Grievance>find("from Grievance g join fetch g.category join fetch g.company where "
                + where + " order by g.receivedAt desc, g.receiptNumber desc", params)
                .page(Page.of(page, size));
    }

    public long count(Actor actor, Filter filter) {
        return list(actor, filter, 0, 1).count();
    }

    public Optional<Grievance> find(Actor actor, UUID id) {
        StringBuilder where = new StringBuilder("g.id = :id");
        Parameters params = Parameters.with("id", id);
        scope(actor, where, params);
        return Grievance.<Grievance>find("from Grievance g where " + where, params).firstResultOptional();
    }

    private static void scope(Actor actor, StringBuilder where, Parameters params) {
        if (actor.isStaffWideAccess()) {
            return;
        }
        if (actor.is(Roles.OFFICER)) {
            where.append(" and g.departmentId = :ownDepartment");
            params.and("ownDepartment", actor.departmentId().orElse("-"));
        } else if (actor.is(Roles.COMPANY)) {
            where.append(" and g.company.businessNumber = :ownCompany");
            params.and("ownCompany", actor.companyId().orElse("-"));
        } else {
            where.append(" and 1 = 0");
        }
    }
}
