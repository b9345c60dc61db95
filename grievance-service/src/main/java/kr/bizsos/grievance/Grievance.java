package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.platform.region.Municipality;

/** 기업애로: a company's problem, suggestion or question, from receipt to closing. */
@Entity
@Table(name = "grievance")
public class Grievance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "receipt_number", nullable = false, unique = true)
    public String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category")
    public Category category;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 4000)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Municipality municipality;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_business_number")
    public Company company;

    /** Personal data: shown masked in lists, never logged, never put in events. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    /** Code of the responsible department (소관부서), once assigned. */
    @Column(name = "department_id")
    public String departmentId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    /** The raised item of a meeting this grievance came from (channel MEETING). */
    @Column(name = "raised_item_id")
    public UUID raisedItemId;

    /** Set by the overdue check once the deadline has passed unanswered; cleared by an extension. */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "possible_duplicate_of")
    public UUID possibleDuplicateOf;

    /** Outside agency it was transferred (이송) to, if any. */
    @Column(name = "transfer_agency")
    public String transferAgency;

    @Column(name = "transfer_reason")
    public String transferReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_result")
    public AnswerResult answerResult;

    @Column(name = "answer_text", length = 4000)
    public String answerText;

    /** The answering official's name, which the law requires on an answer. */
    @Column(name = "answer_official")
    public String answerOfficial;

    @Column(name = "answer_department")
    public String answerDepartment;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "appeal_guide")
    public String appealGuide;

    @Column(name = "rating_score")
    public Integer ratingScore;

    @Column(name = "rating_comment")
    public String ratingComment;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    /** The partner agency that sent it over Open311 (channel PARTNER). */
    @Column(name = "partner_id")
    public String partnerId;

    /** When anything last happened to it (the latest timeline entry). */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Version
    public long version;

    /** Still waiting for an answer: the deadline runs. */
    public boolean isOpen() {
        return status != GrievanceStatus.ANSWERED && status != GrievanceStatus.CLOSED
                && !(status == GrievanceStatus.TRANSFERRED && transferAgency != null);
    }
}
