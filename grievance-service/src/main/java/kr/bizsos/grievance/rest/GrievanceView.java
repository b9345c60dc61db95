package kr.bizsos.grievance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.platform.privacy.Masking;

/** A grievance as the API shows it; contact data is masked unless the whole record is asked for. */
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
        String municipality,
        String municipalityName,
        CompanyView company,
        ContactView contact,
        String departmentId,
        UUID meetingId,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        List<TimelineView> timeline) {

    public record CompanyView(String businessNumber, String name) {
    }

    public record ContactView(String name, String phone, String email) {
    }

    public record TimelineView(String action, String status, String statusName, String actor, String note,
            OffsetDateTime at) {
    }

    /** For lists: no content, masked contact, no timeline. */
    public static GrievanceView summary(Grievance g) {
        return of(g, null, new ContactView(Masking.name(g.contactName), Masking.phone(g.contactPhone),
                Masking.email(g.contactEmail)), null);
    }

    /** What the submitter gets back: their own data, whole, without the timeline. */
    public static GrievanceView summaryAfterSubmit(Grievance g) {
        return of(g, g.content, new ContactView(g.contactName, g.contactPhone, g.contactEmail), null);
    }

    /** The whole record, for someone allowed to see it. */
    public static GrievanceView full(Grievance g, List<TimelineEntry> timeline) {
        return of(g, g.content, new ContactView(g.contactName, g.contactPhone, g.contactEmail),
                timeline.stream().map(t -> new TimelineView(t.action, t.status.name(), t.status.label(), t.actor,
                        t.note, seoul(t.at))).toList());
    }

    private static GrievanceView of(Grievance g, String content, ContactView contact, List<TimelineView> timeline) {
        boolean hasContact = g.contactName != null || g.contactPhone != null || g.contactEmail != null;
        return new GrievanceView(g.id, g.receiptNumber, g.kind.name(), g.kind.label(), g.category.code,
                g.category.name, g.title, content, g.status.name(), g.status.label(), g.channel.name(),
                g.channel.label(), g.municipality.name(), g.municipality.officialName(),
                new CompanyView(g.company.businessNumber, g.company.name), hasContact ? contact : null,
                g.departmentId, g.meetingId, seoul(g.receivedAt), seoul(g.dueAt), timeline);
    }

    private static OffsetDateTime seoul(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clock.SEOUL).toOffsetDateTime();
    }
}
