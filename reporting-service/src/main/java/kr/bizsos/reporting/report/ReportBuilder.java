package kr.bizsos.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.ImplementationStatus;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.IndicatorTarget;
import kr.bizsos.reporting.MeetingFact;
import kr.bizsos.reporting.Outcome;
import kr.bizsos.reporting.OutreachEntry;
import kr.bizsos.reporting.OutreachType;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeActivity;
import kr.bizsos.reporting.SourceType;
import kr.bizsos.reporting.report.ProgrammeReport.AchievementYear;
import kr.bizsos.reporting.report.ProgrammeReport.Column;
import kr.bizsos.reporting.report.ProgrammeReport.GridCell;
import kr.bizsos.reporting.report.ProgrammeReport.GridGroup;
import kr.bizsos.reporting.report.ProgrammeReport.Implementation;
import kr.bizsos.reporting.report.ProgrammeReport.MeetingLine;
import kr.bizsos.reporting.report.ProgrammeReport.OutcomeSeries;
import kr.bizsos.reporting.report.ProgrammeReport.OutcomeValue;
import kr.bizsos.reporting.report.ProgrammeReport.Outreach;
import kr.bizsos.reporting.report.ProgrammeReport.OutreachRow;
import kr.bizsos.reporting.report.ProgrammeReport.Overview;
import kr.bizsos.reporting.report.ProgrammeReport.TargetProgress;
import kr.bizsos.reporting.report.ProgrammeReport.TargetRow;
import kr.bizsos.reporting.report.ProgrammeReport.TypeColumn;
import kr.bizsos.reporting.report.ProgrammeReport.YearlyTargets;
import kr.bizsos.reporting.service.Actuals;
import kr.bizsos.reporting.service.BudgetTable;
import kr.bizsos.reporting.service.Codes;
import kr.bizsos.reporting.service.ProgrammeFigures;
import kr.bizsos.reporting.service.ProgrammeFigures.Figures;
import kr.bizsos.reporting.service.ProgrammeFigures.IndicatorYear;
import kr.bizsos.reporting.service.ProgrammeFigures.Verdict;
import kr.bizsos.reporting.service.Programmes;

/**
 * Assembles a programme's 이행 보고서 for a quarter from live data: the figures as they stood at
 * the end of the quarter (or today, while it runs), entries dated up to then.
 */
@ApplicationScoped
public class ReportBuilder {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ProgrammeFigures figures;
    private final Actuals actuals;

    ReportBuilder(ProgrammeFigures figures, Actuals actuals) {
        this.figures = figures;
        this.actuals = actuals;
    }

    public ProgrammeReport build(Programme p, int year, int quarter) {
        Programmes.checkYear(p, "year", year);
        LocalDate asOf = ProgrammeFigures.asOfQuarter(year, quarter);
        Figures f = figures.of(p, asOf);
        List<Indicator> indicators = Indicator.of(p.id);
        String basis = "’" + String.format("%02d", year % 100) + ". " + quarter + "분기 기준";
        return new ProgrammeReport(
                p.name + " " + year + "년 " + quarter + "분기 이행 보고서",
                year, quarter, asOf, basis,
                overview(p, indicators),
                yearlyTargets(p, indicators),
                achievements(p, indicators, f, year, quarter, asOf),
                targetProgress(f, year),
                implementation(p, f.verdict()),
                outreach(p, year, quarter),
                BudgetTable.of(BudgetLine.of(p.id), budgetColumns(p)),
                outcomes(p, year),
                Programmes.lines(p.futurePlan),
                Programmes.lines(p.expectedEffect),
                OffsetDateTime.now(SEOUL));
    }

    public static List<BudgetTable.Column> budgetColumns(Programme p) {
        List<BudgetTable.Column> columns = new ArrayList<>();
        for (int y = p.startYear; y <= p.endYear; y++) {
            columns.add(new BudgetTable.Column(y, y == p.endYear && p.endMonth < 12 ? y + "." + p.endMonth : String.valueOf(y)));
        }
        return columns;
    }

    private static Overview overview(Programme p, List<Indicator> indicators) {
        String period = p.startYear + "~" + p.endYear + "년" + (p.endMonth < 12 ? " " + p.endMonth + "월" : "")
                + (p.periodLabel == null ? "" : " (" + p.periodLabel + ")");
        return new Overview(p.id, p.code, p.name, p.department, p.manager, p.managerPhone, p.cooperatingDepartments,
                p.nature.name(), p.nature.label(), p.startYear, p.endYear, p.endMonth, period, p.fundingType.name(),
                p.fundingType.label(), p.practiceGoal, p.progressNote, p.finalGoal, Programmes.lines(p.overview),
                p.centralSupport, p.executor,
                indicators.stream().map(i -> i.confirmation).filter(c -> c != null && !c.isBlank()).distinct().toList());
    }

