package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of 추진실적 a person wrote for a year (e.g. ▶ 기업원스톱처리 회의 : 7회). */
@Entity
@Table(name = "programme_activity")
public class ProgrammeActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public int year;

    public Integer quarter;

    @Column(nullable = false)
    public String text;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<ProgrammeActivity> of(UUID programmeId) {
        return list("programmeId = ?1 order by year, sortOrder, createdAt", programmeId);
    }
}
