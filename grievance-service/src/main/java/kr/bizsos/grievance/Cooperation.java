package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cooperating department of a complex case (원스톱 처리) and what it contributed. */
@Entity
@Table(name = "grievance_cooperation")
public class Cooperation extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "grievance_id") UUID grievanceId,
            @Column(name = "department_id") String departmentId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(length = 4000)
    public String contribution;

    @Column(name = "contributed_at")
    public OffsetDateTime contributedAt;

    public static List<Cooperation> of(UUID grievanceId) {
        return list("key.grievanceId = ?1 order by key.departmentId", grievanceId);
    }
}
