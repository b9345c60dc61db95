package kr.bizsos.gateway.auth;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login with username and password, and who the current token belongs to. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "인증", description = "로그인과 사용자 정보")
public class LoginResource {

    static final String BAD_CREDENTIALS = "아이디 또는 비밀번호가 올바르지 않습니다.";

    private final PasswordCheck passwords;
    private final TokenIssuer tokens;
    private final JsonWebToken jwt;

    LoginResource(PasswordCheck passwords, TokenIssuer tokens, JsonWebToken jwt) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.jwt = jwt;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "로그인하고 액세스 토큰(JWT)을 받습니다")
    @APIResponse(responseCode = "200", description = "로그인 성공: Bearer 토큰과 사용자 정보")
    @APIResponse(responseCode = "400", description = "아이디나 비밀번호가 빠졌거나 본문이 JSON이 아님")
    @APIResponse(responseCode = "401", description = "아이디 또는 비밀번호가 올바르지 않음")
    public LoginResponse login(@Valid @NotNull(message = "로그인 정보를 보내 주세요.") LoginRequest request) {
        UserAccount user = passwords.verify(request.username().trim(), request.password())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, BAD_CREDENTIALS, List.of()));
        return LoginResponse.bearer(tokens.issue(user), tokens.lifespanSeconds(), UserView.of(user));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "현재 토큰의 사용자 정보를 조회합니다")
    @APIResponse(responseCode = "200", description = "사용자 정보")
    @APIResponse(responseCode = "401", description = "토큰이 없거나 만료되었거나, 사용자가 비활성화됨")
    public UserView me() {
        return UserAccount.findByUsername(jwt.getName())
                .filter(user -> user.enabled)
                .map(UserView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED,
                        "사용자 정보를 찾을 수 없습니다. 다시 로그인해 주세요.", List.of()));
    }
}
