package kr.bizsos.gateway.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Verifies the gateway's own tokens (for {@code /api/auth/me}) with the public key in memory:
 * the services fetch it from the JWKS over HTTP, but the gateway need not call itself.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TokenVerification extends JWTCallerPrincipalFactory {

    private final DefaultJWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();
    private final SigningKeys keys;

    TokenVerification(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo configured) throws ParseException {
        JWTAuthContextInfo own = new JWTAuthContextInfo(configured);
        own.setPublicKeyLocation(null);
        own.setPublicKeyContent(null);
        own.setPublicVerificationKey(keys.publicKey());
        return delegate.parse(token, own);
    }
}
