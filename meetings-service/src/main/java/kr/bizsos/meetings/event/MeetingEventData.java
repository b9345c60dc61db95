package kr.bizsos.meetings.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.service.Clock;

/**
 * The data of meeting.planned, .confirmed, .held, .cancelled, .updated and .attendance-recorded:
 * enough for reporting to count meetings per kind, year and 시군. Every field is always present
 * (null where it does not apply); no personal data.
 *
 * @param kind        meeting kind code, e.g. FIELD_STRATEGY
 * @param regular     whether the kind is a regular (정례) one that rotates over the 시군
 * @param date        the meeting's date in Asia/Seoul
 * @param year        the year of {@code date}
 * @param heldOn      the date it was held (meeting.held, .attendance-recorded)
 * @param participants how many departments, partner agencies and companies take part, by type
 * @param attendance  how many of them attended, by type (meeting.held, .attendance-recorded)
 * @param raisedItemCount raised items recorded so far (meeting.held, .attendance-recorded)
 */
public record MeetingEventData(
        UUID meetingId,
        String kind,
        String kindName,
        boolean regular,
        String title,
        String municipality,
        String venue,
        String hostOrganization,
        String hostDepartmentId,
        String programmeId,
        String status,
        boolean publicMeeting,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        LocalDate date,
        int year,
        LocalDate heldOn,
        String cancelReason,
        Map<String, Integer> participants,
        Map<String, Integer> attendance,
        Integer attendedTotal,
        Integer raisedItemCount) {

    /** Counts of participants and attendance by {@link kr.bizsos.meetings.ParticipantType} name. */
    public record Counts(Map<String, Integer> participants, Map<String, Integer> attendance, int attendedTotal,
            int raisedItemCount) {
    }

    static MeetingEventData of(Meeting m, Counts counts) {
        LocalDate date = Clock.seoulDate(m.startsAt);
        return new MeetingEventData(m.id, m.kind.code, m.kind.name, m.kind.regular, m.title, m.municipality.name(),
                m.venue, m.hostOrganization.name(), m.hostDepartment.code, m.programmeId, m.status.name(),
                m.publicMeeting, Clock.seoul(m.startsAt), Clock.seoul(m.endsAt), date, date.getYear(),
                m.heldAt == null ? null : date, m.cancelReason,
                counts == null ? null : counts.participants(),
                counts == null || m.heldAt == null ? null : counts.attendance(),
                counts == null || m.heldAt == null ? null : counts.attendedTotal(),
                counts == null || m.heldAt == null ? null : counts.raisedItemCount());
    }
}
