package kr.bizsos.gateway.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasXPath;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import kr.bizsos.gateway.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An ADMIN issues partner API keys (shown once, stored hashed), revokes them; quotas give 429. */
@QuarkusTest
class PartnerKeysTest {

    static final String PASSWORD = "partner-keys-test-1!";

    @Inject
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure("keys-admin", PASSWORD, "관리자", "ADMIN", null, null, true);
        users.ensure("keys-coordinator", PASSWORD, "기업지원과", "COORDINATOR", null, null, true);
    }

    static String login(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    static String issue(String agency, int quota) {
        return given().auth().oauth2(login("keys-admin")).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "agencyName", "강원신용보증재단", "quotaPerHour", quota))
                .post("/api/partner-keys").then().statusCode(201)
                .body("apiKey", startsWith("bzk_"))
                .extract().path("apiKey");
    }

    @Test
    void anIssuedKeyIsShownOnceAndListedOnlyByItsPrefix() {
        String key = issue("GW_CREDIT", 100);
        String listing = given().auth().oauth2(login("keys-admin")).get("/api/partner-keys")
                .then().statusCode(200).extract().asString();
        assertThat(listing).contains(key.substring(0, 10)).doesNotContain(key);
    }

    @Test
    void onlyAnAdminManagesKeys() {
        given().auth().oauth2(login("keys-coordinator")).get("/api/partner-keys").then().statusCode(403);
        given().get("/api/partner-keys").then().statusCode(401);
    }

    @Test
    void aBadAgencyCodeIsRefusedNamingTheField() {
        given().auth().oauth2(login("keys-admin")).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "신보", "agencyName", "x", "quotaPerHour", 10))
                .post("/api/partner-keys").then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void aRevokedKeyIsRefusedWith403() {
        String key = issue("GW_REVOKED", 100);
        int id = given().auth().oauth2(login("keys-admin")).get("/api/partner-keys").then()
                .extract().path("find { it.keyPrefix == '" + key.substring(0, 10) + "' }.id");
        given().auth().oauth2(login("keys-admin")).delete("/api/partner-keys/" + id).then().statusCode(204);

        given().get("/open311/v2/requests.xml?api_key=" + key).then().statusCode(403)
                .contentType("text/xml")
                .body(hasXPath("/errors/error/code", equalTo("403")));
    }

    @Test
    void aKeyOverItsHourlyQuotaGets429InTheAskedFormat() {
        String key = issue("GW_QUOTA", 1);
        given().get("/open311/v2/requests/00000000-0000-0000-0000-000000000000.json?api_key=" + key)
                .then().statusCode(not(equalTo(429)));
        given().get("/open311/v2/requests/00000000-0000-0000-0000-000000000000.json?api_key=" + key)
                .then().statusCode(429).contentType("application/json").body("[0].code", equalTo(429));
    }
}
