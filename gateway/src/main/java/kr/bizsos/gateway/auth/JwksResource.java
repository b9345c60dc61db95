package kr.bizsos.gateway.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/** Publishes the token verification key as a JWK Set; the services fetch it to check tokens. */
@Path("/.well-known/jwks.json")
@Tag(name = "인증")
public class JwksResource {

    private final String jwks;

    JwksResource(SigningKeys keys) {
        RsaJsonWebKey key = new RsaJsonWebKey(keys.publicKey());
        key.setKeyId(keys.keyId());
        key.setAlgorithm("RS256");
        key.setUse("sig");
        jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "토큰 검증용 공개키(JWKS)를 조회합니다")
    @APIResponse(responseCode = "200", description = "RS256 공개키 하나를 담은 JWK Set")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(jwks).cacheControl(cache).build();
    }
}
