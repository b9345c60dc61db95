package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.service.Codes;
import kr.bizsos.reporting.service.GrievanceStats;
import kr.bizsos.reporting.service.GrievanceStats.Figures;
import kr.bizsos.reporting.service.GrievanceStats.Filter;
import kr.bizsos.reporting.service.GrievanceStats.Group;
import kr.bizsos.reporting.service.GrievanceStats.PeriodCount;
import kr.bizsos.reporting.service.Kpis;
import kr.bizsos.reporting.service.Kpis.Card;
import kr.bizsos.reporting.service.MeetingStats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "통계", description = "기업애로·회의 집계와 KPI 카드")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** A period's grievance figures with their breakdowns; {@code quarter} null means the whole year. */
    public record GrievanceReport(OffsetDateTime asOf, int year, Integer quarter, Filter filter, Figures totals,
            List<PeriodCount> byQuarter, List<Group> byMunicipality, List<Group> byDepartment, List<Group> byCategory,
            List<Group> byKind) {
    }

    private final GrievanceStats grievances;
    private final MeetingStats meetings;
    private final Kpis kpis;
    private final Actor actor;

    StatsResource(GrievanceStats grievances, MeetingStats meetings, Kpis kpis, Actor actor) {
        this.grievances = grievances;
        this.meetings = meetings;
        this.kpis = kpis;
        this.actor = actor;
    }

    @GET
    @Path("grievances")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "기업애로 집계",
            description = "한 해(또는 분기)의 접수·처리완료·종결 건수, 처리일수 중앙값(접수일~답변일 달력일수), 기한 내 처리 비율, "
                    + "만족도 평균, 현재 기한 경과 건수와 시군·부서·분야·유형별 내역. 기업은 자기 기업, 소관부서 담당자는 자기 부서의 것만 봅니다.")
    @APIResponse(responseCode = "200", description = "집계; 자료가 없으면 0")
    @APIResponse(responseCode = "400", description = "알 수 없는 연도·분기·시군·유형", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public GrievanceReport grievances(@QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
            @QueryParam("municipality") String municipality, @QueryParam("department") String department,
            @QueryParam("category") String category, @QueryParam("kind") String kind) {
        int y = Periods.year(year);
        Integer q = Periods.quarterOrNull(quarter);
        Filter filter = filter(municipality, department, category, kind);
        GrievanceStats.Breakdown b = grievances.breakdown(actor, y, q, filter);
        return new GrievanceReport(OffsetDateTime.now(ZoneId.of("Asia/Seoul")), y, q, filter, b.totals(),
                grievances.trend(actor, y, y, filter), b.byMunicipality(), b.byDepartment(), b.byCategory(), b.byKind());
    }

    @GET
    @Path("grievances/trend")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "기업애로 연도·분기별 추이", description = "fromYear~toYear(최대 20년)의 분기마다 접수·처리완료·종결 건수; 없는 분기는 0.")
    @APIResponse(responseCode = "200", description = "분기별 건수")
    @APIResponse(responseCode = "400", description = "연도 범위 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<PeriodCount> trend(@QueryParam("fromYear") Integer fromYear, @QueryParam("toYear") Integer toYear,
            @QueryParam("municipality") String municipality, @QueryParam("department") String department,
            @QueryParam("category") String category, @QueryParam("kind") String kind) {
        int to = Periods.year(toYear);
        int from = fromYear == null ? to - 4 : Periods.year(fromYear);
        if (from > to || to - from > 19) {
            throw ProblemException.invalid("fromYear", "시작 연도는 끝 연도 이전이고, 기간은 20년 이내여야 합니다.");
        }
        return grievances.trend(actor, from, to, filter(municipality, department, category, kind));
    }

    @GET
    @Path("meetings")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "회의 집계", description = "한 해(또는 분기)에 개최된 회의의 종류·시군·분기별 건수, 참석 인원, 건의사항 수, 예정·취소 건수")
    @APIResponse(responseCode = "200", description = "집계; 자료가 없으면 0")
    @APIResponse(responseCode = "400", description = "연도·분기 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MeetingStats.Summary meetings(@QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
            @QueryParam("kind") String kind) {
        return meetings.of(Periods.year(year), Periods.quarterOrNull(quarter), Periods.code(kind, "kind"));
    }

    @GET
    @Path("kpis")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "KPI 카드", description = "모든 사업 지표의 그 해 목표, 실적, 달성률, 이행구분. quarter가 있으면 그 분기 말 기준.")
    @APIResponse(responseCode = "200", description = "KPI 카드")
    @APIResponse(responseCode = "400", description = "연도·분기 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<Card> kpis(@QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter) {
        return kpis.cards(Periods.year(year), Periods.quarterOrNull(quarter));
    }

    private static Filter filter(String municipality, String department, String category, String kind) {
        String m = Periods.code(municipality, "municipality");
        if (m != null && Municipality.parse(m).isEmpty()) {
            throw ProblemException.invalid("municipality", "알 수 없는 시군입니다.");
        }
        String k = Periods.code(kind, "kind");
        if (k != null && !Codes.GRIEVANCE_KINDS.containsKey(k)) {
            throw ProblemException.invalid("kind", "알 수 없는 유형입니다.");
        }
        return new Filter(m, Periods.code(department, "department"), Periods.code(category, "category"), k);
    }
}
