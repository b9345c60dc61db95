package kr.bizsos.gateway.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/partner-keys")
@Tag(name = "유관기관 API 키", description = "Open311 API를 쓰는 유관기관 시스템의 키 발급·폐기·사용량")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnerKeyResource {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public record NewKey(
            @NotBlank(message = "기관 코드를 입력해 주세요.")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "기관 코드는 영문 대문자, 숫자, 밑줄 2~60자입니다.") String agencyCode,
            @NotBlank(message = "기관명을 입력해 주세요.") @Size(max = 100, message = "기관명은 100자 이내로 입력해 주세요.") String agencyName,
            @Min(value = 1, message = "시간당 한도는 1 이상이어야 합니다.") @Max(value = 100000, message = "시간당 한도는 100,000 이하여야 합니다.") int quotaPerHour) {
    }

    public record KeyView(long id, String agencyCode, String agencyName, String keyPrefix, int quotaPerHour,
            int usedThisHour, long requestCount, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt, boolean active) {
    }

    public record IssuedView(KeyView key, String apiKey, String notice) {
    }

    private final ApiKeys keys;
    private final JsonWebToken jwt;

    PartnerKeyResource(ApiKeys keys, JsonWebToken jwt) {
        this.keys = keys;
        this.jwt = jwt;
    }

    @GET
    @Transactional
    @Operation(summary = "API 키 목록과 사용량")
    @APIResponse(responseCode = "200", description = "기관별 키, 이번 시간 사용량, 누적 요청 수, 마지막 사용")
    public List<KeyView> list() {
        return PartnerApiKey.<PartnerApiKey>list("order by agencyCode, createdAt desc").stream().map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "API 키 발급", description = "키는 이 응답에서 한 번만 보여 줍니다. 해시만 저장됩니다.")
    @APIResponse(responseCode = "201", description = "발급됨")
    @APIResponse(responseCode = "400", description = "입력값 오류")
    public Response issue(@NotNull(message = "요청 본문이 필요합니다.") @Valid NewKey request, UriInfo uri) {
        ApiKeys.Issued issued = keys.issue(request.agencyCode(), request.agencyName().strip(), request.quotaPerHour(),
                jwt.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.record().id.toString()).build())
                .entity(new IssuedView(view(issued.record()), issued.key(),
                        "이 키는 다시 보여 드리지 않습니다. 안전한 곳에 보관해 유관기관 담당자에게 전달하세요."))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "API 키 폐기", description = "폐기된 키로 보낸 요청은 403입니다.")
    @APIResponse(responseCode = "204", description = "폐기됨")
    @APIResponse(responseCode = "404", description = "없는 키")
    public void revoke(@PathParam("id") long id) {
        PartnerApiKey key = PartnerApiKey.findById(id);
        if (key == null) {
            throw ProblemException.notFound("해당 API 키를 찾을 수 없습니다.");
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private KeyView view(PartnerApiKey k) {
        return new KeyView(k.id, k.agencyCode, k.agencyName, k.keyPrefix, k.quotaPerHour, keys.usedThisHour(k),
                k.requestCount, seoul(k.createdAt), seoul(k.lastUsedAt), seoul(k.revokedAt), k.revokedAt == null);
    }

    private static OffsetDateTime seoul(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(SEOUL).toOffsetDateTime();
    }
}
