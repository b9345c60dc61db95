package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One year's target of an indicator; {@code untilMonth} below 12 makes it a part-year target. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public long value;

    @Column(name = "until_month", nullable = false)
    public int untilMonth = 12;

    public static List<IndicatorTarget> of(UUID indicatorId) {
        return list("indicatorId = ?1 order by year", indicatorId);
    }

    /** 2023년, or 2026년 6월 for a part year. */
    public String label() {
        return untilMonth == 12 ? year + "년" : year + "년 " + untilMonth + "월";
    }
}
