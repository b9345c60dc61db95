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
import kr.bizsos.grievance.GrievanceKind;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.grievance.service.GrievanceIntake;
import kr.bizsos.grievance.service.GrievancePolicy;
import kr.bizsos.grievance.service.GrievanceQueries;
import kr.bizsos.grievance.service.GrievanceQueries.Filter;
import kr.bizsos.grievance.service.GrievanceQueries.Sort;
import kr.bizsos.grievance.service.SubmitGrievance;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
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
@RolesAllowed({Roles.COMPANY, Roles.COORDINATOR, Roles.ADMIN, Roles.OFFICER, Roles.PARTNER})
public class GrievanceResource {

    private final GrievanceIntake intake;
    private final GrievanceQueries queries;
    private final GrievancePolicy policy;
    private final Clock clock;
    private final Actor actor;

    GrievanceResource(GrievanceIntake intake, GrievanceQueries queries, GrievancePolicy policy, Clock clock,
            Actor actor) {
        this.intake = intake;
        this.queries = queries;
        this.policy = policy;
        this.clock = clock;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "기업애로 접수",
            description = "기업은 자기 기업의 애로를, 담당자는 기업을 대신하여(접수 경로와 기업 정보 필수) 접수합니다. "
                    + "처리기한은 유형별 법정 처리기간으로 정해지고, 배정 규칙에 맞으면 소관부서에 자동 배정됩니다.")
    @APIResponse(responseCode = "201", description = "접수됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = GrievanceView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "로그인 필요")
    @APIResponse(responseCode = "403", description = "권한 없음")
    @APIResponse(responseCode = "413", description = "본문이 1MiB 초과")
    public Response submit(@NotNull(message = "요청 본문이 필요합니다.") @Valid SubmitGrievance request, UriInfo uri) {
        Grievance grievance = intake.submit(request, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(grievance.id.toString()).build())
                .entity(GrievanceView.full(grievance, TimelineEntry.of(grievance.id),
                        policy.allowed(actor, grievance), clock.now()))
                .build();
    }

    @GET
    @Transactional
    @Operation(summary = "기업애로 목록(처리함)",
            description = "기업은 자기 기업의 것, 소관부서 담당자는 부서의 것과 협조하는 것, 기업지원과는 전체를 봅니다. "
                    + "기본 정렬은 처리기한 순. 개인정보는 가려집니다.")
    @APIResponse(responseCode = "200", description = "한 페이지의 목록")
    @APIResponse(responseCode = "400", description = "알 수 없는 필터 값", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<GrievanceView> list(@QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("municipality") String municipality,
            @QueryParam("department") String department, @QueryParam("kind") String kind,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("q") String text,
            @QueryParam("sort") @DefaultValue("dueAt") String sort,
            @QueryParam("open") Boolean open, @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo, @QueryParam("ids") String ids,
            @QueryParam("channel") String channel, @QueryParam("partner") String partner,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "페이지는 0 이상이어야 합니다.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "페이지 크기는 1 이상이어야 합니다.")
            @Max(value = 100, message = "페이지 크기는 100 이하여야 합니다.") int size) {
        Filter filter = new Filter(parse(GrievanceStatus.class, status, "status", "알 수 없는 처리 상태입니다."),
                blankToNull(category),
                parse(Municipality.class, municipality, "municipality", "알 수 없는 시군입니다."),
                blankToNull(department), parse(GrievanceKind.class, kind, "kind", "알 수 없는 유형입니다."), overdue,
                text, switch (sort) {
                    case "dueAt" -> Sort.DUE_AT;
                    case "-receivedAt" -> Sort.RECEIVED_AT_DESC;
                    default -> throw ProblemException.invalid("sort", "정렬은 dueAt 또는 -receivedAt입니다.");
                }, open, time(receivedFrom, "receivedFrom"), time(receivedTo, "receivedTo"), uuids(ids),
                parse(kr.bizsos.grievance.Channel.class, channel, "channel", "알 수 없는 접수 경로입니다."), blankToNull(partner));
        PanacheQuery<Grievance> query = queries.list(actor, filter, page, size);
        return new PageView<>(query.list().stream().map(GrievanceView::summary).toList(), query.count(), page, size);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "기업애로 상세", description = "처리 이력(타임라인), 협조부서, 연장, 답변, 만족도와 지금 할 수 있는 작업(allowedActions)을 포함합니다.")
    @APIResponse(responseCode = "200", description = "기업애로")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 기업애로", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public GrievanceView get(@PathParam("id") UUID id) {
        Grievance grievance = queries.find(actor, id)
                .orElseThrow(() -> ProblemException.notFound("해당 기업애로를 찾을 수 없습니다."));
        return GrievanceView.full(grievance, TimelineEntry.of(grievance.id), policy.allowed(actor, grievance),
                clock.now());
    }

    private static java.time.OffsetDateTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "날짜와 시각은 ISO 8601 형식(예: 2026-03-02T09:00:00+09:00)이어야 합니다.");
        }
    }

    private static java.util.List<UUID> uuids(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.Arrays.stream(value.split(",")).map(String::strip).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("ids", "기업애로 ID 형식이 올바르지 않습니다.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, message);
        }
    }
}
