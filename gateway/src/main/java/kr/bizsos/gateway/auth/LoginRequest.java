package kr.bizsos.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials sent to {@code POST /api/auth/login}. */
public record LoginRequest(
        @NotBlank(message = "아이디를 입력해 주세요.") @Size(max = 50, message = "아이디는 50자를 넘을 수 없습니다.")
        String username,
        @NotBlank(message = "비밀번호를 입력해 주세요.") @Size(max = 200, message = "비밀번호는 200자를 넘을 수 없습니다.")
        String password) {
}
