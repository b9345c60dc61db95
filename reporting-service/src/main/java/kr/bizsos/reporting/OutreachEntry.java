package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 도민(시민)소통 실적: {@code count} events of one type in a year (and quarter, when known). */
@Entity
@Table(name = "outreach_entry")
public class OutreachEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public int year;

    public Integer quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutreachType type;

    @Column(nullable = false)
    public int count;

    public String title;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<OutreachEntry> of(UUID programmeId) {
        return list("programmeId = ?1 order by year, quarter nulls last, createdAt", programmeId);
    }
}
