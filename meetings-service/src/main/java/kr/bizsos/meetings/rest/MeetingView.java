package kr.bizsos.meetings.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.meetings.service.MeetingCounts.Tally;

/**
 * A meeting as the API shows it: in lists without minutes, participants and raised items; in full
 * on its own page. Times carry the Asia/Seoul offset.
 *
 * @param participantCounts participants by type (DEPARTMENT, PARTNER_AGENCY, COMPANY)
 * @param attendedCounts    of them, those recorded as present (once held)
 * @param registrationCount companies registered by themselves (counted against the capacity)
 * @param myParticipation   for a company user: INVITED, REGISTERED or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingView(
        UUID id,
        String kind,
        String kindName,
        boolean regular,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        LocalDate date,
        String municipality,
        String municipalityName,
        String venue,
        String hostOrganization,
        String hostOrganizationName,
        String hostDepartmentId,
        String hostDepartmentName,
        String programmeId,
        String status,
        String statusName,
        boolean publicMeeting,
        Integer capacity,
        int registrationCount,
        Integer remainingPlaces,
        Map<String, Integer> participantCounts,
        Map<String, Integer> attendedCounts,
        int raisedItemCount,
        String myParticipation,
        String agenda,
        String minutes,
        String outcomes,
        OffsetDateTime minutesRecordedAt,
        String minutesRecordedBy,
        String cancelReason,
        OffsetDateTime confirmedAt,
        OffsetDateTime heldAt,
        OffsetDateTime cancelledAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<ParticipantView> participants,
        List<RaisedItemView> raisedItems,
        Permissions permissions) {

    /** What the caller may do with this meeting, so a screen shows only the buttons that work. */
    public record Permissions(boolean canManage, boolean canRegister) {
    }

    public static MeetingView summary(Meeting m, Tally tally, ParticipantOrigin mine) {
        return of(m, tally, mine, false, null, null, null);
    }

    public static MeetingView full(Meeting m, Tally tally, ParticipantOrigin mine, List<ParticipantView> participants,
            List<RaisedItemView> raisedItems, Permissions permissions) {
        return of(m, tally, mine, true, participants, raisedItems, permissions);
    }

    private static MeetingView of(Meeting m, Tally t, ParticipantOrigin mine, boolean full,
            List<ParticipantView> participants, List<RaisedItemView> raisedItems, Permissions permissions) {
        Integer remaining = m.capacity == null ? null : Math.max(0, m.capacity - t.registrations());
        return new MeetingView(m.id, m.kind.code, m.kind.name, m.kind.regular, m.title, Clock.seoul(m.startsAt),
                Clock.seoul(m.endsAt), Clock.seoulDate(m.startsAt), m.municipality.name(),
                m.municipality.officialName(), m.venue, m.hostOrganization.name(), m.hostOrganization.officialName(),
                m.hostDepartment.code, m.hostDepartment.name, m.programmeId, m.status.name(), m.status.label(),
                m.publicMeeting, m.capacity, t.registrations(), remaining, t.participants(), t.attended(),
                t.raisedItems(), mine == null ? null : mine.name(), full ? m.agenda : null, full ? m.minutes : null,
                full ? m.outcomes : null, full ? Clock.seoul(m.minutesRecordedAt) : null,
                full ? m.minutesRecordedBy : null, m.cancelReason, Clock.seoul(m.confirmedAt), Clock.seoul(m.heldAt),
                Clock.seoul(m.cancelledAt), Clock.seoul(m.createdAt), Clock.seoul(m.updatedAt), participants,
                raisedItems, permissions);
    }
}
