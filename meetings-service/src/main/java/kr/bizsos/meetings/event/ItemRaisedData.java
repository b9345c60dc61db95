package kr.bizsos.meetings.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.service.Clock;

/**
 * The data of meeting.item-raised, from which grievance-service files a grievance (channel
 * MEETING). {@code municipality} is the company's 시군, as on any grievance; {@code kind} is the
 * item's kind, {@code meetingKind} the meeting's. No personal data.
 */
public record ItemRaisedData(
        UUID meetingId,
        UUID raisedItemId,
        String meetingKind,
        String meetingTitle,
        boolean regular,
        String programmeId,
        String meetingMunicipality,
        LocalDate heldOn,
        String municipality,
        String businessNumber,
        String companyName,
        String companyMunicipality,
        String kind,
        String category,
        String title,
        String content,
        OffsetDateTime raisedAt) {

    static ItemRaisedData of(Meeting m, RaisedItem item) {
        return new ItemRaisedData(m.id, item.id, m.kind.code, m.title, m.kind.regular, m.programmeId,
                m.municipality.name(), Clock.seoulDate(m.startsAt), item.company.municipality.name(),
                item.company.businessNumber, item.company.name, item.company.municipality.name(), item.kind.name(),
                item.category.name(), item.title, item.content, Clock.seoul(item.raisedAt));
    }
}
