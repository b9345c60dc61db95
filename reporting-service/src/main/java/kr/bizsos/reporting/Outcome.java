package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A programme's outcome (성과) for a year, such as 신규 고용 278명 or 사업화 매출 691억원. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public long value;

    public String note;

    public static List<Outcome> of(UUID programmeId) {
        return list("programmeId = ?1 order by metric, year", programmeId);
    }
}
