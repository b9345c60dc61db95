package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The service's notion of now, in Asia/Seoul; one place to read time from. */
@ApplicationScoped
public class Clock {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public OffsetDateTime now() {
        return OffsetDateTime.now(SEOUL);
    }

    public LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    /** The same instant with the Asia/Seoul offset, as the API shows every time. */
    public static OffsetDateTime seoul(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(SEOUL).toOffsetDateTime();
    }

    /** The calendar date in Asia/Seoul of an instant. */
    public static LocalDate seoulDate(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(SEOUL).toLocalDate();
    }

    /** Midnight in Asia/Seoul at the start of {@code date}. */
    public static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(SEOUL).toOffsetDateTime();
    }
}
