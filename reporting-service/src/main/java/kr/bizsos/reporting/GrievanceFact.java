package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What reporting knows of one grievance, projected from grievance-service's events. */
@Entity
@Table(name = "grievance_fact")
public class GrievanceFact extends PanacheEntityBase {

    @Id
    @Column(name = "grievance_id")
    public UUID grievanceId;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String municipality;

    @Column(name = "business_number", nullable = false)
    public String businessNumber;

    @Column(name = "department_id")
    public String departmentId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(nullable = false)
    public String status;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Year and quarter of receipt in Asia/Seoul, the calendar the reports count in. */
    @Column(name = "received_year", nullable = false)
    public int receivedYear;

    @Column(name = "received_quarter", nullable = false)
    public int receivedQuarter;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "raised_item_id")
    public UUID raisedItemId;

    /** As grievance-service last said; "overdue now" also counts an open one past its due time. */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "answer_result")
    public String answerResult;

    @Column(name = "answered_within_deadline")
    public Boolean answeredWithinDeadline;

    /** The company's satisfaction, 1–5, given when it is closed. */
    public Integer rating;

    @Column(name = "answered_year")
    public Integer answeredYear;

    @Column(name = "answered_quarter")
    public Integer answeredQuarter;

    @Column(name = "closed_year")
    public Integer closedYear;

    @Column(name = "closed_quarter")
    public Integer closedQuarter;

    /** Calendar days from the receipt date to the answer date in Asia/Seoul (not working days). */
    @Column(name = "handling_days")
    public Integer handlingDays;

    @Column(name = "last_event_type")
    public String lastEventType;

    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;
}
