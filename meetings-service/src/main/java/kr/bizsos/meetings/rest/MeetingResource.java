package kr.bizsos.meetings.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.service.CalendarExport;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.meetings.service.MeetingAccess;
import kr.bizsos.meetings.service.MeetingQueries;
import kr.bizsos.meetings.service.MeetingService;
import kr.bizsos.meetings.service.Requests.CancelMeeting;
import kr.bizsos.meetings.service.Requests.HoldMeeting;
import kr.bizsos.meetings.service.Requests.PlanMeeting;
import kr.bizsos.meetings.service.Requests.RecordAttendance;
import kr.bizsos.meetings.service.Requests.RecordMinutes;
import kr.bizsos.meetings.service.Requests.UpdateMeeting;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings")
@Tag(name = "회의", description = "간담회·현장전략회의·현장방문의 계획, 확정, 개최, 취소, 회의록")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService service;
    private final MeetingQueries queries;
    private final MeetingViews views;
    private final MeetingAccess access;
    private final CalendarExport calendar;
    private final Actor actor;

    MeetingResource(MeetingService service, MeetingQueries queries, MeetingViews views, MeetingAccess access,
            CalendarExport calendar, Actor actor) {
        this.service = service;
        this.queries = queries;
        this.views = views;
        this.access = access;
        this.calendar = calendar;
        this.actor = actor;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "회의 목록", description = "종류·시군·연도·월·상태·정례 여부·기간·검색어로 거릅니다. 기업은 공개 회의와 초청·신청한 회의만 봅니다.")
    @APIResponse(responseCode = "200", description = "한 페이지의 목록 (시작 일시 내림차순; order=asc로 오름차순)")
    @APIResponse(responseCode = "400", description = "알 수 없는 필터 값", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "로그인 필요")
    public PageView<MeetingView> list(
            @Parameter(description = "회의 종류 코드") @QueryParam("kind") String kind,
            @Parameter(description = "개최 시군 코드, 예: CHUNCHEON") @QueryParam("municipality") String municipality,
            @QueryParam("year") Integer year,
            @Parameter(description = "월 (1–12, 연도와 함께)") @QueryParam("month") Integer month,
            @Parameter(description = "PLANNED, CONFIRMED, HELD, CANCELLED") @QueryParam("status") String status,
            @Parameter(description = "정례 회의만(true) 또는 필요시 회의만(false)") @QueryParam("regular") Boolean regular,
            @Parameter(description = "이 날부터 (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "이 날까지 (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "회의명·장소 검색어") @QueryParam("q") String text,
            @Parameter(description = "asc 또는 desc (기본)") @QueryParam("order") String order,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "페이지는 0 이상이어야 합니다.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "페이지 크기는 1 이상이어야 합니다.")
            @Max(value = 200, message = "페이지 크기는 200 이하여야 합니다.") int size) {
        PanacheQuery<Meeting> query = queries.list(actor,
                Filters.of(kind, municipality, year, month, status, regular, from, to, text, order), page, size);
        return views.page(actor, query, page, size);
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의 계획 등록", description = "종류, 일시, 시군과 장소, 주관, 초청 부서·유관기관·기업을 정해 '계획' 상태로 등록합니다. 소관부서 담당자는 자기 부서 주관 회의만 등록합니다.")
    @APIResponse(responseCode = "201", description = "등록됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류 (필드 이름 포함)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "로그인 필요")
    @APIResponse(responseCode = "403", description = "권한 없음")
    public Response plan(@NotNull(message = "요청 본문이 필요합니다.") @Valid PlanMeeting request, UriInfo uri) {
        Meeting meeting = service.plan(actor, request);
        return Response.created(uri.getAbsolutePathBuilder().path(meeting.id.toString()).build())
                .entity(views.full(actor, meeting)).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "회의 상세", description = "참석자(연락처는 가려짐), 안건, 회의록, 건의·질의사항과 그 처리 상황을 포함합니다.")
    @APIResponse(responseCode = "200", description = "회의")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView get(@PathParam("id") UUID id) {
        return views.full(actor, access.visible(actor, id));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의 정보 변경", description = "보낸 항목만 바꿉니다. 개최된 회의의 종류·일시·시군·주관·사업은 바꿀 수 없고, 취소된 회의는 바꿀 수 없습니다.")
    @APIResponse(responseCode = "200", description = "변경된 회의")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "취소되었거나 개최된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView update(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid UpdateMeeting request) {
        return views.full(actor, service.update(actor, id, request));
    }

    @POST
    @Path("{id}/confirm")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의 확정", description = "계획 → 확정")
    @APIResponse(responseCode = "200", description = "확정된 회의")
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "계획 상태가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView confirm(@PathParam("id") UUID id) {
        return views.full(actor, service.confirm(actor, id));
    }

    @POST
    @Path("{id}/hold")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "개최 기록", description = "확정 → 개최. 회의일 당일부터 기록할 수 있습니다. 출석(적지 않은 참석자는 참석으로 기록), 회의록, 건의·질의사항을 함께 보낼 수 있습니다.")
    @APIResponse(responseCode = "200", description = "개최된 회의")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "확정 상태가 아니거나 회의일 전", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView hold(@PathParam("id") UUID id, @Valid HoldMeeting request) {
        return views.full(actor, service.hold(actor, id, request));
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의 취소", description = "계획·확정 → 취소. 취소 사유(reason)가 필요합니다.")
    @APIResponse(responseCode = "200", description = "취소된 회의")
    @APIResponse(responseCode = "400", description = "취소 사유 없음", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "이미 개최되었거나 취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView cancel(@PathParam("id") UUID id, @Valid CancelMeeting request) {
        return views.full(actor, service.cancel(actor, id, request));
    }

    public record MinutesView(UUID meetingId, String status, String agenda, String minutes, String outcomes,
            OffsetDateTime recordedAt, String recordedBy) {
    }

    @GET
    @Path("{id}/minutes")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "안건과 회의록")
    @APIResponse(responseCode = "200", description = "안건, 회의록, 결과(후속조치)")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MinutesView minutes(@PathParam("id") UUID id) {
        return minutesOf(access.visible(actor, id));
    }

    @PUT
    @Path("{id}/minutes")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의록 기록", description = "개최된 회의에만 기록할 수 있습니다.")
    @APIResponse(responseCode = "200", description = "기록된 회의록")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "개최되지 않은 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MinutesView recordMinutes(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid RecordMinutes request) {
        return minutesOf(service.recordMinutes(actor, id, request));
    }

    private static MinutesView minutesOf(Meeting m) {
        return new MinutesView(m.id, m.status.name(), m.agenda, m.minutes, m.outcomes,
                Clock.seoul(m.minutesRecordedAt), m.minutesRecordedBy);
    }

    @PUT
    @Path("{id}/attendance")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "출석 기록 정정", description = "개최된 회의의 참석자별 출석 여부를 고치고, 바뀐 집계를 알립니다.")
    @APIResponse(responseCode = "200", description = "회의 (출석 집계 포함)")
    @APIResponse(responseCode = "400", description = "이 회의의 참석자가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "개최되지 않은 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingView recordAttendance(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid RecordAttendance request) {
        return views.full(actor, service.recordAttendance(actor, id, request));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Transactional
    @Produces(CalendarExport.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "회의 일정 내려받기 (iCalendar)", description = "RFC 5545 iCalendar 파일; 달력 프로그램에서 가져올 수 있습니다.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response calendar(@PathParam("id") UUID id) {
        Meeting meeting = access.visible(actor, id);
        return Response.ok(calendar.write(meeting.title, List.of(meeting)), CalendarExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"meeting-" + meeting.id + ".ics\"").build();
    }
}
