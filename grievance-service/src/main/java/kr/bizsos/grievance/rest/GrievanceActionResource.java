package kr.bizsos.grievance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.grievance.service.Commands;
import kr.bizsos.grievance.service.GrievancePolicy;
import kr.bizsos.grievance.service.GrievanceWorkflow;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lifecycle's actions; each answers the grievance as it is afterwards. */
@Path("/api/grievances/{id}")
@Tag(name = "기업애로 처리", description = "배정, 처리, 이송, 연장, 협조, 답변, 만족도, 종결, 재개")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPANY, Roles.COORDINATOR, Roles.ADMIN, Roles.OFFICER})
@APIResponse(responseCode = "200", description = "변경된 기업애로")
@APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "이 작업을 할 권한이 없음", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "404", description = "없거나 볼 수 없는 기업애로", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "409", description = "현재 상태에서 할 수 없는 작업", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class GrievanceActionResource {

    private final GrievanceWorkflow workflow;
    private final GrievancePolicy policy;
    private final Clock clock;
    private final Actor actor;

    GrievanceActionResource(GrievanceWorkflow workflow, GrievancePolicy policy, Clock clock, Actor actor) {
        this.workflow = workflow;
        this.policy = policy;
        this.clock = clock;
        this.actor = actor;
    }

    @POST
    @Path("assign")
    @Transactional
    @Operation(summary = "소관부서 배정", description = "주관부서와 협조부서(원스톱 처리)를 지정합니다. 기업지원과(COORDINATOR)·관리자.")
    public GrievanceView assign(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Assign cmd) {
        return view(workflow.assign(id, cmd, actor));
    }

    @POST
    @Path("start")
    @Transactional
    @Operation(summary = "처리 시작")
    public GrievanceView start(@PathParam("id") UUID id, @Valid Commands.Start cmd) {
        return view(workflow.start(id, cmd, actor));
    }

    @POST
    @Path("transfer")
    @Transactional
    @Operation(summary = "이송", description = "다른 부서나 외부 기관으로 이송합니다. 사유가 필요하며 기업에 통지됩니다.")
    public GrievanceView transfer(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Transfer cmd) {
        return view(workflow.transfer(id, cmd, actor));
    }

    @POST
    @Path("extend")
    @Transactional
    @Operation(summary = "처리기간 연장", description = "원래 처리기간 이내에서 한 차례, 그 뒤로는 기업의 동의가 있을 때만 연장합니다.")
    public GrievanceView extend(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Extend cmd) {
        return view(workflow.extend(id, cmd, actor));
    }

    @POST
    @Path("contributions")
    @Transactional
    @Operation(summary = "협조부서 의견 등록")
    public GrievanceView contribute(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Contribute cmd) {
        return view(workflow.contribute(id, cmd, actor));
    }

    @POST
    @Path("answer")
    @Transactional
    @Operation(summary = "답변", description = "수용·일부수용·불수용·장기검토. 답변 공무원 이름이 필요하고, 불수용은 사유와 이의신청 방법이 필요합니다.")
    public GrievanceView answer(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Answer cmd) {
        return view(workflow.answer(id, cmd, actor));
    }

    @POST
    @Path("rating")
    @Transactional
    @Operation(summary = "만족도 평가", description = "기업이 답변에 1~5점을 매기면 종결됩니다.")
    public GrievanceView rate(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Rate cmd) {
        return view(workflow.rate(id, cmd, actor));
    }

    @POST
    @Path("close")
    @Transactional
    @Operation(summary = "종결")
    public GrievanceView close(@PathParam("id") UUID id, @Valid Commands.Close cmd) {
        return view(workflow.close(id, cmd, actor));
    }

    @POST
    @Path("reopen")
    @Transactional
    @Operation(summary = "재개", description = "답변이나 종결 뒤 다시 처리합니다. 새 처리기한이 정해집니다.")
    public GrievanceView reopen(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid Commands.Reopen cmd) {
        return view(workflow.reopen(id, cmd, actor));
    }

    private GrievanceView view(Grievance g) {
        return GrievanceView.full(g, TimelineEntry.of(g.id), policy.allowed(actor, g), clock.now());
    }
}
