package kr.bizsos.grievance.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * Counts legal periods the way the law does: Saturdays, Sundays and public holidays never count;
 * office hours are 09:00–18:00 with lunch 12:00–13:00 (eight hours a day); a period in days ends
 * when office hours end on its last day.
 */
public final class DeadlineCalculator {

    public static final LocalTime OPEN = LocalTime.of(9, 0);
    public static final LocalTime LUNCH_START = LocalTime.of(12, 0);
    public static final LocalTime LUNCH_END = LocalTime.of(13, 0);
    public static final LocalTime CLOSE = LocalTime.of(18, 0);

    private final Predicate<LocalDate> holiday;

    /** @param holiday true for a public holiday (weekends are known here) */
    public DeadlineCalculator(Predicate<LocalDate> holiday) {
        this.holiday = holiday;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holiday.test(date);
    }

    public ZonedDateTime due(ZonedDateTime receivedAt, LegalPeriod period) {
        return period.inHours() ? plusWorkingHours(receivedAt, period.hours())
                : endOfWorkingDay(receivedAt.toLocalDate(), period.days(), receivedAt);
    }

    /** The latest a single extension may reach: the same period again, counted after the current deadline. */
    public ZonedDateTime latestExtension(ZonedDateTime currentDue, LegalPeriod period) {
        return period.inHours() ? plusWorkingHours(currentDue, period.hours())
                : endOfWorkingDay(currentDue.toLocalDate().plusDays(1), period.days(), currentDue);
    }

    /** The end of office hours on the n-th working day counted from {@code first} (included). */
    private ZonedDateTime endOfWorkingDay(LocalDate first, int days, ZonedDateTime zoneOf) {
        LocalDate day = first;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == days) {
                return day.atTime(CLOSE).atZone(zoneOf.getZone());
            }
            day = day.plusDays(1);
        }
    }

    ZonedDateTime plusWorkingHours(ZonedDateTime from, int hours) {
        long remaining = hours * 60L;
        ZonedDateTime t = from;
        while (true) {
            t = nextWorkingMoment(t);
            ZonedDateTime segmentEnd = t.toLocalTime().isBefore(LUNCH_START)
                    ? t.with(LUNCH_START) : t.with(CLOSE);
            long available = ChronoUnit.MINUTES.between(t, segmentEnd);
            if (remaining <= available) {
                return t.plusMinutes(remaining);
            }
            remaining -= available;
            t = segmentEnd;
        }
    }

    /** {@code t} itself if it is in office hours, else the next moment that is. */
    private ZonedDateTime nextWorkingMoment(ZonedDateTime t) {
        ZonedDateTime moment = t.truncatedTo(ChronoUnit.MINUTES);
        while (true) {
            LocalTime time = moment.toLocalTime();
            if (!isWorkingDay(moment.toLocalDate()) || !time.isBefore(CLOSE)) {
                moment = moment.toLocalDate().plusDays(1).atTime(OPEN).atZone(moment.getZone());
            } else if (time.isBefore(OPEN)) {
                return moment.with(OPEN);
            } else if (!time.isBefore(LUNCH_START) && time.isBefore(LUNCH_END)) {
                return moment.with(LUNCH_END);
            } else {
                return moment;
            }
        }
    }
}
