package kr.bizsos.reporting.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import kr.bizsos.platform.problem.ProblemException;

/** Checks the year and quarter of a request; absent ones mean the current year and quarter in Asia/Seoul. */
final class Periods {

    private Periods() {
    }

    static int year(Integer year) {
        if (year == null) {
            return LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "연도는 2000~2100년입니다.");
        }
        return year;
    }

    static Integer quarterOrNull(Integer quarter) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw ProblemException.invalid("quarter", "분기는 1~4입니다.");
        }
        return quarter;
    }

    static int quarter(Integer quarter) {
        Integer q = quarterOrNull(quarter);
        return q != null ? q : (LocalDate.now(ZoneId.of("Asia/Seoul")).getMonthValue() - 1) / 3 + 1;
    }

    static String code(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 60) {
            throw ProblemException.invalid(field, "60자 이내의 코드여야 합니다.");
        }
        return value.strip();
    }
}
