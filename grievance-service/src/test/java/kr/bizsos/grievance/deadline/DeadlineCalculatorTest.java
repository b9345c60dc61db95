package kr.bizsos.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kr.bizsos.grievance.GrievanceKind;
import org.junit.jupiter.api.Test;

/**
 * Deadlines as the 민원 처리에 관한 법률 counts them, across the published holidays
 * (2025: 설날 1.27–1.30 with the 임시공휴일, 추석 10.5–10.8 with its 대체공휴일, 개천절, 한글날;
 * 2026: 설날 2.16–2.18, 대체공휴일 3.2, 부처님 오신 날 5.24 + 대체 5.25, 지방선거 6.3, 추석 9.24–9.26,
 * 대체공휴일 10.5). Expected dates counted by hand on the official calendar.
 */
class DeadlineCalculatorTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final DeadlineCalculator calculator = new DeadlineCalculator(
            date -> OfficialHolidays.of(date.getYear()).containsKey(date));

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL);
    }

    private ZonedDateTime due(String received, GrievanceKind kind) {
        return calculator.due(at(received), LegalPeriod.of(kind));
    }

    // --- the hour rule: 기타 민원, 즉시 = 3 working hours ---

    @Test
    void hoursRunOutAfterTheLunarNewYear2026() {
        // Fri 16:30 → 1.5 h that day; weekend and 설날 (Mon–Wed) skipped; 1.5 h on Thu.
        assertThat(due("2026-02-13T16:30", GrievanceKind.OTHER)).isEqualTo(at("2026-02-19T10:30"));
    }

    @Test
    void hoursSkipChuseokAndTheHolidaysAroundIt2025() {
        // Thu 10.2 17:00 → 1 h; 개천절, weekend, 추석 + 대체공휴일, 한글날 skipped; 2 h on Fri 10.10.
        assertThat(due("2025-10-02T17:00", GrievanceKind.OTHER)).isEqualTo(at("2025-10-10T11:00"));
    }

    @Test
    void hoursSkipASubstituteHoliday() {
        // Fri 17:30 → 0.5 h; Mon 3.2 is 대체공휴일(3ㆍ1절); 2.5 h on Tue.
        assertThat(due("2026-02-27T17:30", GrievanceKind.OTHER)).isEqualTo(at("2026-03-03T11:30"));
    }

    @Test
    void aReceiptOnAHolidayStartsCountingAtTheNextOfficeOpening() {
        // 2025.1.28 is 설날 전날 (and 1.27 the 임시공휴일): counting starts Fri 1.31 09:00.
        assertThat(due("2025-01-28T10:00", GrievanceKind.OTHER)).isEqualTo(at("2025-01-31T12:00"));
    }

    @Test
    void lunchDoesNotCount() {
        assertThat(due("2026-11-20T11:00", GrievanceKind.OTHER)).isEqualTo(at("2026-11-20T15:00"));
    }

    // --- the day rule: first day included, end of office hours on the last day ---

    @Test
    void sevenDaysForAComplaintAcrossTheLunarNewYear2026() {
        assertThat(due("2026-02-13T10:00", GrievanceKind.COMPLAINT)).isEqualTo(at("2026-02-26T18:00"));
    }

    @Test
    void sevenDaysForAComplaintAcrossTheLunarNewYear2025() {
        assertThat(due("2025-01-24T15:00", GrievanceKind.COMPLAINT)).isEqualTo(at("2025-02-07T18:00"));
    }

    @Test
    void fourteenDaysForASuggestionAcrossChuseok2025() {
        assertThat(due("2025-09-30T15:00", GrievanceKind.SUGGESTION)).isEqualTo(at("2025-10-24T18:00"));
    }

    @Test
    void sevenDaysForAProcedureQuestionAcrossChuseok2026AndItsSubstituteHoliday() {
        assertThat(due("2026-09-23T09:00", GrievanceKind.PROCEDURE_QUESTION)).isEqualTo(at("2026-10-06T18:00"));
    }

    @Test
    void aSaturdayReceiptCountsFromTheNextWorkingDayAndSkipsElectionDay() {
        // Sat 5.23; 부처님 오신 날 (Sun) and its 대체공휴일 (Mon); 6.3 지방선거.
        assertThat(due("2026-05-23T10:00", GrievanceKind.COMPLAINT)).isEqualTo(at("2026-06-04T18:00"));
    }

    @Test
    void aLegalQuestionHasFourteenDays() {
        assertThat(LegalPeriod.of(GrievanceKind.LEGAL_QUESTION)).isEqualTo(new LegalPeriod(14, 0));
        assertThat(LegalPeriod.ofDays(5)).isEqualTo(LegalPeriod.ofHours(40));
    }

    @Test
    void oneExtensionMayAddAtMostTheSamePeriodAgain() {
        ZonedDateTime due = at("2026-02-26T18:00");
        assertThat(calculator.latestExtension(due, LegalPeriod.of(GrievanceKind.COMPLAINT)))
                .isEqualTo(at("2026-03-10T18:00"));
    }
}
