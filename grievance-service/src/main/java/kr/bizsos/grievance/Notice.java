package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice to a company or a department about one of its grievances (배정, 이송, 답변, 기한 경과…). */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    public static final String COMPANY = "COMPANY";
    public static final String DEPARTMENT = "DEPARTMENT";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    public Long id;

    @Column(name = "recipient_type", nullable = false)
    public String recipientType;

    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
