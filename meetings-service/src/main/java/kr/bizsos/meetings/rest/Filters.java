package kr.bizsos.meetings.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.service.MeetingQueries.Filter;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;

/** Turns query parameters into a {@link Filter}, answering 400 naming the parameter when one is wrong. */
final class Filters {

    private Filters() {
    }

    static Filter of(String kind, String municipality, Integer year, Integer month, String status, Boolean regular,
            String from, String to, String text, String order) {
        if (kind != null && !kind.isBlank() && MeetingKind.findById(kind) == null) {
            throw ProblemException.invalid("kind", "알 수 없는 회의 종류입니다.");
        }
        Municipality where = blank(municipality) ? null : Municipality.parse(municipality)
                .filter(Municipality::isCityOrCounty)
                .orElseThrow(() -> ProblemException.invalid("municipality", "알 수 없는 시군입니다."));
        MeetingStatus state = null;
        if (!blank(status)) {
            try {
                state = MeetingStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "알 수 없는 회의 상태입니다. PLANNED, CONFIRMED, HELD, CANCELLED 중 하나여야 합니다.");
            }
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.invalid("year", "연도는 2000년부터 2100년 사이여야 합니다.");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw ProblemException.invalid("month", "월은 1부터 12 사이여야 합니다.");
        }
        if (month != null && year == null) {
            throw ProblemException.invalid("year", "월을 지정하려면 연도도 지정해 주세요.");
        }
        LocalDate start = date(from, "from");
        LocalDate endInclusive = date(to, "to");
        LocalDate end = endInclusive == null ? null : endInclusive.plusDays(1);
        if (year != null) {
            LocalDate periodStart = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
            LocalDate periodEnd = month == null ? periodStart.plusYears(1) : periodStart.plusMonths(1);
            start = start == null || periodStart.isAfter(start) ? periodStart : start;
            end = end == null || periodEnd.isBefore(end) ? periodEnd : end;
        }
        if (!blank(order) && !order.equals("asc") && !order.equals("desc")) {
            throw ProblemException.invalid("order", "정렬은 asc 또는 desc여야 합니다.");
        }
        return new Filter(blank(kind) ? null : kind, where, state, regular, start, end,
                blank(text) ? null : text.strip(), "asc".equals(order));
    }

    private static LocalDate date(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "날짜는 YYYY-MM-DD 형식이어야 합니다.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
