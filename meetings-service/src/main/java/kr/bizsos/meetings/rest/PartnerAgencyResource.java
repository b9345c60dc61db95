package kr.bizsos.meetings.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.bizsos.meetings.PartnerAgency;
import kr.bizsos.meetings.service.Requests.NewPartnerAgency;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/partner-agencies")
@Tag(name = "기준정보", description = "회의 종류, 유관기관, 부서")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAgencyResource {

    public record AgencyView(String code, String name) {
    }

    @GET
    @Transactional
    @Authenticated
    @Operation(summary = "유관기관 목록")
    @APIResponse(responseCode = "200", description = "사용 중인 유관기관, 표시 순서대로")
    public List<AgencyView> list() {
        return PartnerAgency.listActive().stream().map(a -> new AgencyView(a.code, a.name)).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "유관기관 추가")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "관리자만 추가할 수 있음", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "이미 있는 코드", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(@NotNull(message = "요청 본문이 필요합니다.") @Valid NewPartnerAgency request, UriInfo uri) {
        if (PartnerAgency.findById(request.code()) != null) {
            throw ProblemException.conflict("이미 있는 유관기관 코드입니다: " + request.code());
        }
        PartnerAgency agency = new PartnerAgency();
        agency.code = request.code();
        agency.name = request.name().strip();
        agency.sortOrder = request.sortOrder() != null ? request.sortOrder()
                : PartnerAgency.<PartnerAgency>listAll().stream().mapToInt(a -> a.sortOrder).max().orElse(0) + 10;
        agency.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(agency.code).build())
                .entity(new AgencyView(agency.code, agency.name)).build();
    }
}
