package kr.bizsos.grievance.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.bizsos.grievance.Category;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/categories")
@Tag(name = "기준정보", description = "기업애로 분야")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    public record CategoryView(String code, String name) {
    }

    @GET
    @Authenticated
    @Operation(summary = "기업애로 분야 목록")
    @APIResponse(responseCode = "200", description = "사용 중인 분야, 표시 순서대로")
    public List<CategoryView> list() {
        return Category.listActive().stream().map(c -> new CategoryView(c.code, c.name)).toList();
    }
}
