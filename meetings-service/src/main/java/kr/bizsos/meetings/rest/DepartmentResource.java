package kr.bizsos.meetings.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.bizsos.meetings.Department;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings/departments")
@Tag(name = "기준정보", description = "회의 종류, 유관기관, 부서")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    public record DepartmentView(String code, String name) {
    }

    @GET
    @Transactional
    @Authenticated
    @Operation(summary = "부서 목록", description = "회의를 주관하거나 초청받는 도의 부서 코드와 이름")
    @APIResponse(responseCode = "200", description = "표시 순서대로")
    public List<DepartmentView> list() {
        return Department.listActive().stream().map(d -> new DepartmentView(d.code, d.name)).toList();
    }
}
