package kr.bizsos.meetings.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.rest.ParticipantView.Disclosure;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.meetings.service.MeetingAccess;
import kr.bizsos.meetings.service.MeetingCounts;
import kr.bizsos.meetings.service.MeetingCounts.Tally;
import kr.bizsos.meetings.service.MeetingQueries;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Builds the views of meetings for a caller: a company sees other companies by name only (no
 * contact data) and only its own raised items; staff see contact data masked in lists.
 */
@ApplicationScoped
public class MeetingViews {

    private final MeetingAccess access;
    private final MeetingCounts counts;
    private final MeetingQueries queries;
    private final Clock clock;

    MeetingViews(MeetingAccess access, MeetingCounts counts, MeetingQueries queries, Clock clock) {
        this.access = access;
        this.counts = counts;
        this.queries = queries;
        this.clock = clock;
    }

    public PageView<MeetingView> page(Actor actor, PanacheQuery<Meeting> query, int page, int size) {
        List<Meeting> meetings = query.list();
        List<UUID> ids = meetings.stream().map(m -> m.id).toList();
        Map<UUID, Tally> tallies = counts.of(ids);
        Map<UUID, ParticipantOrigin> mine = queries.participation(actor, ids);
        return new PageView<>(meetings.stream()
                .map(m -> MeetingView.summary(m, tallies.get(m.id), mine.get(m.id))).toList(), query.count(), page, size);
    }

    public MeetingView full(Actor actor, Meeting m) {
        ParticipantOrigin mine = queries.participation(actor, List.of(m.id)).get(m.id);
        List<ParticipantView> participants = Participant.of(m.id).stream()
                .map(p -> ParticipantView.of(p, inList(actor, p))).toList();
        List<RaisedItemView> items = raisedItems(actor, m.id);
        boolean canRegister = actor.is(Roles.COMPANY) && mine == null && m.publicMeeting
                && (m.status == MeetingStatus.PLANNED || m.status == MeetingStatus.CONFIRMED)
                && m.startsAt.isAfter(clock.now());
        return MeetingView.full(m, counts.of(m.id), mine, participants, items,
                new MeetingView.Permissions(access.canManage(actor, m), canRegister));
    }

    public List<RaisedItemView> raisedItems(Actor actor, UUID meetingId) {
        return RaisedItem.of(meetingId).stream()
                .filter(r -> access.isStaff(actor) || r.company.businessNumber.equals(access.ownCompany(actor)))
                .map(RaisedItemView::of).toList();
    }

    /** In a list: staff see contact data masked; a company sees its own contact whole and no one else's. */
    public Disclosure inList(Actor actor, Participant p) {
        if (access.isStaff(actor)) {
            return Disclosure.MASKED;
        }
        return ownCompany(actor, p) ? Disclosure.WHOLE : Disclosure.NONE;
    }

    /** One participant asked for by id: staff see it whole, a company only its own. */
    public Disclosure alone(Actor actor, Participant p) {
        if (access.isStaff(actor)) {
            return Disclosure.WHOLE;
        }
        return ownCompany(actor, p) ? Disclosure.WHOLE : Disclosure.NONE;
    }

    private boolean ownCompany(Actor actor, Participant p) {
        return actor.is(Roles.COMPANY) && p.type == ParticipantType.COMPANY && p.isCompany(access.ownCompany(actor));
    }

    public OffsetDateTime now() {
        return clock.now();
    }
}
