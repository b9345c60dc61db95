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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.FundingSource;
import kr.bizsos.reporting.OutreachEntry;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeActivity;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.report.ProgrammeReport.OutcomeSeries;
import kr.bizsos.reporting.report.ReportBuilder;
import kr.bizsos.reporting.rest.ProgrammeViews.ActivityView;
import kr.bizsos.reporting.rest.ProgrammeViews.BudgetLineView;
import kr.bizsos.reporting.rest.ProgrammeViews.OutcomeView;
import kr.bizsos.reporting.rest.ProgrammeViews.OutreachView;
import kr.bizsos.reporting.service.BudgetTable;
import kr.bizsos.reporting.service.ProgrammeData;
import kr.bizsos.reporting.service.Programmes;
import kr.bizsos.reporting.service.Requests.ActivityRequest;
import kr.bizsos.reporting.service.Requests.AmountsRequest;
import kr.bizsos.reporting.service.Requests.BudgetRequest;
import kr.bizsos.reporting.service.Requests.OutcomeRequest;
import kr.bizsos.reporting.service.Requests.OutreachRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/programmes/{id}")
@Tag(name = "사업 입력 자료", description = "예산(투자계획·확보·집행), 소통 실적, 성과, 추진실적")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
public class ProgrammeDataResource {

    /** The budget lines as entered and the table computed from them (totals by year, by 재원, grand total). */
    public record BudgetView(List<BudgetLineView> lines, BudgetTable table) {
    }

    /** The outcome values as entered and, per metric, the series with the change on the previous year. */
    public record OutcomesView(List<OutcomeView> values, List<OutcomeSeries> series) {
    }

    private final Programmes programmes;
    private final ProgrammeData data;

    ProgrammeDataResource(Programmes programmes, ProgrammeData data) {
        this.programmes = programmes;
        this.data = data;
    }

    @GET
    @Path("budget")
    @Operation(summary = "예산 조회", description = "입력한 연도·재원별 계획·확보·집행(백만원)과 계산된 표: 연도별·재원별 계, 총계, 확보율, 집행률.")
    @APIResponse(responseCode = "200", description = "예산")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BudgetView budget(@PathParam("id") UUID id) {
        return budgetOf(programmes.find(id));
    }

