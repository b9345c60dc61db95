package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What reporting knows of one meeting, projected from meetings-service's events. */
@Entity
@Table(name = "meeting_fact")
public class MeetingFact extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** The meeting kind code (e.g. FIELD_STRATEGY), opaque to reporting. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public boolean regular;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String municipality;

    /** The programme the meeting belongs to, as meetings-service holds it (a programme id or code). */
    @Column(name = "programme_id")
    public String programmeId;

    @Column(nullable = false)
    public String status;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "held_year")
    public Integer heldYear;

    @Column(name = "held_quarter")
    public Integer heldQuarter;

    @Column(name = "attendance_companies")
    public Integer attendanceCompanies;

    @Column(name = "attendance_departments")
    public Integer attendanceDepartments;

    @Column(name = "attendance_partner_agencies")
    public Integer attendancePartnerAgencies;

    @Column(name = "attendance_total")
    public Integer attendanceTotal;

    @Column(name = "raised_item_count")
    public Integer raisedItemCount;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "last_event_type", nullable = false)
    public String lastEventType;

    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;
}
