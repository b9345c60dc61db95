package kr.bizsos.meetings.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.service.Requests.NewMeetingKind;
import kr.bizsos.meetings.service.Requests.UpdateMeetingKind;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/kinds")
@Tag(name = "기준정보", description = "회의 종류, 유관기관, 부서")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingKindResource {

    public record KindView(String code, String name, boolean regular, String regularName, String description,
            int sortOrder, boolean active) {

        static KindView of(MeetingKind k) {
            return new KindView(k.code, k.name, k.regular, k.regular ? "정례" : "필요시", k.description, k.sortOrder,
                    k.active);
        }
    }

    @GET
    @Transactional
    @Authenticated
    @Operation(summary = "회의 종류 목록", description = "정례(regular) 여부를 포함합니다. includeInactive=true면 사용 중지된 종류도 보여 줍니다.")
    @APIResponse(responseCode = "200", description = "표시 순서대로")
    public List<KindView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return MeetingKind.listAll(includeInactive).stream().map(KindView::of).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "회의 종류 추가", description = "관리자가 정례 또는 필요시 회의 종류를 추가합니다.")
    @APIResponse(responseCode = "201", description = "추가됨", content = @Content(schema = @Schema(implementation = KindView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "관리자만 추가할 수 있음", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "이미 있는 코드", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(@NotNull(message = "요청 본문이 필요합니다.") @Valid NewMeetingKind request, UriInfo uri) {
        if (MeetingKind.findById(request.code()) != null) {
            throw ProblemException.conflict("이미 있는 회의 종류 코드입니다: " + request.code());
        }
        MeetingKind kind = new MeetingKind();
        kind.code = request.code();
        kind.name = request.name().strip();
        kind.regular = request.regular();
        kind.description = request.description();
        kind.sortOrder = request.sortOrder() != null ? request.sortOrder()
                : MeetingKind.<MeetingKind>listAll().stream().mapToInt(k -> k.sortOrder).max().orElse(0) + 10;
        kind.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(kind.code).build()).entity(KindView.of(kind)).build();
    }

    @PATCH
    @Path("{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "회의 종류 변경", description = "이름, 정례 여부, 설명, 사용 여부, 표시 순서를 바꿉니다. 종류는 삭제하지 않고 사용 중지합니다.")
    @APIResponse(responseCode = "200", description = "변경된 종류")
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "관리자만 변경할 수 있음", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 종류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public KindView update(@PathParam("code") String code,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid UpdateMeetingKind request) {
        MeetingKind kind = MeetingKind.<MeetingKind>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("해당 회의 종류를 찾을 수 없습니다."));
        if (request.name() != null) {
            if (request.name().isBlank()) {
                throw ProblemException.invalid("name", "이름을 입력해 주세요.");
            }
            kind.name = request.name().strip();
        }
        if (request.regular() != null) {
            kind.regular = request.regular();
        }
        if (request.description() != null) {
            kind.description = request.description().isBlank() ? null : request.description().strip();
        }
        if (request.active() != null) {
            kind.active = request.active();
        }
        if (request.sortOrder() != null) {
            kind.sortOrder = request.sortOrder();
        }
        return KindView.of(kind);
    }
}
