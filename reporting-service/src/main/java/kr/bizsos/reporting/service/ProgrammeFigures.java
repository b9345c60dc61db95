package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.bizsos.reporting.ImplementationStatus;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.IndicatorTarget;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.StatusOverride;
import kr.bizsos.reporting.service.ImplementationRules.Period;
import kr.bizsos.reporting.service.ImplementationRules.TargetYear;

/** A programme's targets against actuals per indicator and year, and its 이행구분 and 이행률, as of a date. */
@ApplicationScoped
public class ProgrammeFigures {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** An 이행구분 with its group, as the screens and reports show it. */
    public record StatusView(String code, String group, String groupLabel, String label) {

        public static StatusView of(ImplementationStatus status) {
            return status == null ? null : new StatusView(status.name(), status.group().name(),
                    status.group().label(), status.label());
        }
    }

    /**
     * One indicator in one year. {@code actual} is null for a year not yet begun and for a MANUAL
     * indicator nobody entered; {@code status} only where there is a target.
     */
    public record IndicatorYear(UUID indicatorId, String indicator, String unit, String source, int year,
            String yearLabel, Long target, Integer untilMonth, Long actual, BigDecimal achievementRate,
            StatusView status) {
    }

    /** The programme's 이행구분 and 이행률 of a year; a person's override wins over the derived ones. */
    public record Verdict(int year, LocalDate asOf, StatusView status, Integer rate, StatusView derivedStatus,
            Integer derivedRate, boolean overridden, String overrideReason, String overriddenBy,
            OffsetDateTime overriddenAt) {
    }

    public record Figures(UUID programmeId, LocalDate asOf, List<IndicatorYear> rows, Verdict verdict) {

        public Optional<IndicatorYear> row(UUID indicatorId, int year) {
            return rows.stream().filter(r -> r.indicatorId().equals(indicatorId) && r.year() == year).findFirst();
        }
    }

    private final Actuals actuals;

    ProgrammeFigures(Actuals actuals) {
        this.actuals = actuals;
    }

    public static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    /** The end of the quarter, or today while the quarter runs. */
    public static LocalDate asOfQuarter(int year, int quarter) {
        LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
        return end.isAfter(today()) ? today() : end;
    }

    /** The end of the year, or today while the year runs. */
    public static LocalDate asOfYear(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today()) ? today() : end;
    }

    public static Period period(Programme p) {
        return new Period(p.startYear, p.endYear, p.endMonth, p.nature);
    }

    /** Figures as of {@code asOf}; the verdict is that of {@code asOf}'s year (with its override, if any). */
    public Figures of(Programme programme, LocalDate asOf) {
        Period period = period(programme);
        List<IndicatorYear> rows = new ArrayList<>();
        List<List<TargetYear>> measured = new ArrayList<>();
        for (Indicator indicator : Indicator.of(programme.id)) {
            Map<Integer, IndicatorTarget> targets = new HashMap<>();
            IndicatorTarget.of(indicator.id).forEach(t -> targets.put(t.year, t));
            List<TargetYear> targetYears = new ArrayList<>();
            Map<Integer, Long> byYear = actuals.byYear(programme, indicator, programme.startYear, programme.endYear, asOf);
            for (int year = programme.startYear; year <= programme.endYear; year++) {
                IndicatorTarget target = targets.get(year);
                Long actual = byYear.get(year);
                ImplementationStatus status = null;
                BigDecimal rate = null;
                if (target != null) {
                    TargetYear t = new TargetYear(year, target.value, target.untilMonth, actual == null ? 0 : actual);
                    targetYears.add(t);
                    status = ImplementationRules.ofYear(period, t, asOf);
                    rate = actual == null ? null : ImplementationRules.achievementRate(actual, target.value);
                }
                String label = target != null ? target.label()
                        : year == programme.endYear && programme.endMonth < 12 ? year + "년 " + programme.endMonth + "월"
                        : year + "년";
                rows.add(new IndicatorYear(indicator.id, indicator.name, indicator.unit, indicator.source, year, label,
                        target == null ? null : target.value, target == null ? null : target.untilMonth, actual, rate,
                        StatusView.of(status)));
            }
            measured.add(targetYears);
        }
        ImplementationRules.Verdict derived = ImplementationRules.ofProgramme(period, measured, asOf);
        int year = Math.max(programme.startYear, Math.min(programme.endYear, asOf.getYear()));
        Optional<StatusOverride> override = StatusOverride.of(programme.id, year);
        Verdict verdict = override.map(o -> new Verdict(year, asOf, StatusView.of(o.status),
                        o.rate != null ? o.rate : derived.rate(), StatusView.of(derived.status()), derived.rate(), true,
                        o.reason, o.decidedBy, o.decidedAt))
                .orElseGet(() -> new Verdict(year, asOf, StatusView.of(derived.status()), derived.rate(),
                        StatusView.of(derived.status()), derived.rate(), false, null, null, null));
        return new Figures(programme.id, asOf, rows, verdict);
    }
}
