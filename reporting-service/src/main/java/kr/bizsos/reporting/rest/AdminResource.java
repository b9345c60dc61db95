package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.event.ProjectionRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/admin/rebuild")
@Tag(name = "관리", description = "집계 다시 만들기")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final ProjectionRebuild rebuild;

    AdminResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(summary = "집계 재구성 시작",
            description = "기업애로·회의 집계를 지우고 두 토픽을 처음부터 다시 읽어 만듭니다. 진행 중에도 새 이벤트는 계속 반영됩니다.")
    @APIResponse(responseCode = "202", description = "시작됨; 진행 상태")
    @APIResponse(responseCode = "409", description = "이미 진행 중", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Operation(summary = "집계 재구성 상태", description = "IDLE, RUNNING, DONE, FAILED와 읽은·반영한 이벤트 수")
    @APIResponse(responseCode = "200", description = "상태")
    public ProjectionRebuild.Status status() {
        return rebuild.status();
    }
}
