package kr.bizsos.reporting.service;

import static kr.bizsos.reporting.ImplementationStatus.COMPLETED_CONTINUING;
import static kr.bizsos.reporting.ImplementationStatus.COMPLETED_ENDED;
import static kr.bizsos.reporting.ImplementationStatus.IN_PROGRESS_LAGGING;
import static kr.bizsos.reporting.ImplementationStatus.IN_PROGRESS_NORMAL;
import static kr.bizsos.reporting.ImplementationStatus.NOT_STARTED_NOT_DUE;
import static kr.bizsos.reporting.ImplementationStatus.NOT_STARTED_REVIEWING;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kr.bizsos.reporting.ProgrammeNature;
import kr.bizsos.reporting.service.ImplementationRules.Period;
import kr.bizsos.reporting.service.ImplementationRules.TargetYear;
import kr.bizsos.reporting.service.ImplementationRules.Verdict;
import org.junit.jupiter.api.Test;

class ImplementationRulesTest {

    private static final Period SEED_000 = new Period(2023, 2026, 12, ProgrammeNature.CONTINUING);
    private static final Period SEED_003 = new Period(2022, 2026, 6, ProgrammeNature.CONTINUING);

    @Test
    void seed000sYearsReadCompletedCompletedInProgressInTheFirstQuarterOf2025() {
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        assertThat(ImplementationRules.ofYear(SEED_000, new TargetYear(2023, 4, 12, 9), asOf)).isEqualTo(COMPLETED_CONTINUING);
        assertThat(ImplementationRules.ofYear(SEED_000, new TargetYear(2024, 4, 12, 7), asOf)).isEqualTo(COMPLETED_CONTINUING);
        assertThat(ImplementationRules.ofYear(SEED_000, new TargetYear(2025, 4, 12, 5), asOf)).isEqualTo(IN_PROGRESS_NORMAL);
    }

    @Test
    void seed003IsCompletedAndContinuingAtOneHundredPercentInTheThirdQuarterOf2024() {
        // 2023: 62 of 60; 2024: 50 handled by 30 September, the pace is 65 × 274/366 = 48.7.
        Verdict verdict = ImplementationRules.ofProgramme(SEED_003,
                List.of(List.of(new TargetYear(2023, 60, 12, 62), new TargetYear(2024, 65, 12, 50),
                        new TargetYear(2025, 70, 12, 0), new TargetYear(2026, 75, 6, 0))),
                LocalDate.of(2024, 9, 30));
        assertThat(verdict.status()).isEqualTo(COMPLETED_CONTINUING);
        assertThat(verdict.rate()).isEqualTo(100);
    }

