package kr.bizsos.gateway.auth;

/** A signed access token and the user it was issued to. */
public record LoginResponse(String accessToken, String tokenType, long expiresIn, UserView user) {

    static LoginResponse bearer(String token, long expiresIn, UserView user) {
        return new LoginResponse(token, "Bearer", expiresIn, user);
    }
}
