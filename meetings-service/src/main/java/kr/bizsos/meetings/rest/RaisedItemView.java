package kr.bizsos.meetings.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.meetings.GrievanceProgress;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.service.Clock;

/** A raised item and the progress of the grievance it became, as grievance-service's events told it. */
public record RaisedItemView(
        UUID id,
        UUID meetingId,
        String businessNumber,
        String companyName,
        String companyMunicipality,
        String companyMunicipalityName,
        String kind,
        String kindName,
        String category,
        String categoryName,
        String title,
        String content,
        OffsetDateTime raisedAt,
        Progress progress) {

    /**
     * @param status     grievance-service's status code; null until the grievance is received
     * @param statusName its Korean label ("접수 대기" until received)
     */
    public record Progress(UUID grievanceId, String receiptNumber, String status, String statusName,
            String responsibleDepartmentId, OffsetDateTime dueAt, boolean overdue, String answerResult,
            String answerResultName, String answerSummary, OffsetDateTime answeredAt, OffsetDateTime updatedAt) {
    }

    public static RaisedItemView of(RaisedItem r) {
        return new RaisedItemView(r.id, r.meetingId, r.company.businessNumber, r.company.name,
                r.company.municipality.name(), r.company.municipality.officialName(), r.kind.name(), r.kind.label(),
                r.category.name(), r.category.label(), r.title, r.content, Clock.seoul(r.raisedAt),
                new Progress(r.grievanceId, r.receiptNumber, r.grievanceStatus,
                        GrievanceProgress.statusLabel(r.grievanceStatus), r.responsibleDepartmentId,
                        Clock.seoul(r.dueAt), r.overdue, r.answerResult, GrievanceProgress.answerLabel(r.answerResult),
                        r.answerSummary, Clock.seoul(r.answeredAt), Clock.seoul(r.progressUpdatedAt)));
    }
}
