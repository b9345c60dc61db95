package kr.bizsos.grievance.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.service.GrievanceQueries;
import kr.bizsos.grievance.service.GrievanceQueries.Filter;
import kr.bizsos.grievance.service.GrievanceService;
import kr.bizsos.grievance.service.SubmitGrievance;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances")
@Tag(name = "기업애로", description = "기업애로 접수와 조회")
@Produces(MediaType.APPLICATION_JSON)
public class GrievanceResource {

    private final GrievanceService service;
    private final GrievanceQueries queries;
    private final Actor actor;

    GrievanceResource(GrievanceService service, GrievanceQueries queries, Actor actor) {
        this.service = service;
        this.queries = queries;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMPANY, Roles.COORDINATOR, Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "기업애로 접수", description = "기업은 자기 기업의 애로를, 담당자는 기업을 대신하여 접수합니다.")
    @APIResponse(responseCode = "201", description = "접수됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = GrievanceView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "로그인 필요")
    @APIResponse(responseCode = "403", description = "권한 없음")
    @APIResponse(responseCode = "413", description = "본문이 1MiB 초과")
    public Response submit(@NotNull(message = "요청 본문이 필요합니다.") @Valid SubmitGrievance request, UriInfo uri) {
        Grievance grievance = service.submit(request, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(grievance.id.toString()).build())
                .entity(GrievanceView.summaryAfterSubmit(grievance)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COMPANY, Roles.COORDINATOR, Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "기업애로 목록", description = "기업은 자기 기업의 것, 소관부서 담당자는 부서의 것, 기업지원과는 전체를 봅니다. 개인정보는 가려집니다.")
    @APIResponse(responseCode = "200", description = "한 페이지의 목록")
    public PageView<GrievanceView> list(@QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("municipality") String municipality,
            @QueryParam("department") String department,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "페이지는 0 이상이어야 합니다.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "페이지 크기는 1 이상이어야 합니다.")
            @Max(value = 100, message = "페이지 크기는 100 이하여야 합니다.") int size) {
        PanacheQuery<Grievance> query = queries.list(actor,
                new Filter(parseStatus(status), category, municipality, department), page, size);
        return new PageView<>(query.list().stream().map(GrievanceView::summary).toList(), query.count(), page, size);
    }

    private static GrievanceStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return GrievanceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "알 수 없는 처리 상태입니다.");
        }
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.COMPANY, Roles.COORDINATOR, Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "기업애로 상세", description = "처리 이력(타임라인)을 포함합니다.")
    @APIResponse(responseCode = "200", description = "기업애로")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 기업애로", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public GrievanceView get(@PathParam("id") UUID id) {
        Grievance grievance = queries.find(actor, id)
                .orElseThrow(() -> ProblemException.notFound("해당 기업애로를 찾을 수 없습니다."));
        return GrievanceView.full(grievance, TimelineEntry.of(grievance.id));
    }
}
