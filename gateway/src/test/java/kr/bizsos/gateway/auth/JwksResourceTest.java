package kr.bizsos.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JwksResourceTest {

    @Inject
    SigningKeys keys;

    @Test
    void jwksListsOnePublicRs256KeyWithTheSigningKeysId() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].kid", equalTo(keys.keyId()))
                .body("keys[0]", not(hasKey("d")));
    }
}
