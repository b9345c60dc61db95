package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.rest.ProgrammeViews.ActualView;
import kr.bizsos.reporting.rest.ProgrammeViews.IndicatorView;
import kr.bizsos.reporting.rest.ProgrammeViews.OverrideView;
import kr.bizsos.reporting.rest.ProgrammeViews.ProgrammeSummary;
import kr.bizsos.reporting.rest.ProgrammeViews.ProgrammeView;
import kr.bizsos.reporting.service.ProgrammeFigures;
import kr.bizsos.reporting.service.ProgrammeFigures.Figures;
import kr.bizsos.reporting.service.Programmes;
import kr.bizsos.reporting.service.Requests.ActualRequest;
import kr.bizsos.reporting.service.Requests.IndicatorRequest;
import kr.bizsos.reporting.service.Requests.OverrideRequest;
import kr.bizsos.reporting.service.Requests.ProgrammeRequest;
import kr.bizsos.reporting.service.Requests.TargetsRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/programmes")
@Tag(name = "사업", description = "사업(공약사업), 지표, 연차별 목표, 실적, 이행구분")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
public class ProgrammeResource {

    private final Programmes programmes;
    private final ProgrammeFigures figures;
    private final Actor actor;

    ProgrammeResource(Programmes programmes, ProgrammeFigures figures, Actor actor) {
        this.programmes = programmes;
        this.figures = figures;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "사업 목록", description = "오늘 기준 이행구분과 이행률을 함께 돌려줍니다. 담당자(ADMIN·COORDINATOR·OFFICER)만 봅니다.")
    @APIResponse(responseCode = "200", description = "사업 목록")
    @APIResponse(responseCode = "403", description = "기업 사용자는 볼 수 없음")
    public List<ProgrammeSummary> list() {
        LocalDate today = ProgrammeFigures.today();
        return programmes.list().stream().map(p -> {
            Figures f = figures.of(p, today);
            return new ProgrammeSummary(p.id, p.code, p.name, p.department, p.nature.name(), p.nature.label(),
                    p.startYear, p.endYear, p.endMonth, (int) Indicator.count("programmeId", p.id),
                    f.verdict().status(), f.verdict().rate(), f.verdict().overridden());
        }).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "사업 등록", description = "지표(산출 방식과 연차별 목표 포함)를 함께 등록할 수 있습니다. 목표 연도는 사업기간 안이어야 합니다.")
    @APIResponse(responseCode = "201", description = "등록됨; Location 헤더에 주소")
    @APIResponse(responseCode = "400", description = "입력값 오류(필드 이름 포함)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@NotNull(message = "요청 본문이 필요합니다.") @Valid ProgrammeRequest request, UriInfo uri) {
        Programme programme = programmes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
                .entity(ProgrammeView.of(programme)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "사업 상세", description = "지표, 산출 방식, 연차별 목표, 직접 입력한 실적, 이행구분 직접 지정 내역")
    @APIResponse(responseCode = "200", description = "사업")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProgrammeView get(@PathParam("id") UUID id) {
        return ProgrammeView.of(programmes.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "사업 수정", description = "개요 항목을 바꿉니다. 지표는 /indicators에서 고칩니다.")
    @APIResponse(responseCode = "200", description = "수정된 사업")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProgrammeView update(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid ProgrammeRequest request) {
        return ProgrammeView.of(programmes.update(id, request));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "사업 삭제", description = "지표, 목표, 예산, 소통 실적, 성과를 함께 지웁니다. 관리자만.")
    @APIResponse(responseCode = "204", description = "삭제됨")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void delete(@PathParam("id") UUID id) {
        programmes.delete(id);
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "지표 추가", description = "산출 방식(source)은 데이터로 선언합니다: MEETINGS_HELD(meetingKinds, regularOnly, programmeLinked, municipalities), "
            + "GRIEVANCES_HANDLED(statuses, kinds, categories, departments, municipalities), GRIEVANCES_RECEIVED, MANUAL.")
    @APIResponse(responseCode = "201", description = "추가된 지표")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addIndicator(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid IndicatorRequest request, UriInfo uri) {
        Indicator indicator = programmes.addIndicator(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(indicator.id.toString()).build())
                .entity(IndicatorView.of(indicator)).build();
    }

    @PUT
    @Path("{id}/indicators/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "지표 수정", description = "targets를 보내면 연차별 목표도 바꿉니다.")
    @APIResponse(responseCode = "200", description = "수정된 지표")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업 또는 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public IndicatorView updateIndicator(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid IndicatorRequest request) {
        return IndicatorView.of(programmes.updateIndicator(id, indicatorId, request));
    }

    @DELETE
    @Path("{id}/indicators/{indicatorId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "지표 삭제")
    @APIResponse(responseCode = "204", description = "삭제됨")
    @APIResponse(responseCode = "404", description = "없는 사업 또는 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteIndicator(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId) {
        programmes.deleteIndicator(id, indicatorId);
    }

    @PUT
    @Path("{id}/indicators/{indicatorId}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "연차별 목표 바꾸기", description = "목록 전체로 바꿉니다. untilMonth로 일부 연도 목표(예: 2026년 6월)를 나타냅니다.")
    @APIResponse(responseCode = "200", description = "지표")
    @APIResponse(responseCode = "400", description = "사업기간 밖의 연도, 음수 등", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업 또는 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public IndicatorView replaceTargets(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid TargetsRequest request) {
        return IndicatorView.of(programmes.replaceTargets(id, indicatorId, request.targets()));
    }

    @PUT
    @Path("{id}/indicators/{indicatorId}/actuals/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "실적 직접 입력", description = "산출 방식이 MANUAL인 지표의 한 해 실적. 자동 산출 지표에는 409.")
    @APIResponse(responseCode = "200", description = "입력된 실적")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업 또는 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "자동 산출 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ActualView setActual(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("year") int year, @NotNull(message = "요청 본문이 필요합니다.") @Valid ActualRequest request) {
        return ActualView.of(programmes.setActual(id, indicatorId, year, request, actor.username()));
    }

    @DELETE
    @Path("{id}/indicators/{indicatorId}/actuals/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "직접 입력한 실적 지우기")
    @APIResponse(responseCode = "204", description = "지워짐")
    @APIResponse(responseCode = "404", description = "없는 사업 또는 지표", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteActual(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("year") int year) {
        programmes.deleteActual(id, indicatorId, year);
    }

    @GET
    @Path("{id}/status")
    @Operation(summary = "목표 대비 실적과 이행구분",
            description = "지표·연도별 목표, 실적, 달성률, 이행구분과 사업의 이행구분·이행률. quarter가 있으면 그 분기 말(진행 중이면 오늘) 기준, 없으면 그 해 말 기준.")
    @APIResponse(responseCode = "200", description = "현황")
    @APIResponse(responseCode = "400", description = "연도·분기 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Figures status(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter) {
        Programme programme = programmes.find(id);
        int y = Periods.year(year);
        Integer q = Periods.quarterOrNull(quarter);
        return figures.of(programme, q == null ? ProgrammeFigures.asOfYear(y) : ProgrammeFigures.asOfQuarter(y, q));
    }

    @PUT
    @Path("{id}/status-overrides/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "이행구분 직접 지정", description = "규칙으로 정한 이행구분(과 이행률)을 그 해에 한해 바꿉니다. 사유가 반드시 필요합니다.")
    @APIResponse(responseCode = "200", description = "지정 내역")
    @APIResponse(responseCode = "400", description = "사유 없음, 사업기간 밖의 연도 등", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OverrideView override(@PathParam("id") UUID id, @PathParam("year") int year,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid OverrideRequest request) {
        return OverrideView.of(programmes.override(id, year, request, actor.username()));
    }

    @DELETE
    @Path("{id}/status-overrides/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "이행구분 직접 지정 취소", description = "다시 규칙으로 정한 이행구분을 씁니다.")
    @APIResponse(responseCode = "204", description = "취소됨")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void clearOverride(@PathParam("id") UUID id, @PathParam("year") int year) {
        programmes.clearOverride(id, year);
    }
}
