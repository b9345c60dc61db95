package kr.bizsos.grievance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kr.bizsos.grievance.Category;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/categories")
@Tag(name = "기준정보", description = "기업애로 분야, 부서")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    public record CategoryView(String code, String name) {
    }

    public record NewCategory(
            @NotBlank(message = "코드를 입력해 주세요.") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "코드는 영문 대문자, 숫자, 밑줄 2~40자입니다.") String code,
            @NotBlank(message = "분야 이름을 입력해 주세요.") @Size(max = 100, message = "분야 이름은 100자 이내로 입력해 주세요.") String name) {
    }

    @GET
    @Authenticated
    @Operation(summary = "기업애로 분야 목록")
    @APIResponse(responseCode = "200", description = "사용 중인 분야, 표시 순서대로")
    public List<CategoryView> list() {
        return Category.listActive().stream().map(c -> new CategoryView(c.code, c.name)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "분야 추가", description = "관리자가 기업애로 분야를 추가합니다.")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "409", description = "같은 코드가 이미 있음")
    public Response add(@NotNull(message = "요청 본문이 필요합니다.") @Valid NewCategory request) {
        if (Category.findById(request.code()) != null) {
            throw ProblemException.conflict("같은 코드의 분야가 이미 있습니다: " + request.code());
        }
        Category category = new Category();
        category.code = request.code();
        category.name = request.name().strip();
        category.sortOrder = Category.<Category>listAll().stream().mapToInt(c -> c.sortOrder).max().orElse(0) + 10;
        category.persist();
        return Response.created(URI.create("/api/grievances/categories"))
                .entity(new CategoryView(category.code, category.name)).build();
    }
}
