package kr.bizsos.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.reporting.FundingSource;
import kr.bizsos.reporting.FundingType;
import kr.bizsos.reporting.ImplementationStatus;
import kr.bizsos.reporting.Labelled;
import kr.bizsos.reporting.OutreachType;
import kr.bizsos.reporting.ProgrammeNature;
import kr.bizsos.reporting.SourceType;
import kr.bizsos.reporting.service.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/reference")
@Tag(name = "참조", description = "코드와 한국어 이름")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record Option(String code, String label, String group) {
    }

    /** Every code the reporting screens and forms use, with its Korean label, in display order. */
    public record Reference(List<Option> fundingSources, List<Option> outreachTypes, List<Option> natures,
            List<Option> fundingTypes, List<Option> implementationStatuses, List<Option> indicatorSources,
            List<Option> grievanceStatuses, List<Option> grievanceKinds, List<Option> categories,
            List<Option> departments, List<Option> meetingKinds, List<Option> municipalities) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER, Roles.COMPANY})
    @Operation(summary = "코드 목록", description = "재원, 소통 유형, 성격, 재원 구분, 이행구분, 실적 산출 방식, 처리 상태, 유형, 분야, 부서, 회의 종류, 시군")
    @APIResponse(responseCode = "200", description = "코드 목록")
    public Reference get() {
        List<Option> statuses = Arrays.stream(ImplementationStatus.values())
                .map(s -> new Option(s.name(), s.label(), s.group().label())).toList();
        List<Option> municipalities = Arrays.stream(Municipality.values())
                .map(m -> new Option(m.name(), m.shortName(), null)).toList();
        return new Reference(of(FundingSource.values()), of(OutreachType.values()), of(ProgrammeNature.values()),
                of(FundingType.values()), statuses, of(SourceType.values()), of(Codes.GRIEVANCE_STATUSES),
                of(Codes.GRIEVANCE_KINDS), of(Codes.CATEGORIES), of(Codes.DEPARTMENTS), of(Codes.MEETING_KINDS),
                municipalities);
    }

    private static List<Option> of(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.label(), null)).toList();
    }

    private static List<Option> of(Map<String, String> codes) {
        List<Option> options = new ArrayList<>();
        codes.forEach((code, label) -> options.add(new Option(code, label, null)));
        return options;
    }
}
