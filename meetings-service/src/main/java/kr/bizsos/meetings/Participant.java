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

/** One department, partner agency or company taking part in a meeting, and whether it attended. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantOrigin origin;

    @ManyToOne
    @JoinColumn(name = "department_id")
    public Department department;

    @ManyToOne
    @JoinColumn(name = "partner_agency_id")
    public PartnerAgency partnerAgency;

    @ManyToOne
    @JoinColumn(name = "company_business_number")
    public Company company;

    /** Personal data: masked in lists, never logged, never put in events. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    /** Recorded once the meeting is held; null until then. */
    public Boolean attended;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    public static List<Participant> of(UUID meetingId) {
        return list("meetingId = ?1 order by type, addedAt, id", meetingId);
    }

    public boolean isCompany(String businessNumber) {
        return company != null && company.businessNumber.equals(businessNumber);
    }

    /** The party's name: the department's, the agency's or the company's. */
    public String displayName() {
        return switch (type) {
            case DEPARTMENT -> department.name;
            case PARTNER_AGENCY -> partnerAgency.name;
            case COMPANY -> company.name;
        };
    }
}
