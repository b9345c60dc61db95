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
import java.util.List;
import java.util.UUID;

/** 처리기간 연장: one with a reason, a further one only with the company's consent. */
@Entity
@Table(name = "grievance_extension")
public class Extension extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grievance_extension_seq", sequenceName = "grievance_extension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_extension_seq")
    public Long id;

    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;

    @Column(name = "previous_due_at", nullable = false)
    public OffsetDateTime previousDueAt;

    @Column(name = "new_due_at", nullable = false)
    public OffsetDateTime newDueAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "company_consent", nullable = false)
    public boolean companyConsent;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<Extension> of(UUID grievanceId) {
        return list("grievanceId = ?1 order by at", grievanceId);
    }
}
