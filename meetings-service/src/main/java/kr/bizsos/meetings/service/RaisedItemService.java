package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.bizsos.meetings.Company;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.event.MeetingEvents;
import kr.bizsos.meetings.service.Requests.RaiseItem;
import kr.bizsos.platform.security.Actor;

/** Records what companies raised at a held meeting and hands each item to grievance-service by event. */
@ApplicationScoped
public class RaisedItemService {

    private final MeetingAccess access;
    private final CompanyRegistry companies;
    private final MeetingEvents events;
    private final Clock clock;

    RaisedItemService(MeetingAccess access, CompanyRegistry companies, MeetingEvents events, Clock clock) {
        this.access = access;
        this.companies = companies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RaisedItem raise(Actor actor, UUID meetingId, RaiseItem request) {
        Meeting meeting = access.manageable(actor, meetingId);
        MeetingAccess.requireHeld(meeting, "건의·질의사항");
        RaisedItem item = create(meeting, request, "", actor);
        events.itemRaised(meeting, item);
        return item;
    }

    /** Stores items without announcing them; the caller publishes once the meeting's own event is out. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<RaisedItem> createAll(Meeting meeting, List<RaiseItem> requests, Actor actor) {
        List<RaisedItem> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            items.add(create(meeting, requests.get(i), "raisedItems[" + i + "].", actor));
        }
        return items;
    }

    void announce(Meeting meeting, List<RaisedItem> items) {
        items.forEach(item -> events.itemRaised(meeting, item));
    }

    private RaisedItem create(Meeting meeting, RaiseItem request, String prefix, Actor actor) {
        Company company = companies.findOrRegister(new CompanyRegistry.Details(request.businessNumber(),
                request.companyName(), request.companyMunicipality(), null, null, prefix + "businessNumber",
                prefix + "companyName", prefix + "companyMunicipality"));
        RaisedItem item = new RaisedItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.company = company;
        item.kind = request.kind();
        item.category = request.category();
        item.title = request.title().strip();
        item.content = request.content().strip();
        item.raisedAt = clock.now();
        item.raisedBy = actor.username();
        item.persist();
        meeting.updatedAt = item.raisedAt;
        return item;
    }
}
