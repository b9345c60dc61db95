package kr.bizsos.grievance.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.bizsos.grievance.Department;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/departments")
@Tag(name = "기준정보", description = "기업애로 분야, 부서")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    public record DepartmentView(String id, String name, boolean coordinating) {
    }

    @GET
    @Authenticated
    @Operation(summary = "소관부서 목록")
    @APIResponse(responseCode = "200", description = "부서, 표시 순서대로")
    public List<DepartmentView> list() {
        return Department.listOrdered().stream().map(d -> new DepartmentView(d.id, d.name, d.coordinating)).toList();
    }
}
