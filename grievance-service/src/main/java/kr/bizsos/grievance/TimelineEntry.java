package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One step in a grievance's history: what happened, to which status, by whom, when. */
@Entity
@Table(name = "grievance_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grievance_timeline_seq", sequenceName = "grievance_timeline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_timeline_seq")
    public Long id;

    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrievanceStatus status;

    @Column(nullable = false)
    public String actor;

    public String note;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<TimelineEntry> of(UUID grievanceId) {
        return list("grievanceId = ?1 order by at, id", grievanceId);
    }
}
