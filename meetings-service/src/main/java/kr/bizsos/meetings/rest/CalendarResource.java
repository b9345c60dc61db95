package kr.bizsos.meetings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.service.CalendarExport;
import kr.bizsos.meetings.service.MeetingQueries;
import kr.bizsos.meetings.service.MeetingQueries.Filter;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/calendar.ics")
@Tag(name = "일정", description = "iCalendar (RFC 5545) 내보내기")
public class CalendarResource {

    /** A feed holds at most this many meetings, the nearest to now by start. */
    static final int MAX_EVENTS = 2000;

    private final MeetingQueries queries;
    private final CalendarExport calendar;
    private final Actor actor;

    CalendarResource(MeetingQueries queries, CalendarExport calendar, Actor actor) {
        this.queries = queries;
        this.calendar = calendar;
        this.actor = actor;
    }

    @GET
    @Transactional
    @Produces(CalendarExport.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "회의 일정 피드 (iCalendar)", description = "볼 수 있는 회의를 종류·시군·연도로 걸러 iCalendar로 내보냅니다. 취소된 회의는 STATUS:CANCELLED로 남습니다.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "400", description = "알 수 없는 종류나 시군", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "로그인 필요")
    public Response feed(@Parameter(description = "회의 종류 코드") @QueryParam("kind") String kind,
            @Parameter(description = "개최 시군 코드") @QueryParam("municipality") String municipality,
            @QueryParam("year") Integer year) {
        Filter filter = Filters.of(kind, municipality, year, null, null, null, null, null, null, "desc");
        List<Meeting> meetings = queries.list(actor, filter, 0, MAX_EVENTS).list();
        return Response.ok(calendar.write(name(filter), meetings), CalendarExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bizsos-meetings.ics\"").build();
    }

    private static String name(Filter filter) {
        StringBuilder name = new StringBuilder("기업SOS 회의");
        if (filter.kind() != null) {
            name.append(" · ").append(MeetingKind.<MeetingKind>findById(filter.kind()).name);
        }
        if (filter.municipality() != null) {
            Municipality m = filter.municipality();
            name.append(" · ").append(m.officialName());
        }
        return name.toString();
    }
}
