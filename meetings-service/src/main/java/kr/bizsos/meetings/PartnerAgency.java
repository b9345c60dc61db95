package kr.bizsos.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** 유관기관: a partner agency invited to meetings (강원지방중소벤처기업청, 강원테크노파크 …). */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    public static List<PartnerAgency> listActive() {
        return list("active = true order by sortOrder");
    }
}
