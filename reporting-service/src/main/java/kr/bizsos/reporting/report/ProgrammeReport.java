package kr.bizsos.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.reporting.service.BudgetTable;
import kr.bizsos.reporting.service.ProgrammeFigures.StatusView;

/**
 * The quarterly 이행 보고서 of a programme, in the section order of seeds 000 and 003: overview
 * (사업구분, 최종목표, 연차별 목표, 확인지표, 사업개요), 추진실적 by year, 현재까지 목표달성, 이행구분
 * and 이행률, 소통 실적, 연차별 투자계획 및 집행, 성과, 향후계획. The printable page, the XLSX and the
 * HWPX are all drawn from this one record.
 */
public record ProgrammeReport(
        String title,
        int year,
        int quarter,
        LocalDate asOf,
        /** e.g. ’25. 1분기 기준 */
        String basis,
        Overview overview,
        YearlyTargets yearlyTargets,
        List<AchievementYear> achievements,
        List<TargetProgress> targetProgress,
        Implementation implementation,
        Outreach outreach,
        BudgetTable budget,
        List<OutcomeSeries> outcomes,
        List<String> futurePlan,
        List<String> expectedEffect,
        OffsetDateTime generatedAt) {

    public record Overview(UUID id, String code, String name, String department, String manager, String managerPhone,
            String cooperatingDepartments, String nature, String natureLabel, int startYear, int endYear, int endMonth,
            String period, String fundingType, String fundingTypeLabel, String practiceGoal, String progressNote,
            String finalGoal, List<String> overview, String centralSupport, String executor,
            List<String> confirmationIndicators) {
    }

    public record Column(int year, String label) {
    }

    /** 연차별 목표: a row per indicator, a value per column (null where there is no target). */
    public record YearlyTargets(List<Column> columns, List<TargetRow> rows) {
    }

    public record TargetRow(UUID indicatorId, String name, String unit, List<Long> values) {
    }

    /**
     * 추진실적 of a year: the lines staff wrote, the counted figures of each indicator, and the
     * meetings a meeting indicator counted (the seeds list them with date and 시군).
     */
    public record AchievementYear(int year, String label, List<String> items, List<MeetingLine> meetings) {
    }

    public record MeetingLine(LocalDate heldOn, String municipality, String municipalityName, String title, String kind,
            String kindName, boolean regular, Integer attendedCompanies) {
    }

    /** 현재까지 목표달성: target against actual per indicator and year, with 추진상황 (완료/추진중/미착수). */
    public record TargetProgress(UUID indicatorId, String indicator, String unit, int year, String yearLabel,
            Long target, Long actual, BigDecimal achievementRate, StatusView status, String summary) {
    }

    /** 이행구분 with the seeds' grid (○ where checked), 이행률 and 완료시기. */
    public record Implementation(StatusView status, Integer rate, StatusView derivedStatus, Integer derivedRate,
            boolean overridden, String overrideReason, String overriddenBy, OffsetDateTime overriddenAt,
            String completionLabel, List<GridGroup> grid) {
    }

    public record GridGroup(String group, String label, List<GridCell> statuses) {
    }

    public record GridCell(String code, String label, boolean checked) {
    }

    /** 소통 실적: counts per type, a row per year and the total; types in the seeds' column order. */
    public record Outreach(List<TypeColumn> types, List<OutreachRow> rows, OutreachRow total) {
    }

    public record TypeColumn(String type, String label) {
    }

    public record OutreachRow(Integer year, String label, Map<String, Long> counts, long total) {
    }

    /** One outcome metric over the years, with the change on the previous year (null for the first). */
    public record OutcomeSeries(String metric, String unit, List<OutcomeValue> values) {
    }

    public record OutcomeValue(int year, long value, Long change) {
    }
}
