package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.service.Dashboard;
import kr.bizsos.reporting.service.DashboardCache;
import kr.bizsos.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/dashboard")
@Tag(name = "대시보드", description = "KPI 현황")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final Dashboard dashboard;
    private final DashboardCache cache;
    private final Actor actor;

    DashboardResource(Dashboard dashboard, DashboardCache cache, Actor actor) {
        this.dashboard = dashboard;
        this.cache = cache;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "대시보드 집계", description = "한 해의 기업애로 접수·처리완료·종결 건수(각각 그 일이 있은 해 기준), 처리일수 중앙값, "
            + "기한 내 처리 비율, 만족도 평균, 현재 기한 경과, 분기별 건수와 (담당자에게만) 사업 KPI 카드. 기업은 자기 기업의 건수만 봅니다.")
    @APIResponse(responseCode = "200", description = "집계; 자료가 없으면 0")
    @APIResponse(responseCode = "400", description = "연도 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DashboardView get(@QueryParam("year") @Min(value = 2000, message = "연도는 2000년 이후여야 합니다.")
            @Max(value = 2100, message = "연도는 2100년 이전이어야 합니다.") Integer year) {
        return cache.get(scopeKey() + "|" + year, () -> dashboard.forYear(actor, year));
    }

    /** Who sees the same figures: all staff-wide users alike, an officer's department, a company. */
    private String scopeKey() {
        if (actor.isStaffWideAccess()) {
            return "ALL";
        }
        if (actor.is(Roles.OFFICER)) {
            return "DEPARTMENT:" + actor.departmentId().orElse("-");
        }
        return "COMPANY:" + actor.companyId().orElse("-");
    }
}
