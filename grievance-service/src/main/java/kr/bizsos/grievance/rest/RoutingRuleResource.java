package kr.bizsos.grievance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.bizsos.grievance.Category;
import kr.bizsos.grievance.Department;
import kr.bizsos.grievance.RoutingRule;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/routing-rules")
@Tag(name = "배정 규칙", description = "분야 × 시군 × 키워드 → 소관부서")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class RoutingRuleResource {

    public record RuleView(Long id, String category, String municipality, String keyword, String departmentId,
            String departmentName, int priority, boolean active) {
        static RuleView of(RoutingRule r) {
            return new RuleView(r.id, r.category, r.municipality == null ? null : r.municipality.name(), r.keyword,
                    r.departmentId, Department.nameOf(r.departmentId), r.priority, r.active);
        }
    }

    public record RuleRequest(
            String category,
            String municipality,
            @Size(max = 100, message = "키워드는 100자 이내로 입력해 주세요.") String keyword,
            @NotBlank(message = "소관부서를 선택해 주세요.") String departmentId,
            @Min(value = 0, message = "우선순위는 0 이상이어야 합니다.") @Max(value = 1000, message = "우선순위는 1000 이하여야 합니다.") int priority,
            Boolean active) {
    }

    @GET
    @Operation(summary = "배정 규칙 목록", description = "우선순위가 높은 순")
    @APIResponse(responseCode = "200", description = "규칙")
    public List<RuleView> list() {
        return RoutingRule.listAll(false).stream().map(RuleView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "배정 규칙 추가")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "400", description = "알 수 없는 분야, 시군 또는 부서")
    public Response add(@NotNull(message = "요청 본문이 필요합니다.") @Valid RuleRequest request, UriInfo uri) {
        RoutingRule rule = new RoutingRule();
        apply(rule, request);
        rule.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id.toString()).build())
                .entity(RuleView.of(rule)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "배정 규칙 수정")
    @APIResponse(responseCode = "200", description = "수정됨")
    @APIResponse(responseCode = "404", description = "없는 규칙")
    public RuleView update(@PathParam("id") long id, @NotNull(message = "요청 본문이 필요합니다.") @Valid RuleRequest request) {
        RoutingRule rule = find(id);
        apply(rule, request);
        return RuleView.of(rule);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "배정 규칙 삭제")
    @APIResponse(responseCode = "204", description = "삭제됨")
    @APIResponse(responseCode = "404", description = "없는 규칙")
    public void delete(@PathParam("id") long id) {
        find(id).delete();
    }

    private static RoutingRule find(long id) {
        RoutingRule rule = RoutingRule.findById(id);
        if (rule == null) {
            throw ProblemException.notFound("해당 배정 규칙을 찾을 수 없습니다.");
        }
        return rule;
    }

    private static void apply(RoutingRule rule, RuleRequest request) {
        String category = blank(request.category());
        if (category != null && Category.findById(category) == null) {
            throw ProblemException.invalid("category", "알 수 없는 분야입니다.");
        }
        String municipality = blank(request.municipality());
        Municipality parsed = municipality == null ? null : Municipality.parse(municipality)
                .orElseThrow(() -> ProblemException.invalid("municipality", "알 수 없는 시군입니다."));
        if (Department.findById(request.departmentId()) == null) {
            throw ProblemException.invalid("departmentId", "알 수 없는 부서입니다.");
        }
        rule.category = category;
        rule.municipality = parsed;
        rule.keyword = blank(request.keyword());
        rule.departmentId = request.departmentId();
        rule.priority = request.priority();
        rule.active = request.active() == null || request.active();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
