package kr.bizsos.meetings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.service.MeetingAccess;
import kr.bizsos.meetings.service.ParticipantService;
import kr.bizsos.meetings.service.Requests.AddParticipant;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/{id}/participants")
@Tag(name = "참석자", description = "초청 부서·유관기관·기업과 출석")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final ParticipantService service;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Actor actor;

    ParticipantResource(ParticipantService service, MeetingAccess access, MeetingViews views, Actor actor) {
        this.service = service;
        this.access = access;
        this.views = views;
        this.actor = actor;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "참석자 목록", description = "담당자의 연락처는 가려서 보여 줍니다. 기업은 다른 기업의 연락처를 볼 수 없습니다.")
    @APIResponse(responseCode = "200", description = "참석자 (유형, 추가 순)")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ParticipantView> list(@PathParam("id") UUID id) {
        access.visible(actor, id);
        return Participant.of(id).stream().map(p -> ParticipantView.of(p, views.inList(actor, p))).toList();
    }

    @GET
    @Path("{participantId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "참석자 상세", description = "담당자에게는 연락처 전체를, 기업에게는 자기 기업의 연락처만 보여 줍니다.")
    @APIResponse(responseCode = "200", description = "참석자")
    @APIResponse(responseCode = "404", description = "없는 참석자나 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ParticipantView get(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        access.visible(actor, id);
        Participant p = Participant.<Participant>find("id = ?1 and meetingId = ?2", participantId, id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("해당 참석자를 찾을 수 없습니다."));
        return ParticipantView.of(p, views.alone(actor, p));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "참석자 초청", description = "부서(departmentId), 유관기관(partnerAgencyId) 또는 기업(company)을 초청합니다.")
    @APIResponse(responseCode = "201", description = "초청됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "이미 참석자이거나 취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response invite(@PathParam("id") UUID id,
            @NotNull(message = "요청 본문이 필요합니다.") @Valid AddParticipant request, UriInfo uri) {
        Participant p = service.invite(actor, id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                .entity(ParticipantView.of(p, views.alone(actor, p))).build();
    }

    @DELETE
    @Path("{participantId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "참석자 삭제", description = "개최 전에만 삭제할 수 있습니다.")
    @APIResponse(responseCode = "204", description = "삭제됨")
    @APIResponse(responseCode = "403", description = "주관 부서가 아님", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 참석자나 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "개최되었거나 취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response remove(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        service.remove(actor, id, participantId);
        return Response.noContent().build();
    }
}
