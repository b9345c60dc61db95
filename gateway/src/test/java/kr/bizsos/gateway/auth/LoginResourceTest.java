package kr.bizsos.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import kr.bizsos.gateway.TestUsers;
import kr.bizsos.platform.security.Roles;
import kr.bizsos.platform.testing.TestTokens;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginResourceTest {

    private static final String PASSWORD = "시험-비밀번호-1!";
    private static final String BAD_CREDENTIALS = "아이디 또는 비밀번호가 올바르지 않습니다.";

    @Inject
    TestUsers users;

    @BeforeEach
    void givenUsers() {
        users.ensure("test-officer", PASSWORD, "시험 담당자", Roles.OFFICER, "ENTERPRISE_ECONOMY", null, true);
        users.ensure("test-company", PASSWORD, "시험 기업", Roles.COMPANY, null, "1348672683", true);
        users.ensure("test-disabled", PASSWORD, "퇴사자", Roles.COORDINATOR, null, null, false);
    }

    @Test
    void loginReturnsABearerTokenThatVerifiesAgainstTheJwksAndCarriesTheUsersClaims() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body("{\"username\":\"test-officer\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(1800))
                .body("user.username", equalTo("test-officer"))
                .body("user.displayName", equalTo("시험 담당자"))
                .body("user.roles", equalTo(List.of("OFFICER")))
                .body("user.departmentId", equalTo("ENTERPRISE_ECONOMY"))
                .body("user.companyId", nullValue())
                .extract().path("accessToken");

        JsonWebKeySet jwks = new JsonWebKeySet(given().get("/.well-known/jwks.json").asString());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                .setExpectedIssuer("bizsos-gateway")
                .setRequireExpirationTime()
                .setRequireJwtId()
                .build()
                .processToClaims(token);
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("test-officer");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("OFFICER");
        assertThat(claims.getClaimValueAsString("name")).isEqualTo("시험 담당자");
        assertThat(claims.getClaimValueAsString("department_id")).isEqualTo("ENTERPRISE_ECONOMY");
        assertThat(claims.hasClaim("company_id")).isFalse();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(1800);
    }

    @Test
    void aCompanyUsersTokenNamesTheCompany() {
        given().auth().oauth2(login("test-company"))
                .when().get("/api/auth/me")
                .then().statusCode(200)
                .body("username", equalTo("test-company"))
                .body("roles", hasItem("COMPANY"))
                .body("companyId", equalTo("1348672683"));
    }

    @Test
    void aWrongPasswordIs401ProblemInKorean() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"test-officer\",\"password\":\"wrong\"}")
                .when().post("/api/auth/login")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", equalTo(BAD_CREDENTIALS));
    }

    @Test
    void anUnknownUserIsTheSame401AsAWrongPassword() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"nobody\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo(BAD_CREDENTIALS));
    }

    @Test
    void aDisabledUserCannotLogIn() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"test-disabled\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(401)
                .body("detail", equalTo(BAD_CREDENTIALS));
    }

    @Test
    void aMissingPasswordIs400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"test-officer\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("password"))
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("비밀번호를 입력해 주세요."));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"test-officer\", ")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void meWithoutATokenIs401Problem() {
        given().when().get("/api/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void meWithATokenSignedByAnotherKeyIs401() {
        given().auth().oauth2(TestTokens.forged())
                .when().get("/api/auth/me")
                .then().statusCode(401);
    }

    private static String login(String username) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }
}
