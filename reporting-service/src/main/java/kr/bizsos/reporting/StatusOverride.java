package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A person's 이행구분 (and optionally 이행률) for a programme's year, replacing the derived one, with why. */
@Entity
@Table(name = "status_override")
public class StatusOverride extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImplementationStatus status;

    public Integer rate;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    public static Optional<StatusOverride> of(UUID programmeId, int year) {
        return find("programmeId = ?1 and year = ?2", programmeId, year).firstResultOptional();
    }
}
