package kr.bizsos.grievance.deadline;

import java.time.LocalDate;

/** A day off for public offices, and where we know it from. */
public record Holiday(LocalDate date, String name, Source source) {

    public enum Source {
        /** The government's published calendar (월력요항, 관보). */
        OFFICIAL,
        /** Computed by the rules, for a year not yet published. */
        COMPUTED,
        /** An 임시공휴일 an ADMIN added. */
        ADMIN
    }
}
