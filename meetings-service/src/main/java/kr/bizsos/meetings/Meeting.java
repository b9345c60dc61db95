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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.platform.region.Municipality;

/**
 * A meeting with companies (간담회, 현장전략회의, 현장방문 …): planned, confirmed, held with minutes
 * and raised items, or cancelled with a reason.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind")
    public MeetingKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    /** The 시군 where it takes place. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Municipality municipality;

    public String venue;

    /** 도 or a 시군: whose meeting it is. */
    @Enumerated(EnumType.STRING)
    @Column(name = "host_organization", nullable = false)
    public Municipality hostOrganization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_department_id")
    public Department hostDepartment;

    /** The programme (사업) whose KPI the meeting counts toward, as reporting-service names it. */
    @Column(name = "programme_id")
    public String programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    /** Public meetings are visible to every company, and companies may register for them. */
    @Column(name = "public_meeting", nullable = false)
    public boolean publicMeeting;

    /** How many companies may register (invited companies not counted); null: no limit. */
    public Integer capacity;

    @Column(length = 4000)
    public String agenda;

    @Column(length = 20000)
    public String minutes;

    @Column(length = 4000)
    public String outcomes;

    @Column(name = "minutes_recorded_at")
    public OffsetDateTime minutesRecordedAt;

    @Column(name = "minutes_recorded_by")
    public String minutesRecordedBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "held_at")
    public OffsetDateTime heldAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isRegular() {
        return kind.regular;
    }
}
