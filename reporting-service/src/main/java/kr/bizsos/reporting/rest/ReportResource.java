package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.report.HwpxReport;
import kr.bizsos.reporting.report.ProgrammeReport;
import kr.bizsos.reporting.report.ReportBuilder;
import kr.bizsos.reporting.report.XlsxReport;
import kr.bizsos.reporting.service.Programmes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/programmes/{id}")
@Tag(name = "이행 보고서", description = "분기 이행 보고서: 화면용 JSON, XLSX, HWPX")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
public class ReportResource {

    private final Programmes programmes;
    private final ReportBuilder builder;

    ReportResource(Programmes programmes, ReportBuilder builder) {
        this.programmes = programmes;
        this.builder = builder;
    }

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "분기 이행 보고서(JSON)",
            description = "개요, 연차별 목표, 추진실적, 현재까지 목표달성, 이행구분·이행률, 소통 실적, 투자계획·집행, 성과, 향후계획 순. "
                    + "분기 말(진행 중이면 오늘) 기준의 실적입니다. year·quarter가 없으면 이번 분기.")
    @APIResponse(responseCode = "200", description = "보고서")
    @APIResponse(responseCode = "400", description = "연도·분기 오류, 사업기간 밖의 연도", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProgrammeReport report(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter) {
        return build(id, year, quarter);
    }

    @GET
    @Path("report.xlsx")
    @Produces({XlsxReport.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "분기 이행 보고서(XLSX)", description = "항목별 시트, 모든 수치는 값으로 들어 있습니다.")
    @APIResponse(responseCode = "200", description = "XLSX 파일", content = @Content(mediaType = XlsxReport.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "연도·분기 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response xlsx(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter) {
        ProgrammeReport report = build(id, year, quarter);
        return download(XlsxReport.write(report), XlsxReport.MEDIA_TYPE, fileName(report, "xlsx"));
    }

    @GET
    @Path("report.hwpx")
    @Produces({HwpxReport.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "분기 이행 보고서(HWPX, 한글)", description = "문단과 표(이행구분, 연차별 목표, 목표달성, 소통 실적, 투자계획, 집행실적)")
    @APIResponse(responseCode = "200", description = "HWPX 파일", content = @Content(mediaType = HwpxReport.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "연도·분기 오류", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "없는 사업", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response hwpx(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter) {
        ProgrammeReport report = build(id, year, quarter);
        return download(HwpxReport.write(report), HwpxReport.MEDIA_TYPE, fileName(report, "hwpx"));
    }

    private ProgrammeReport build(UUID id, Integer year, Integer quarter) {
        Programme programme = programmes.find(id);
        return builder.build(programme, Periods.year(year), Periods.quarter(quarter));
    }

    /** e.g. 기업SOS 시스템 운영_2024년_3분기_이행보고서.xlsx */
    static String fileName(ProgrammeReport report, String extension) {
        String name = report.overview().name().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        return name + "_" + report.year() + "년_" + report.quarter() + "분기_이행보고서." + extension;
    }

    /** Content-Disposition with an ASCII fallback and the Korean name as RFC 5987 {@code filename*}. */
    static Response download(byte[] body, String mediaType, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = "report." + fileName.substring(fileName.lastIndexOf('.') + 1);
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
