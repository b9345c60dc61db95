package kr.bizsos.grievance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.bizsos.grievance.Notice;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/notices")
@Tag(name = "알림", description = "배정·이송·답변·기한 경과 알림")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPANY, Roles.OFFICER})
public class NoticeResource {

    public record NoticeView(long id, UUID grievanceId, String kind, String message, OffsetDateTime createdAt,
            boolean read) {
    }

    private final Actor actor;
    private final Clock clock;

    NoticeResource(Actor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "내 알림", description = "기업은 자기 기업의, 소관부서 담당자는 부서의 최근 알림 50건")
    @APIResponse(responseCode = "200", description = "최근 알림")
    public List<NoticeView> mine() {
        return Notice.<Notice>find("recipientType = ?1 and recipientId = ?2 order by createdAt desc, id desc",
                        recipient().type(), recipient().id())
                .page(0, 50).list().stream()
                .map(n -> new NoticeView(n.id, n.grievanceId, n.kind, n.message,
                        n.createdAt.atZoneSameInstant(Clock.SEOUL).toOffsetDateTime(), n.readAt != null))
                .toList();
    }

    @POST
    @Path("{id}/read")
    @Transactional
    @Operation(summary = "알림 읽음 표시")
    @APIResponse(responseCode = "204", description = "읽음")
    @APIResponse(responseCode = "404", description = "없거나 내 것이 아닌 알림")
    public void read(@PathParam("id") long id) {
        Notice notice = Optional.ofNullable(Notice.<Notice>findById(id))
                .filter(n -> n.recipientType.equals(recipient().type()) && n.recipientId.equals(recipient().id()))
                .orElseThrow(() -> ProblemException.notFound("해당 알림을 찾을 수 없습니다."));
        if (notice.readAt == null) {
            notice.readAt = clock.now();
        }
    }

    private record Recipient(String type, String id) {
    }

    private Recipient recipient() {
        return actor.is(Roles.COMPANY) ? new Recipient(Notice.COMPANY, actor.companyId().orElse("-"))
                : new Recipient(Notice.DEPARTMENT, actor.departmentId().orElse("-"));
    }
}
