package kr.bizsos.grievance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.grievance.Cooperation;
import kr.bizsos.grievance.Department;
import kr.bizsos.grievance.Extension;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.service.Action;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.platform.privacy.Masking;

/** A grievance as the API shows it; contact data is masked in lists and whole in the detail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrievanceView(
        UUID id,
        String receiptNumber,
        String kind,
        String kindName,
        String category,
        String categoryName,
        String title,
        String content,
        String status,
        String statusName,
        String channel,
        String channelName,
        String partnerId,
        String municipality,
        String municipalityName,
        CompanyView company,
        ContactView contact,
        String departmentId,
        String departmentName,
        UUID meetingId,
        UUID raisedItemId,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime updatedAt,
        boolean overdue,
        boolean possibleDuplicate,
        UUID possibleDuplicateOf,
        OffsetDateTime progressNoticeDueAt,
        List<CooperationView> cooperatingDepartments,
        List<ExtensionView> extensions,
        AnswerView answer,
        RatingView rating,
        TransferView transfer,
        List<TimelineView> timeline,
        List<Action> allowedActions) {

    public record CompanyView(String businessNumber, String name) {
    }

    public record ContactView(String name, String phone, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CooperationView(String id, String name, String contribution, OffsetDateTime contributedAt) {
    }

    public record ExtensionView(OffsetDateTime previousDueAt, OffsetDateTime newDueAt, String reason,
            boolean companyConsent, OffsetDateTime at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerView(String result, String resultName, String text, String officialName,
            String departmentName, OffsetDateTime answeredAt, String rejectionReason, String appealGuide) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RatingView(int score, String comment, OffsetDateTime ratedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransferView(String toDepartmentId, String toAgency, String reason) {
    }

    public record TimelineView(String action, String status, String statusName, String actor, String note,
            OffsetDateTime at) {
    }

    /** For lists: no content, masked contact, no timeline. */
    public static GrievanceView summary(Grievance g) {
        ContactView contact = hasContact(g) ? new ContactView(Masking.name(g.contactName),
                Masking.phone(g.contactPhone), Masking.email(g.contactEmail)) : null;
        return new GrievanceView(g.id, g.receiptNumber, g.kind.name(), g.kind.label(), g.category.code,
                g.category.name, g.title, null, g.status.name(), g.status.label(), g.channel.name(),
                g.channel.label(), g.partnerId, g.municipality.name(), g.municipality.officialName(),
                new CompanyView(g.company.businessNumber, g.company.name), contact, g.departmentId,
                Department.nameOf(g.departmentId), g.meetingId, g.raisedItemId, seoul(g.receivedAt), seoul(g.dueAt), seoul(g.updatedAt),
                g.overdue && g.isOpen(), g.possibleDuplicateOf != null, null, null, null, null,
                g.answerResult == null ? null : new AnswerView(g.answerResult.name(), g.answerResult.label(), null,
                        null, Department.nameOf(g.answerDepartment), seoul(g.answeredAt), null, null),
                null, transfer(g), null, null);
    }

    /** The whole record, for someone allowed to see it, with what they may do now. */
    public static GrievanceView full(Grievance g, List<TimelineEntry> timeline, List<Action> allowed,
            OffsetDateTime now) {
        GrievanceView s = summary(g);
        List<CooperationView> cooperations = Cooperation.of(g.id).stream()
                .map(c -> new CooperationView(c.key.departmentId(), Department.nameOf(c.key.departmentId()),
                        c.contribution, seoul(c.contributedAt))).toList();
        List<ExtensionView> extensions = Extension.of(g.id).stream()
                .map(e -> new ExtensionView(seoul(e.previousDueAt), seoul(e.newDueAt), e.reason, e.companyConsent,
                        seoul(e.at))).toList();
        AnswerView answer = g.answerResult == null ? null : new AnswerView(g.answerResult.name(),
                g.answerResult.label(), g.answerText, g.answerOfficial, Department.nameOf(g.answerDepartment),
                seoul(g.answeredAt), g.rejectionReason, g.appealGuide);
        RatingView rating = g.ratingScore == null ? null : new RatingView(g.ratingScore, g.ratingComment, seoul(g.ratedAt));
        TransferView transfer = transfer(g);
        return new GrievanceView(s.id, s.receiptNumber, s.kind, s.kindName, s.category, s.categoryName, s.title,
                g.content, s.status, s.statusName, s.channel, s.channelName, s.partnerId, s.municipality, s.municipalityName,
                s.company, hasContact(g) ? new ContactView(g.contactName, g.contactPhone, g.contactEmail) : null,
                s.departmentId, s.departmentName, s.meetingId, s.raisedItemId, s.receivedAt, s.dueAt, s.updatedAt, s.overdue,
                s.possibleDuplicate, g.possibleDuplicateOf, progressNoticeDue(g, now), cooperations, extensions,
                answer, rating, transfer,
                timeline.stream().map(t -> new TimelineView(t.action, t.status.name(), t.status.label(), t.actor,
                        t.note, seoul(t.at))).toList(),
                allowed);
    }

    private static TransferView transfer(Grievance g) {
        return g.transferReason == null ? null
                : new TransferView(g.transferAgency == null ? g.departmentId : null, g.transferAgency, g.transferReason);
    }

    /** 중간통보: due 30 days after receipt and every 30 days after, while the grievance is open. */
    static OffsetDateTime progressNoticeDue(Grievance g, OffsetDateTime now) {
        if (!g.isOpen()) {
            return null;
        }
        OffsetDateTime due = g.receivedAt.plusDays(30);
        while (due.isBefore(now)) {
            due = due.plusDays(30);
        }
        return seoul(due);
    }

    private static boolean hasContact(Grievance g) {
        return g.contactName != null || g.contactPhone != null || g.contactEmail != null;
    }

    private static OffsetDateTime seoul(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clock.SEOUL).toOffsetDateTime();
    }
}
