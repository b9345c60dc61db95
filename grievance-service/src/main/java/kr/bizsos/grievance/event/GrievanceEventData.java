package kr.bizsos.grievance.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;

/**
 * The data of every grievance event: what reporting and meetings need to count and follow a
 * grievance, and none of the contact person's personal data.
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
        String status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt) {

    static GrievanceEventData of(Grievance g) {
        return new GrievanceEventData(g.id, g.receiptNumber, g.kind.name(), g.category.code, g.channel.name(),
                g.municipality.name(), g.company.businessNumber, g.departmentId, g.meetingId, g.status.name(),
                g.receivedAt, g.dueAt);
    }
}
