package kr.bizsos.reporting.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import kr.bizsos.reporting.service.GrievanceStats.PeriodCount;
import kr.bizsos.reporting.service.Kpis.Card;

/**
 * The figures on the dashboard: grievances received, answered and closed in a year (each in the
 * year it happened), how they were handled, per quarter, and — for staff — the KPI cards.
 * The first five fields are the original contract and keep their names.
 */
public record DashboardView(OffsetDateTime asOf, int year, long received, long answered, long closed,
        long overdueNow, Double medianHandlingDays, BigDecimal answeredWithinDeadlineRate,
        BigDecimal satisfactionAverage, long ratedCount, List<PeriodCount> byQuarter, List<Card> kpis) {
}
