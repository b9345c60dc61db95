package kr.bizsos.meetings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.meetings.service.Rotation;
import kr.bizsos.meetings.service.Rotation.Result;
import kr.bizsos.meetings.service.Rotation.YearCount;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/rotation")
@Tag(name = "시군 순회", description = "정례 회의의 시군별 개최 현황과 다음 개최지 추천")
@Produces(MediaType.APPLICATION_JSON)
public class RotationResource {

    /**
     * @param rank        1 = the 시군 that has gone longest without a regular meeting
     * @param daysWithout days from its last regular meeting to {@code asOf}; absent if it never hosted one
     */
    public record RowView(String municipality, String municipalityName, int heldInYear, int heldTotal,
            List<YearCount> years, LocalDate lastHeldOn, Long daysWithout, LocalDate lastMeetingOfAnyKindOn,
            LocalDate nextPlannedOn, int rank) {
    }

    public record Suggestion(String municipality, String municipalityName, String reason) {
    }

    public record RotationView(int year, LocalDate asOf, int heldInYear, List<RowView> rows,
            List<String> longestWithout, Suggestion suggestedNextHost, String rule) {
    }

    private final Rotation rotation;
    private final Clock clock;

    RotationResource(Rotation rotation, Clock clock) {
        this.rotation = rotation;
        this.clock = clock;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "시군 순회 현황", description = "18개 시군별 정례 회의 개최 연도·횟수, 마지막 개최일, 미개최 기간 순위와 다음 개최지 추천 (연말 또는 오늘 기준).")
    @APIResponse(responseCode = "200", description = "18개 시군 (행정코드 순)과 추천")
    @APIResponse(responseCode = "400", description = "연도 범위 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RotationView get(@QueryParam("year") Integer year) {
        int y = year == null ? clock.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "연도는 2000년부터 2100년 사이여야 합니다.");
        }
        Result r = rotation.forYear(y);
        List<RowView> rows = r.rows().stream().map(row -> new RowView(row.municipality().name(),
                row.municipality().officialName(), row.heldInYear(), row.heldTotal(), row.years(), row.lastHeldOn(),
                row.daysWithout(), row.lastMeetingOfAnyKindOn(), row.nextPlannedOn(), row.rank())).toList();
        Municipality next = r.suggestedNextHost();
        Rotation.Row nextRow = r.rows().stream().filter(row -> row.municipality() == next).findFirst().orElseThrow();
        String reason = nextRow.lastHeldOn() == null
                ? next.officialName() + "은(는) 아직 정례 회의를 개최한 적이 없습니다."
                : next.officialName() + "은(는) " + nextRow.lastHeldOn() + " 이후 " + nextRow.daysWithout()
                        + "일 동안 정례 회의를 개최하지 않았습니다.";
        return new RotationView(r.year(), r.asOf(), r.heldInYear(), rows,
                r.longestWithout().stream().map(Municipality::name).toList(),
                new Suggestion(next.name(), next.officialName(), reason), Rotation.RULE);
    }
}
