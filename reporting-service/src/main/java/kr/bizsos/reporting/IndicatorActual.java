package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A MANUAL indicator's actual for a year, as staff entered it. */
@Entity
@Table(name = "indicator_actual")
public class IndicatorActual extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public long value;

    public String note;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<IndicatorActual> of(UUID indicatorId, int year) {
        return find("indicatorId = ?1 and year = ?2", indicatorId, year).firstResultOptional();
    }
}
