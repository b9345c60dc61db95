package kr.bizsos.grievance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** 기업애로 분야 (자금, 판로, 수출 …), kept as data. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    public static List<Category> listActive() {
        return list("active = true order by sortOrder");
    }
}