    @Test
    void aYearNotBegunIsNotYetDue() {
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2025, 70, 12, 0), LocalDate.of(2024, 9, 30)))
                .isEqualTo(NOT_STARTED_NOT_DUE);
    }

    @Test
    void aFinishedYearThatMissedItsTargetIsLagging() {
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2023, 60, 12, 59), LocalDate.of(2024, 1, 1)))
                .isEqualTo(IN_PROGRESS_LAGGING);
    }

    @Test
    void theLastYearMetEndsTheProgramme() {
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2026, 75, 6, 80), LocalDate.of(2026, 7, 1)))
                .isEqualTo(COMPLETED_ENDED);
    }

    @Test
    void aRunningYearBelowThePaceIsLaggingAndAtThePaceIsNormal() {
        // Half of 2024 (a leap year) has passed on 30 June: 182 of 366 days, pace 65 × 182/366 = 32.3.
        LocalDate midYear = LocalDate.of(2024, 6, 30);
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2024, 65, 12, 32), midYear)).isEqualTo(IN_PROGRESS_LAGGING);
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2024, 65, 12, 33), midYear)).isEqualTo(IN_PROGRESS_NORMAL);
    }

    @Test
    void aRunningYearWithNothingDoneIsUnderReview() {
        assertThat(ImplementationRules.ofYear(SEED_003, new TargetYear(2024, 65, 12, 0), LocalDate.of(2024, 1, 10)))
                .isEqualTo(NOT_STARTED_REVIEWING);
    }

    @Test
    void aPartYearTargetIsDueByTheEndOfItsMonth() {
        TargetYear june = new TargetYear(2026, 75, 6, 40);
        assertThat(ImplementationRules.expected(june, LocalDate.of(2026, 6, 30))).isEqualTo(75.0);
        assertThat(ImplementationRules.ofYear(SEED_003, june, LocalDate.of(2026, 7, 1))).isEqualTo(IN_PROGRESS_LAGGING);
    }

    @Test
    void aProgrammeBeforeItsStartIsNotYetDueAndWithoutAnyActualIsUnderReview() {
        assertThat(ImplementationRules.ofProgramme(SEED_000, List.of(List.of(new TargetYear(2023, 4, 12, 0))),
                LocalDate.of(2022, 12, 31)).status()).isEqualTo(NOT_STARTED_NOT_DUE);
        assertThat(ImplementationRules.ofProgramme(SEED_000, List.of(List.of(new TargetYear(2023, 4, 12, 0))),
                LocalDate.of(2023, 2, 1)).status()).isEqualTo(NOT_STARTED_REVIEWING);
    }

    @Test
    void aMissedYearMakesTheProgrammeLaggingAndLowersItsRate() {
        Verdict verdict = ImplementationRules.ofProgramme(SEED_000,
                List.of(List.of(new TargetYear(2023, 4, 12, 3), new TargetYear(2024, 4, 12, 4))), LocalDate.of(2024, 12, 31));
        assertThat(verdict.status()).isEqualTo(IN_PROGRESS_LAGGING);
        assertThat(verdict.rate()).isEqualTo(88); // (3 + 4) / (4 + 4) = 87.5 → 88
    }

    @Test
    void aNewProgrammeOnTrackIsInProgressAndAContinuingOneIsCompletedAndContinuing() {
        List<List<TargetYear>> years = List.of(List.of(new TargetYear(2024, 4, 12, 4)));
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        assertThat(ImplementationRules.ofProgramme(new Period(2024, 2025, 12, ProgrammeNature.NEW), years, asOf).status())
                .isEqualTo(IN_PROGRESS_NORMAL);
        assertThat(ImplementationRules.ofProgramme(new Period(2024, 2025, 12, ProgrammeNature.CONTINUING), years, asOf).status())
                .isEqualTo(COMPLETED_CONTINUING);
    }

    @Test
    void aProgrammePastItsEndWithEveryTargetMetIsEnded() {
        assertThat(ImplementationRules.ofProgramme(new Period(2023, 2024, 12, ProgrammeNature.NEW),
                List.of(List.of(new TargetYear(2023, 4, 12, 4), new TargetYear(2024, 4, 12, 5))),
                LocalDate.of(2025, 1, 1)).status()).isEqualTo(COMPLETED_ENDED);
    }

    @Test
    void aProgrammeWithoutTargetsFollowsItsPeriodAndHasNoRate() {
        Verdict running = ImplementationRules.ofProgramme(SEED_003, List.of(List.of()), LocalDate.of(2024, 5, 1));
        assertThat(running.status()).isEqualTo(IN_PROGRESS_NORMAL);
        assertThat(running.rate()).isNull();
        assertThat(ImplementationRules.ofProgramme(SEED_003, List.of(), LocalDate.of(2026, 7, 1)).status())
                .isEqualTo(COMPLETED_ENDED);
    }

    @Test
    void theAchievementRateHasOneDecimalAndNoneForAZeroTarget() {
        assertThat(ImplementationRules.achievementRate(10, 4)).isEqualByComparingTo(new BigDecimal("250.0"));
        assertThat(ImplementationRules.achievementRate(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(ImplementationRules.achievementRate(2, 0)).isNull();
    }
}
