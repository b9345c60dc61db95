package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One year × 재원 of a programme's budget in 백만원: planned (계획), secured (확보), executed (집행). */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    public FundingSource fundingSource;

    @Column(nullable = false)
    public long planned;

    @Column(nullable = false)
    public long secured;

    @Column(nullable = false)
    public long executed;

    public static List<BudgetLine> of(UUID programmeId) {
        return list("programmeId = ?1 order by year, fundingSource", programmeId);
    }
}
