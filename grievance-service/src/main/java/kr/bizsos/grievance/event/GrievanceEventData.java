package kr.bizsos.grievance.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;

/**
 * The data of every grievance event: the grievance's state after the change, as reporting and
 * meetings need it, plus what the change itself says ({@link Change}). Never the contact
 * person's personal data. Documented in docs/events.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrievanceEventData(
        UUID grievanceId,
        String receiptNumber,
        String kind,
        String category,
        String channel,
        String municipality,
        String businessNumber,
        String departmentId,
        UUID meetingId,
        UUID raisedItemId,
        String status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        Boolean overdue,
        String answerResult,
        String answerSummary,
        OffsetDateTime answeredAt,
        Boolean answeredWithinDeadline,
        Integer rating,
        OffsetDateTime closedAt,
        Change change) {

    /** What one event adds about its change; only the fields that apply are present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            List<String> cooperatingDepartmentIds,
            String toDepartmentId,
            String toAgency,
            String reason,
            OffsetDateTime previousDueAt,
            Boolean companyConsent,
            String assignedBy) {

        public static Change none() {
            return null;
        }
    }

    static final int SUMMARY_LENGTH = 200;

    static GrievanceEventData of(Grievance g, Change change) {
        String summary = g.answerText == null ? null
                : g.answerText.length() <= SUMMARY_LENGTH ? g.answerText : g.answerText.substring(0, SUMMARY_LENGTH) + "…";
        Boolean within = g.answeredAt == null || g.dueAt == null ? null : !g.answeredAt.isAfter(g.dueAt);
        return new GrievanceEventData(g.id, g.receiptNumber, g.kind.name(), g.category.code, g.channel.name(),
                g.municipality.name(), g.company.businessNumber, g.departmentId, g.meetingId, g.raisedItemId,
                g.status.name(), g.receivedAt, g.dueAt, g.overdue,
                g.answerResult == null ? null : g.answerResult.name(), summary, g.answeredAt, within,
                g.ratingScore, g.closedAt, change);
    }
}
