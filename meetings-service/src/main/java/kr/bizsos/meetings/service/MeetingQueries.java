package kr.bizsos.meetings.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/** Reads meetings within what the caller may see (see {@link MeetingAccess}). */
@ApplicationScoped
public class MeetingQueries {

    /**
     * @param from first day (inclusive, Asia/Seoul) of the period, from year/month or an explicit range
     * @param to   day after the period (exclusive)
     */
    public record Filter(String kind, Municipality municipality, MeetingStatus status, Boolean regular,
            LocalDate from, LocalDate to, String text, boolean ascending) {
    }

    private final MeetingAccess access;

    MeetingQueries(MeetingAccess access) {
        this.access = access;
    }

    public PanacheQuery<Meeting> list(Actor actor, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        scope(actor, where, params);
        if (filter.kind() != null) {
            where.append(" and m.kind.code = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.municipality() != null) {
            where.append(" and m.municipality = :municipality");
            params.and("municipality", filter.municipality());
        }
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            params.and("status", filter.status());
        }
        if (filter.regular() != null) {
            where.append(" and m.kind.regular = :regular");
            params.and("regular", filter.regular());
        }
        if (filter.from() != null) {
            where.append(" and m.startsAt >= :from");
            params.and("from", Clock.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and m.startsAt < :to");
            params.and("to", Clock.startOf(filter.to()));
        }
        if (filter.text() != null) {
            where.append(" and (lower(m.title) like :text or lower(coalesce(m.venue, '')) like :text)");
            params.and("text", "%" + filter.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String order = filter.ascending() ? "m.startsAt asc, m.id asc" : "m.startsAt desc, m.id desc";
        return Meeting.<Meeting>find("from Meeting m join fetch m.kind join fetch m.hostDepartment where "
                + where + " order by " + order, params).page(Page.of(page, size));
    }

    /** For a company: how it takes part in each of these meetings (invited or registered), if at all. */
    public Map<UUID, ParticipantOrigin> participation(Actor actor, List<UUID> meetingIds) {
        Map<UUID, ParticipantOrigin> result = new HashMap<>();
        if (!actor.is(Roles.COMPANY) || meetingIds.isEmpty()) {
            return result;
        }
        Participant.<Participant>list("meetingId in ?1 and company.businessNumber = ?2", meetingIds,
                access.ownCompany(actor)).forEach(p -> result.put(p.meetingId, p.origin));
        return result;
    }

    private void scope(Actor actor, StringBuilder where, Parameters params) {
        if (access.isStaff(actor)) {
            return;
        }
        if (actor.is(Roles.COMPANY)) {
            where.append(" and (m.publicMeeting = true or exists (select 1 from Participant p"
                    + " where p.meetingId = m.id and p.company.businessNumber = :ownCompany))");
            params.and("ownCompany", access.ownCompany(actor));
        } else {
            where.append(" and 1 = 0");
        }
    }
}