    @PUT
    @Path("budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "예산 전체 바꾸기", description = "연도·재원별 항목 목록 전체로 바꿉니다. 하나라도 틀리면 아무것도 저장하지 않습니다.")
    @APIResponse(responseCode = "200", description = "예산")
    @APIResponse(responseCode = "400", description = "음수, 알 수 없는 재원, 사업기간 밖의 연도, 중복 항목", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BudgetView replaceBudget(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid BudgetRequest request) {
        data.replaceBudget(id, request.lines());
        return budgetOf(programmes.find(id));
    }

    @PUT
    @Path("budget/{year}/{fundingSource}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "예산 항목 하나 입력", description = "한 연도·재원의 계획·확보·집행(백만원)을 넣거나 바꿉니다.")
    @APIResponse(responseCode = "200", description = "예산")
    @APIResponse(responseCode = "400", description = "음수, 알 수 없는 재원, 사업기간 밖의 연도", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BudgetView putBudgetLine(@PathParam("id") UUID id, @PathParam("year") int year,
            @PathParam("fundingSource") String fundingSource,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid AmountsRequest request) {
        data.putBudgetLine(id, year, source(fundingSource), request);
        return budgetOf(programmes.find(id));
    }

    @DELETE
    @Path("budget/{year}/{fundingSource}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "예산 항목 하나 지우기")
    @APIResponse(responseCode = "204", description = "지워짐")
    @APIResponse(responseCode = "400", description = "알 수 없는 재원", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteBudgetLine(@PathParam("id") UUID id, @PathParam("year") int year,
            @PathParam("fundingSource") String fundingSource) {
        data.deleteBudgetLine(id, year, source(fundingSource));
    }

    @GET
    @Path("outreach")
    @Operation(summary = "소통 실적 목록", description = "도민(시민)소통: 간담회·공청회, 만족도 조사, 민간전문가 자문, 언론·방송, SNS, 기타")
    @APIResponse(responseCode = "200", description = "소통 실적")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<OutreachView> outreach(@PathParam("id") UUID id) {
        programmes.find(id);
        return OutreachEntry.of(id).stream().map(OutreachView::of).toList();
    }

    @POST
    @Path("outreach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "소통 실적 추가", description = "한 유형의 횟수를 연도(와 분기 또는 일자)와 함께 넣습니다.")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "400", description = "음수, 알 수 없는 유형, 사업기간 밖의 연도", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addOutreach(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid OutreachRequest request) {
        return Response.status(Response.Status.CREATED).entity(OutreachView.of(data.addOutreach(id, request))).build();
    }

    @DELETE
    @Path("outreach/{entryId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "소통 실적 지우기")
    @APIResponse(responseCode = "204", description = "지워짐")
    @APIResponse(responseCode = "404", description = "없는 사업 또는 항목", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteOutreach(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        data.deleteOutreach(id, entryId);
    }

    @GET
    @Path("outcomes")
    @Operation(summary = "성과 조회", description = "연도별 성과(예: 신규 고용 명, 사업화 매출 억원)와 항목별 전년 대비 증감")
    @APIResponse(responseCode = "200", description = "성과")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OutcomesView outcomes(@PathParam("id") UUID id) {
        return outcomesOf(programmes.find(id));
    }

    @PUT
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "성과 입력", description = "한 해 한 항목의 값을 넣거나 바꿉니다(연도+항목이 같으면 바꿈).")
    @APIResponse(responseCode = "200", description = "성과")
    @APIResponse(responseCode = "400", description = "음수, 사업기간 밖의 연도", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OutcomesView putOutcome(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid OutcomeRequest request) {
        data.putOutcome(id, request);
        return outcomesOf(programmes.find(id));
    }

    @DELETE
    @Path("outcomes/{outcomeId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "성과 지우기")
    @APIResponse(responseCode = "204", description = "지워짐")
    @APIResponse(responseCode = "404", description = "없는 사업 또는 항목", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteOutcome(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId) {
        data.deleteOutcome(id, outcomeId);
    }

    @GET
    @Path("activities")
    @Operation(summary = "추진실적 목록", description = "담당자가 쓴 연도(·분기)별 추진실적 문장")
    @APIResponse(responseCode = "200", description = "추진실적")
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ActivityView> activities(@PathParam("id") UUID id) {
        programmes.find(id);
        return ProgrammeActivity.of(id).stream().map(ActivityView::of).toList();
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "추진실적 추가")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addActivity(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid ActivityRequest request) {
        return Response.status(Response.Status.CREATED).entity(ActivityView.of(data.addActivity(id, request))).build();
    }

    @DELETE
    @Path("activities/{activityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "추진실적 지우기")
    @APIResponse(responseCode = "204", description = "지워짐")
    @APIResponse(responseCode = "404", description = "없는 사업 또는 항목", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deleteActivity(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId) {
        data.deleteActivity(id, activityId);
    }

    private static BudgetView budgetOf(Programme p) {
        List<BudgetLine> lines = BudgetLine.of(p.id);
        return new BudgetView(lines.stream().map(BudgetLineView::of).toList(),
                BudgetTable.of(lines, ReportBuilder.budgetColumns(p)));
    }

    private static OutcomesView outcomesOf(Programme p) {
        return new OutcomesView(kr.bizsos.reporting.Outcome.of(p.id).stream().map(OutcomeView::of).toList(),
                ReportBuilder.outcomes(p, p.endYear));
    }

    private static FundingSource source(String code) {
        try {
            return FundingSource.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("fundingSource",
                    "알 수 없는 재원입니다. NATIONAL(국비), PROVINCIAL(도비), MUNICIPAL(시비), OTHER(기타), SELF_FUNDED(자부담) 중 하나입니다.");
        }
    }
}
