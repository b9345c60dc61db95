package kr.bizsos.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** A programme (사업): who runs it, over which years, and the texts its 이행 보고서 opens with. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    /** A stable short name (meetings-service may name a programme by it); optional, unique. */
    public String code;

    @Column(nullable = false)
    public String name;

    /** 추진부서 */
    @Column(nullable = false)
    public String department;

    /** 담당자 */
    public String manager;

    @Column(name = "manager_phone")
    public String managerPhone;

    /** 협조부서 */
    @Column(name = "cooperating_departments")
    public String cooperatingDepartments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeNature nature;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    /** The programme ends with this month of its end year (seed 003: 2026년 6월). */
    @Column(name = "end_month", nullable = false)
    public int endMonth = 12;

    /** How the seeds name the period, e.g. 임기내, 연중. */
    @Column(name = "period_label")
    public String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_type", nullable = false)
    public FundingType fundingType;

    /** 실천목표, e.g. 임기 내 완료 */
    @Column(name = "practice_goal")
    public String practiceGoal;

    /** 추진상황 in words, e.g. 이행 후 계속 추진 */
    @Column(name = "progress_note")
    public String progressNote;

    /** 최종목표 */
    @Column(name = "final_goal")
    public String finalGoal;

    /** 사업개요, one line per item */
    public String overview;

    /** 향후계획, one line per item */
    @Column(name = "future_plan")
    public String futurePlan;

    /** 기대효과, one line per item */
    @Column(name = "expected_effect")
    public String expectedEffect;

    /** 중앙정부 도움 필요성 */
    @Column(name = "central_support")
    public String centralSupport;

    /** 사업주체, e.g. 자체 */
    public String executor;

    /** 완료시기 as the programme reports it, e.g. 2022년 */
    @Column(name = "completion_label")
    public String completionLabel;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public LocalDate startsOn() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate endsOn() {
        return YearMonth.of(endYear, endMonth).atEndOfMonth();
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /** The last month of a year within the programme: 12, or the end month in the end year. */
    public int lastMonthOf(int year) {
        return year == endYear ? endMonth : 12;
    }

    public static Optional<Programme> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
