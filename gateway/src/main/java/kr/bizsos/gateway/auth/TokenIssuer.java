package kr.bizsos.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import kr.bizsos.platform.security.Claims;

/** Signs the short-lived RS256 access token that every service trusts. */
@ApplicationScoped
public class TokenIssuer {

    private final SigningKeys keys;
    private final JwtConfig config;

    TokenIssuer(SigningKeys keys, JwtConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public String issue(UserAccount user) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(Claims.ISSUER)
                .subject(user.username)
                .upn(user.username)
                .groups(Set.copyOf(user.roles))
                .claim(Claims.NAME, user.displayName)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(config.lifespan()));
        if (user.departmentId != null) {
            claims.claim(Claims.DEPARTMENT, user.departmentId);
        }
        if (user.companyId != null) {
            claims.claim(Claims.COMPANY, user.companyId);
        }
        return claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
    }

    /** A token for a partner agency's system, used by the gateway itself when it relays an Open311 call. */
    public String issuePartner(String agencyCode, String agencyName, java.time.Duration lifespan) {
        Instant now = Instant.now();
        return Jwt.issuer(Claims.ISSUER)
                .subject("partner:" + agencyCode)
                .upn("partner:" + agencyCode)
                .groups(Set.of(kr.bizsos.platform.security.Roles.PARTNER))
                .claim(Claims.NAME, agencyName)
                .claim(Claims.PARTNER, agencyCode)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifespan))
                .jws().keyId(keys.keyId()).sign(keys.privateKey());
    }

    public long lifespanSeconds() {
        return config.lifespan().toSeconds();
    }
}
