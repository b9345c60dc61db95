package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A programme's measurable indicator (e.g. 기업SOS처리 실적, 건) with its yearly targets and source. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    /** Kept in its own column too, so a query can find indicators by source. */
    @Column(nullable = false)
    public String source;

    @Convert(converter = IndicatorSourceConverter.class)
    @Column(name = "source_spec", nullable = false)
    public IndicatorSource sourceSpec;

    /** 확인지표, e.g. 기업 애로 발굴 및 처리 실적 */
    public String confirmation;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static List<Indicator> of(UUID programmeId) {
        return list("programmeId = ?1 order by sortOrder, name", programmeId);
    }
}
