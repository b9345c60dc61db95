package kr.bizsos.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 건의·질의사항: what a company raised at a held meeting. It becomes a grievance in
 * grievance-service; that grievance's progress is copied here from its events.
 */
@Entity
@Table(name = "raised_item")
public class RaisedItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_business_number")
    public Company company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RaisedItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RaisedItemCategory category;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 4000)
    public String content;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    // The grievance's progress, from grievance-service's events.

    @Column(name = "grievance_id")
    public UUID grievanceId;

    @Column(name = "receipt_number")
    public String receiptNumber;

    /** grievance-service's status code (RECEIVED … CLOSED); null until the grievance is received. */
    @Column(name = "grievance_status")
    public String grievanceStatus;

    @Column(name = "responsible_department_id")
    public String responsibleDepartmentId;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "answer_result")
    public String answerResult;

    @Column(name = "answer_summary", length = 4000)
    public String answerSummary;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Time of the newest grievance event applied; older events arriving late do not undo it. */
    @Column(name = "progress_updated_at")
    public OffsetDateTime progressUpdatedAt;

    public static List<RaisedItem> of(UUID meetingId) {
        return list("meetingId = ?1 order by raisedAt, id", meetingId);
    }
}
