package kr.bizsos.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** 회의 종류, kept as data an ADMIN can extend; regular (정례) kinds rotate over the 시군. */
@Entity
@Table(name = "meeting_kind")
public class MeetingKind extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean regular;

    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    public static List<MeetingKind> listAll(boolean includeInactive) {
        return includeInactive ? list("order by sortOrder, code") : list("active = true order by sortOrder, code");
    }
}
