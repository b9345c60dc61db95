package kr.bizsos.meetings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.service.MeetingAccess;
import kr.bizsos.meetings.service.ParticipantService;
import kr.bizsos.meetings.service.Requests.Register;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/{id}/registrations")
@Tag(name = "참가 신청", description = "공개 회의에 대한 기업의 참가 신청 (정원 관리)")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private final ParticipantService service;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Actor actor;

    RegistrationResource(ParticipantService service, MeetingAccess access, MeetingViews views, Actor actor) {
        this.service = service;
        this.access = access;
        this.views = views;
        this.actor = actor;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "참가 신청 목록", description = "담당자는 모든 신청(연락처 가림)을, 기업은 자기 신청만 봅니다.")
    @APIResponse(responseCode = "200", description = "참가 신청한 기업")
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ParticipantView> list(@PathParam("id") UUID id) {
        access.visible(actor, id);
        return Participant.<Participant>list("meetingId = ?1 and origin = ?2 order by addedAt, id", id,
                        ParticipantOrigin.REGISTERED).stream()
                .filter(p -> access.isStaff(actor) || p.isCompany(access.ownCompany(actor)))
                .map(p -> ParticipantView.of(p, views.inList(actor, p))).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "참가 신청", description = "공개 회의에 시작 전까지, 정원 안에서 신청합니다. 기업은 자기 기업으로, 담당자는 기업을 대신해 신청합니다.")
    @APIResponse(responseCode = "201", description = "신청됨; Location 헤더에 주소",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "입력값 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "다른 기업 이름으로 신청", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없거나 볼 수 없는 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "정원 초과, 이미 신청, 비공개·마감·취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(@PathParam("id") UUID id, @Valid Register request, UriInfo uri) {
        Participant p = service.register(actor, id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                .entity(ParticipantView.of(p, views.alone(actor, p))).build();
    }

    @DELETE
    @Path("{registrationId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "참가 신청 취소", description = "개최 전까지 기업 자신이나 담당자가 취소합니다.")
    @APIResponse(responseCode = "204", description = "취소됨")
    @APIResponse(responseCode = "404", description = "없는 신청이나 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "개최되었거나 취소된 회의", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response withdraw(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        service.withdraw(actor, id, registrationId);
        return Response.noContent().build();
    }
}
