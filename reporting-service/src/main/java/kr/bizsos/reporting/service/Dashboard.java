package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.rest.DashboardView;
import kr.bizsos.reporting.service.GrievanceStats.Figures;
import kr.bizsos.reporting.service.GrievanceStats.Filter;

/** The SPA's home figures, within what the caller may see (a company: its own grievances, no KPIs). */
@ApplicationScoped
public class Dashboard {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final GrievanceStats grievances;
    private final Kpis kpis;

    Dashboard(GrievanceStats grievances, Kpis kpis) {
        this.grievances = grievances;
        this.kpis = kpis;
    }

    public DashboardView forYear(Actor actor, Integer requestedYear) {
        OffsetDateTime now = OffsetDateTime.now(SEOUL);
        int year = requestedYear == null ? now.getYear() : requestedYear;
        Figures f = grievances.totals(actor, year, null, Filter.none());
        boolean staff = actor.is(Roles.ADMIN) || actor.is(Roles.COORDINATOR) || actor.is(Roles.OFFICER);
        return new DashboardView(now, year, f.received(), f.answered(), f.closed(), f.overdueNow(),
                f.medianHandlingDays(), f.answeredWithinDeadlineRate(), f.satisfactionAverage(), f.ratedCount(),
                grievances.trend(actor, year, year, Filter.none()), staff ? kpis.cards(year, null) : List.of());
    }
}
