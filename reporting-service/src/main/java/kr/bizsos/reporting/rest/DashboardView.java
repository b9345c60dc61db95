package kr.bizsos.reporting.rest;

import java.time.OffsetDateTime;

/** The figures on the dashboard's KPI cards: grievances received, answered and closed in a year. */
public record DashboardView(OffsetDateTime asOf, int year, long received, long answered, long closed) {
}
