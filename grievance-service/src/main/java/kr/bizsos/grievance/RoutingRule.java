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
import java.util.List;
import kr.bizsos.platform.region.Municipality;

/** Category × 시군 × keyword → department; every criterion given must match, the highest priority wins. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "routing_rule_seq", sequenceName = "routing_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
    public Long id;

    public String category;

    @Enumerated(EnumType.STRING)
    public Municipality municipality;

    public String keyword;

    @Column(name = "department_id", nullable = false)
    public String departmentId;

    @Column(nullable = false)
    public int priority;

    @Column(nullable = false)
    public boolean active = true;

    public static List<RoutingRule> listAll(boolean activeOnly) {
        return activeOnly ? list("active = true order by priority desc, id") : list("order by priority desc, id");
    }

    /** How many criteria the rule sets: the more specific rule wins a tie of priority. */
    public int specificity() {
        return (category == null ? 0 : 1) + (municipality == null ? 0 : 1) + (keyword == null ? 0 : 1);
    }

    public boolean matches(Grievance g) {
        return (category == null || category.equals(g.category.code))
                && (municipality == null || municipality == g.municipality)
                && (keyword == null || g.title.contains(keyword) || g.content.contains(keyword));
    }
}
