package kr.bizsos.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.bizsos.reporting.ImplementationStatus;
import kr.bizsos.reporting.ProgrammeNature;

/**
 * The written-down rules for 이행구분 and 이행률, from the report date and the progress. Pure
 * functions, so every rule is tested on its own (ImplementationRulesTest).
 *
 * <h2>A target year (one indicator, one year)</h2>
 * Its period runs from 1 January to the end of its target month (December, or e.g. June for
 * seed 003's "2026년 6월"); it is over on its last day (a report as of 31 December closes the
 * year). As of a date D:
 * <ul>
 * <li><b>미착수·시기미도래</b>: D is before the period.</li>
 * <li><b>완료</b>: the period is over and actual ≥ target — <b>종료</b> in the programme's last
 *     year, <b>지속추진</b> otherwise.</li>
 * <li><b>추진중·부진</b>: the period is over and actual &lt; target; or, within the period, the
 *     actual is below the pro-rata pace (target × elapsed days ÷ days of the period).</li>
 * <li><b>미착수·검토중</b>: within the period, a target above zero and nothing achieved yet.</li>
 * <li><b>추진중·정상</b>: within the period and at or above the pace (even when the year's
 *     target is already reached: the year is still running, as seed 000 reports 2025).</li>
 * </ul>
 * 달성률 = actual ÷ target × 100 (one decimal; none for a zero target).
 *
 * <h2>A programme, as of D</h2>
 * The target years that have begun by D are "due". In this order:
 * <ol>
 * <li>D before the programme's first year: <b>미착수·시기미도래</b>.</li>
 * <li>No targets at all: <b>완료·종료</b> from the programme's last day, else <b>추진중·정상</b>.</li>
 * <li>No target due yet: <b>미착수·시기미도래</b>.</li>
 * <li>Nothing achieved in any due year: <b>미착수·검토중</b>.</li>
 * <li>A due year is 부진 (missed, or behind pace): <b>추진중·부진</b>.</li>
 * <li>D on or after the programme's last day: <b>완료·종료</b>.</li>
 * <li>A continuing (계속) programme on track: <b>완료·지속추진</b> — it is implemented and runs on.</li>
 * <li>A new (신규) programme on track: <b>추진중·정상</b>.</li>
 * </ol>
 * 이행률 = for each indicator, Σ min(actual, expected) ÷ Σ expected over its due years, where
 * expected is the target for a finished year and the pro-rata pace for the running one; the
 * programme's 이행률 is the mean over its indicators, in whole percent (half up). None when no
 * target is due. A person may override 이행구분 and 이행률 of a year, giving a reason.
 */
public final class ImplementationRules {

    private ImplementationRules() {
    }

    /** A programme's period and nature. */
    public record Period(int startYear, int endYear, int endMonth, ProgrammeNature nature) {

        public LocalDate startsOn() {
            return LocalDate.of(startYear, 1, 1);
        }

        public LocalDate endsOn() {
            return YearMonth.of(endYear, endMonth).atEndOfMonth();
        }
    }

    /** One indicator's target and actual for a year. */
    public record TargetYear(int year, long target, int untilMonth, long actual) {

        public LocalDate startsOn() {
            return LocalDate.of(year, 1, 1);
        }

        public LocalDate endsOn() {
            return YearMonth.of(year, untilMonth).atEndOfMonth();
        }
    }

    /** The outcome for a programme: its status and 이행률 (null when nothing is due). */
    public record Verdict(ImplementationStatus status, Integer rate) {
    }

    /** The expected achievement by {@code asOf}: the whole target once the year's period is over. */
    public static double expected(TargetYear t, LocalDate asOf) {
        if (asOf.isBefore(t.startsOn())) {
            return 0;
        }
        if (!asOf.isBefore(t.endsOn())) {
            return t.target();
        }
        long elapsed = ChronoUnit.DAYS.between(t.startsOn(), asOf) + 1;
        long days = ChronoUnit.DAYS.between(t.startsOn(), t.endsOn()) + 1;
        return t.target() * (double) elapsed / days;
    }

    public static ImplementationStatus ofYear(Period p, TargetYear t, LocalDate asOf) {
        if (asOf.isBefore(t.startsOn())) {
            return ImplementationStatus.NOT_STARTED_NOT_DUE;
        }
        if (!asOf.isBefore(t.endsOn())) {
            if (t.actual() >= t.target()) {
                return t.year() >= p.endYear() ? ImplementationStatus.COMPLETED_ENDED
                        : ImplementationStatus.COMPLETED_CONTINUING;
            }
            return ImplementationStatus.IN_PROGRESS_LAGGING;
        }
        if (t.actual() == 0 && t.target() > 0) {
            return ImplementationStatus.NOT_STARTED_REVIEWING;
        }
        return t.actual() + 1e-9 >= expected(t, asOf) ? ImplementationStatus.IN_PROGRESS_NORMAL
                : ImplementationStatus.IN_PROGRESS_LAGGING;
    }

    /** 달성률 in percent with one decimal, or null for a zero target. */
    public static BigDecimal achievementRate(long actual, long target) {
        if (target <= 0) {
            return null;
        }
        return BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    }

    /** @param indicators each indicator's target years (an indicator without targets may be left out) */
    public static Verdict ofProgramme(Period p, List<List<TargetYear>> indicators, LocalDate asOf) {
        if (asOf.isBefore(p.startsOn())) {
            return new Verdict(ImplementationStatus.NOT_STARTED_NOT_DUE, null);
        }
        List<List<TargetYear>> measured = indicators.stream().filter(l -> !l.isEmpty()).toList();
        if (measured.isEmpty()) {
            return new Verdict(!asOf.isBefore(p.endsOn()) ? ImplementationStatus.COMPLETED_ENDED
                    : ImplementationStatus.IN_PROGRESS_NORMAL, null);
        }
        List<TargetYear> due = measured.stream().flatMap(List::stream).filter(t -> !asOf.isBefore(t.startsOn())).toList();
        if (due.isEmpty()) {
            return new Verdict(ImplementationStatus.NOT_STARTED_NOT_DUE, null);
        }
        Integer rate = rate(measured, asOf);
        if (due.stream().allMatch(t -> t.actual() == 0)) {
            return new Verdict(ImplementationStatus.NOT_STARTED_REVIEWING, rate);
        }
        if (due.stream().anyMatch(t -> ofYear(p, t, asOf) == ImplementationStatus.IN_PROGRESS_LAGGING)) {
            return new Verdict(ImplementationStatus.IN_PROGRESS_LAGGING, rate);
        }
        if (!asOf.isBefore(p.endsOn())) {
            return new Verdict(ImplementationStatus.COMPLETED_ENDED, rate);
        }
        return new Verdict(p.nature() == ProgrammeNature.CONTINUING ? ImplementationStatus.COMPLETED_CONTINUING
                : ImplementationStatus.IN_PROGRESS_NORMAL, rate);
    }

    /** 이행률 as defined above, or null when no target with a positive expectation is due. */
    public static Integer rate(List<List<TargetYear>> indicators, LocalDate asOf) {
        double sum = 0;
        int counted = 0;
        for (List<TargetYear> years : indicators) {
            double expected = 0;
            double achieved = 0;
            for (TargetYear t : years) {
                double e = expected(t, asOf);
                expected += e;
                achieved += Math.min(t.actual(), e);
            }
            if (expected > 0) {
                sum += achieved / expected;
                counted++;
            }
        }
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum * 100 / counted).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
