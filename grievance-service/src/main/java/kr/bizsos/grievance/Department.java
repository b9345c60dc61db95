package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** 소관부서: a department that owns matters and answers grievances. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** 기업지원과: takes the grievances no routing rule matches. */
    @Column(nullable = false)
    public boolean coordinating;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static List<Department> listOrdered() {
        return list("order by sortOrder");
    }

    public static String nameOf(String id) {
        if (id == null) {
            return null;
        }
        Department d = findById(id);
        return d == null ? id : d.name;
    }
}
