package kr.bizsos.meetings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.service.MeetingAccess;
import kr.bizsos.meetings.service.RaisedItemService;
import kr.bizsos.meetings.service.Requests.RaiseItem;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/{id}/raised-items")
@Tag(name = "건의·질의사항", description = "회의에서 기업이 제기한 사항과 기업애로 처리 상황")
@Produces(MediaType.APPLICATION_JSON)
public class RaisedItemResource {

    private final RaisedItemService service;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Actor actor;

    RaisedItemResource(RaisedItemService service, MeetingAccess access, MeetingViews views, Actor actor) {
        this.service = service;
        this.access = access;
        this.views = views;
        this.actor = actor;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "건의·질의사항 목록", description = "각 사항의 기업애로 접수번호, 처리 상태와 답변을 포함합니다. 기업은 자기 기업의 사항만 봅니다.")
    @APIResponse(responseCode = "200", description = "제기된 순서대로")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<RaisedItemView> list(@PathParam("id") UUID id) {
        access.visible(actor, id);
        return views.raisedItems(actor, id);
    }

    @GET
    @Path("{itemId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "건의·질의사항 상세")
    @APIResponse(responseCode = "200", description = "건의·질의사항과 처리 상황")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 사항", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RaisedItemView get(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        access.visible(actor, id);
        return views.raisedItems(actor, id).stream().filter(r -> r.id().equals(itemId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("해당 건의·질의사항을 찾을 수 없습니다."));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "건의·질의사항 기록", description = "개최된 회의에만 기록합니다. 기록된 사항은 기업애로(접수 경로: 간담회)로 접수됩니다.")
    @APIResponse(responseCode = "201", description = "기록됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = RaisedItemView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "개최되지 않았거나 취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response raise(@PathParam("id") UUID id, @NotNull(message = "요청 본문이 필요합니다.") @Valid RaiseItem request,
            UriInfo uri) {
        RaisedItem item = service.raise(actor, id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .entity(RaisedItemView.of(item)).build();
    }
}
