package kr.bizsos.grievance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceKind;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Reads grievances within what the caller may see: a company its own, an officer its
 * department's and those it cooperates on, coordinators and admins all. Anything outside that
 * does not exist for the caller (404, never 403).
 */
@ApplicationScoped
public class GrievanceQueries {

    public enum Sort {
        DUE_AT("g.dueAt asc nulls last, g.receivedAt desc"),
        RECEIVED_AT_DESC("g.receivedAt desc, g.receiptNumber desc");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    public record Filter(GrievanceStatus status, String category, Municipality municipality, String departmentId,
            GrievanceKind kind, boolean overdueOnly, String text, Sort sort, Boolean open,
            java.time.OffsetDateTime receivedFrom, java.time.OffsetDateTime receivedTo, java.util.List<UUID> ids,
            kr.bizsos.grievance.Channel channel, String partnerId) {

        public Filter(GrievanceStatus status, String category, Municipality municipality, String departmentId,
                GrievanceKind kind, boolean overdueOnly, String text, Sort sort) {
            this(status, category, municipality, departmentId, kind, overdueOnly, text, sort, null, null, null, null,
                    null, null);
        }
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
            where.append(" and g.municipality = :municipality");
            params.and("municipality", filter.municipality());
        }
        if (filter.departmentId() != null) {
            where.append(" and g.departmentId = :department");
            params.and("department", filter.departmentId());
        }
        if (filter.kind() != null) {
            where.append(" and g.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.overdueOnly()) {
            where.append(" and g.overdue = true and g.status not in (:done)");
            params.and("done", java.util.List.of(GrievanceStatus.ANSWERED, GrievanceStatus.CLOSED));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (g.receiptNumber = :exact or g.title ilike :text or g.company.name ilike :text)");
            params.and("exact", filter.text().strip()).and("text", "%" + filter.text().strip().replace("%", "").replace("_", "") + "%");
        }
        if (filter.open() != null) {
            where.append(filter.open()
                    ? " and g.status not in (:finished) and g.transferAgency is null"
                    : " and (g.status in (:finished) or g.transferAgency is not null)");
            params.and("finished", java.util.List.of(GrievanceStatus.ANSWERED, GrievanceStatus.CLOSED));
        }
        if (filter.receivedFrom() != null) {
            where.append(" and g.receivedAt >= :from");
            params.and("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            where.append(" and g.receivedAt <= :to");
            params.and("to", filter.receivedTo());
        }
        if (filter.ids() != null && !filter.ids().isEmpty()) {
            where.append(" and g.id in (:ids)");
            params.and("ids", filter.ids());
        }
        if (filter.channel() != null) {
            where.append(" and g.channel = :channel");
            params.and("channel", filter.channel());
        }
        if (filter.partnerId() != null) {
            where.append(" and g.partnerId = :partner");
            params.and("partner", filter.partnerId());
        }
        Sort sort = filter.sort() == null ? Sort.DUE_AT : filter.sort();
        return Grievance.<Grievance>find("from Grievance g join fetch g.category join fetch g.company where "
                + where + " order by " + sort.orderBy, params).page(Page.of(page, size));
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
            where.append(" and (g.departmentId = :ownDepartment or exists (select 1 from Cooperation c"
                    + " where c.key.grievanceId = g.id and c.key.departmentId = :ownDepartment))");
            params.and("ownDepartment", actor.departmentId().orElse("-"));
        } else if (actor.is(Roles.PARTNER)) {
            where.append(" and g.partnerId = :ownPartner");
            params.and("ownPartner", actor.partnerId().orElse("-"));
        } else if (actor.is(Roles.COMPANY)) {
            where.append(" and g.company.businessNumber = :ownCompany");
            params.and("ownCompany", actor.companyId().orElse("-"));
        } else {
            where.append(" and 1 = 0");
        }
    }
}
