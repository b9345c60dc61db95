package kr.bizsos.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rules that compute unpublished years must reproduce the years the government published. */
class ComputedHolidaysTest {

    /** What no rule can know: elections and one-off 임시공휴일. */
    private static boolean computable(String name) {
        return !name.contains("임시공휴일") && !name.contains("선거");
    }

    private static Map<LocalDate, String> official(int year) {
        return OfficialHolidays.of(year).entrySet().stream().filter(e -> computable(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027})
    void computedDaysMatchThePublishedCalendarForYearsUnderTodaysRules(int year) {
        NavigableMap<LocalDate, String> computed = ComputedHolidays.of(year);
        assertThat(computed.keySet()).containsExactlyElementsOf(official(year).keySet());
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void beforeTheTwoNewHolidaysOf2026TheRestMatchesToo(int year) {
        Map<LocalDate, String> computed = ComputedHolidays.of(year).entrySet().stream()
                .filter(e -> !e.getValue().contains("노동절") && !e.getValue().contains("제헌절"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(computed.keySet()).containsExactlyElementsOf(official(year).keySet());
    }

    @Test
    void lunarNewYearAndChuseokComeFromTheKoreanLunarCalendar() {
        assertThat(ComputedHolidays.lunarToSolar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(ComputedHolidays.lunarToSolar(2026, 8, 15)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(ComputedHolidays.lunarToSolar(2030, 1, 1)).isEqualTo(LocalDate.of(2030, 2, 3));
    }
}
