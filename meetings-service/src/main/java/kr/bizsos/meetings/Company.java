package kr.bizsos.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import kr.bizsos.platform.region.Municipality;

/** A company met at meetings, keyed by its 사업자등록번호. */
@Entity
@Table(name = "company")
public class Company extends PanacheEntityBase {

    @Id
    @Column(name = "business_number")
    public String businessNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    public CompanySize sizeClass;

    public String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Municipality municipality;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