    /** The columns are the years any indicator has a target for, labelled as the seeds do (2026년 6월). */
    private static YearlyTargets yearlyTargets(Programme p, List<Indicator> indicators) {
        Map<Integer, String> labels = new java.util.TreeMap<>();
        Map<UUID, List<IndicatorTarget>> targets = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            List<IndicatorTarget> list = IndicatorTarget.of(i.id);
            targets.put(i.id, list);
            list.forEach(t -> labels.putIfAbsent(t.year, t.label()));
        }
        List<Column> columns = labels.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
        List<TargetRow> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            List<IndicatorTarget> list = targets.get(i.id);
            if (list.isEmpty()) {
                continue;
            }
            List<Long> values = columns.stream().map(c -> list.stream().filter(t -> t.year == c.year()).findFirst()
                    .map(t -> t.value).orElse(null)).toList();
            rows.add(new TargetRow(i.id, i.name, i.unit, values));
        }
        return new YearlyTargets(columns, rows);
    }

    private List<AchievementYear> achievements(Programme p, List<Indicator> indicators, Figures f, int year,
            int quarter, LocalDate asOf) {
        List<ProgrammeActivity> activities = ProgrammeActivity.of(p.id);
        List<AchievementYear> years = new ArrayList<>();
        for (int y = p.startYear; y <= year; y++) {
            int yy = y;
            List<String> items = new ArrayList<>();
            activities.stream()
                    .filter(a -> a.year == yy && (yy < year || a.quarter == null || a.quarter <= quarter))
                    .forEach(a -> items.add(a.text));
            List<MeetingLine> meetings = new ArrayList<>();
            for (Indicator i : indicators) {
                f.row(i.id, y).filter(r -> r.actual() != null && (r.actual() > 0 || r.target() != null)
                                && i.sourceSpec.source() != SourceType.MANUAL)
                        .ifPresent(r -> items.add("▶ " + i.name + " : " + r.actual() + i.unit));
                if (i.sourceSpec.source() == SourceType.MEETINGS_HELD) {
                    for (MeetingFact m : actuals.heldMeetings(p, i.sourceSpec, y, asOf)) {
                        if (meetings.stream().noneMatch(l -> l.heldOn().equals(m.heldOn) && l.title().equals(m.title))) {
                            meetings.add(new MeetingLine(m.heldOn, m.municipality, Codes.municipality(m.municipality),
                                    m.title, m.kind, Codes.label(Codes.MEETING_KINDS, m.kind), m.regular,
                                    m.attendanceCompanies));
                        }
                    }
                }
            }
            meetings.sort(java.util.Comparator.comparing(MeetingLine::heldOn));
            if (items.isEmpty() && meetings.isEmpty()) {
                continue;
            }
            String label = y == year && quarter < 4 ? y + "년 " + quarter + "분기" : y + "년";
            years.add(new AchievementYear(y, label, items, meetings));
        }
        return years;
    }

    private static List<TargetProgress> targetProgress(Figures f, int year) {
        List<TargetProgress> rows = new ArrayList<>();
        for (IndicatorYear r : f.rows()) {
            if (r.target() == null || r.year() > year) {
                continue;
            }
            String summary = r.actual() == null ? "실적 미입력" : r.actual() + r.unit() + " " + verb(r.unit());
            rows.add(new TargetProgress(r.indicatorId(), r.indicator(), r.unit(), r.year(), r.yearLabel(), r.target(),
                    r.actual(), r.achievementRate(), r.status(), summary));
        }
        return rows;
    }

    private static String verb(String unit) {
        return switch (unit) {
            case "회" -> "운영";
            case "건" -> "처리";
            default -> "달성";
        };
    }

    private static Implementation implementation(Programme p, Verdict v) {
        List<GridGroup> grid = new ArrayList<>();
        for (ImplementationStatus.Group group : ImplementationStatus.Group.values()) {
            List<GridCell> cells = new ArrayList<>();
            for (ImplementationStatus s : ImplementationStatus.values()) {
                if (s.group() == group) {
                    cells.add(new GridCell(s.name(), s.label(), s.name().equals(v.status().code())));
                }
            }
            grid.add(new GridGroup(group.name(), group.label(), cells));
        }
        return new Implementation(v.status(), v.rate(), v.derivedStatus(), v.derivedRate(), v.overridden(),
                v.overrideReason(), v.overriddenBy(), v.overriddenAt(), p.completionLabel, grid);
    }

    private static Outreach outreach(Programme p, int year, int quarter) {
        List<TypeColumn> types = new ArrayList<>();
        for (OutreachType t : OutreachType.values()) {
            types.add(new TypeColumn(t.name(), t.label()));
        }
        Map<Integer, Map<String, Long>> byYear = new java.util.TreeMap<>();
        Map<String, Long> total = zeros();
        for (OutreachEntry e : OutreachEntry.of(p.id)) {
            if (e.year > year || e.year == year && e.quarter != null && e.quarter > quarter) {
                continue;
            }
            byYear.computeIfAbsent(e.year, y -> zeros()).merge(e.type.name(), (long) e.count, Long::sum);
            total.merge(e.type.name(), (long) e.count, Long::sum);
        }
        List<OutreachRow> rows = byYear.entrySet().stream().map(e -> new OutreachRow(e.getKey(), e.getKey() + "년",
                e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
        return new Outreach(types, rows, new OutreachRow(null, "계", total,
                total.values().stream().mapToLong(Long::longValue).sum()));
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OutreachType t : OutreachType.values()) {
            counts.put(t.name(), 0L);
        }
        return counts;
    }

    public static List<OutcomeSeries> outcomes(Programme p, int upToYear) {
        Map<String, List<Outcome>> byMetric = new LinkedHashMap<>();
        for (Outcome o : Outcome.of(p.id)) {
            if (o.year <= upToYear) {
                byMetric.computeIfAbsent(o.metric, m -> new ArrayList<>()).add(o);
            }
        }
        List<OutcomeSeries> series = new ArrayList<>();
        byMetric.forEach((metric, list) -> {
            List<OutcomeValue> values = new ArrayList<>();
            for (Outcome o : list) {
                Long change = list.stream().filter(prev -> prev.year == o.year - 1).findFirst()
                        .map(prev -> o.value - prev.value).orElse(null);
                values.add(new OutcomeValue(o.year, o.value, change));
            }
            series.add(new OutcomeSeries(metric, list.get(list.size() - 1).unit, values));
        });
        return series;
    }
}
