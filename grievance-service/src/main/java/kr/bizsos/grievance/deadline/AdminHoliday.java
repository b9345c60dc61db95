package kr.bizsos.grievance.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An 임시공휴일 an ADMIN added, on top of the published and computed calendar. */
@Entity
@Table(name = "holiday")
public class AdminHoliday extends PanacheEntityBase {

    @Id
    public LocalDate date;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<AdminHoliday> ofYear(int year) {
        return list("date between ?1 and ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
