package kr.bizsos.reporting.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.IndicatorActual;
import kr.bizsos.reporting.IndicatorSource;
import kr.bizsos.reporting.IndicatorTarget;
import kr.bizsos.reporting.Outcome;
import kr.bizsos.reporting.OutreachEntry;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeActivity;
import kr.bizsos.reporting.SourceType;
import kr.bizsos.reporting.StatusOverride;
import kr.bizsos.reporting.service.Programmes;
import kr.bizsos.reporting.service.ProgrammeFigures.StatusView;

/** The JSON shapes of programmes and what is entered for them. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    public record ProgrammeView(UUID id, String code, String name, String department, String manager,
            String managerPhone, String cooperatingDepartments, String nature, String natureLabel, int startYear,
            int endYear, int endMonth, String periodLabel, String fundingType, String fundingTypeLabel,
            String practiceGoal, String progressNote, String finalGoal, List<String> overview, List<String> futurePlan,
            List<String> expectedEffect, String centralSupport, String executor, String completionLabel,
            List<IndicatorView> indicators, List<OverrideView> overrides, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int version) {

        public static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id, p.code, p.name, p.department, p.manager, p.managerPhone,
                    p.cooperatingDepartments, p.nature.name(), p.nature.label(), p.startYear, p.endYear, p.endMonth,
                    p.periodLabel, p.fundingType.name(), p.fundingType.label(), p.practiceGoal, p.progressNote,
                    p.finalGoal, Programmes.lines(p.overview), Programmes.lines(p.futurePlan),
                    Programmes.lines(p.expectedEffect), p.centralSupport, p.executor, p.completionLabel,
                    Indicator.of(p.id).stream().map(IndicatorView::of).toList(),
                    StatusOverride.<StatusOverride>list("programmeId = ?1 order by year", p.id).stream()
                            .map(OverrideView::of).toList(),
                    p.createdAt, p.updatedAt, p.version);
        }
    }

    /** A programme in a list, with its 이행구분 and 이행률 as of today. */
    public record ProgrammeSummary(UUID id, String code, String name, String department, String nature,
            String natureLabel, int startYear, int endYear, int endMonth, int indicatorCount, StatusView status,
            Integer rate, boolean overridden) {
    }

    public record IndicatorView(UUID id, String name, String unit, IndicatorSource source, String sourceLabel,
            String confirmation, int sortOrder, List<TargetView> targets, List<ActualView> actuals) {

        public static IndicatorView of(Indicator i) {
            List<ActualView> actuals = i.sourceSpec.source() == SourceType.MANUAL
                    ? IndicatorActual.<IndicatorActual>list("indicatorId = ?1 order by year", i.id).stream()
                            .map(ActualView::of).toList()
                    : List.of();
            return new IndicatorView(i.id, i.name, i.unit, i.sourceSpec, i.sourceSpec.source().label(), i.confirmation,
                    i.sortOrder, IndicatorTarget.of(i.id).stream().map(TargetView::of).toList(), actuals);
        }
    }

    public record TargetView(int year, long value, int untilMonth, String label) {

        static TargetView of(IndicatorTarget t) {
            return new TargetView(t.year, t.value, t.untilMonth, t.label());
        }
    }

    public record ActualView(int year, long value, String note, String updatedBy, OffsetDateTime updatedAt) {

        public static ActualView of(IndicatorActual a) {
            return new ActualView(a.year, a.value, a.note, a.updatedBy, a.updatedAt);
        }
    }

    public record OverrideView(int year, StatusView status, Integer rate, String reason, String decidedBy,
            OffsetDateTime decidedAt) {

        public static OverrideView of(StatusOverride o) {
            return new OverrideView(o.year, StatusView.of(o.status), o.rate, o.reason, o.decidedBy, o.decidedAt);
        }
    }

    public record BudgetLineView(int year, String fundingSource, String fundingSourceLabel, long planned, long secured,
            long executed) {

        public static BudgetLineView of(BudgetLine l) {
            return new BudgetLineView(l.year, l.fundingSource.name(), l.fundingSource.label(), l.planned, l.secured,
                    l.executed);
        }
    }

    public record OutreachView(UUID id, int year, Integer quarter, String type, String typeLabel, int count, String title,
            LocalDate heldOn) {

        public static OutreachView of(OutreachEntry e) {
            return new OutreachView(e.id, e.year, e.quarter, e.type.name(), e.type.label(), e.count, e.title, e.heldOn);
        }
    }

    public record OutcomeView(UUID id, int year, String metric, String unit, long value, String note) {

        public static OutcomeView of(Outcome o) {
            return new OutcomeView(o.id, o.year, o.metric, o.unit, o.value, o.note);
        }
    }

    public record ActivityView(UUID id, int year, Integer quarter, String text) {

        public static ActivityView of(ProgrammeActivity a) {
            return new ActivityView(a.id, a.year, a.quarter, a.text);
        }
    }
}
