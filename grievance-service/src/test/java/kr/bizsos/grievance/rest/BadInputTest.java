package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import kr.bizsos.grievance.Company;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.outbox.OutboxEvent;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear Korean answer naming the field, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static Map<String, Object> valid(String bn) {
        Map<String, Object> body = new HashMap<>(Api.onBehalfOf(bn));
        return body;
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                Grievance.count(), OutboxEvent.count(), Company.count()});
    }

    private void rejected(Map<String, Object> body, String field) {
        long[] before = counts();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body)
                .post("/api/grievances")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aMissingTitleIsRefusedNamingTheField() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.remove("title");
        rejected(body, "title");
    }

    @Test
    void contentOver4000CharactersIsRefused() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.put("content", "가".repeat(4001));
        rejected(body, "content");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.put("category", "SPACE_TRAVEL");
        rejected(body, "category");
    }

    @Test
    void anUnknownKindIsRefused() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.put("kind", "WISH");
        rejected(body, "kind");
    }

    @Test
    void anInvalidBusinessNumberIsRefused() {
        rejected(valid("1348672684"), "company.businessNumber");
    }

    @Test
    void anUnknownMunicipalityIsRefused() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.put("company", Map.of("businessNumber", TestCompanies.newBusinessNumber(), "name", "㈜테스트",
                "municipality", "SEOUL"));
        rejected(body, "company.municipality");
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/grievances")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        Map<String, Object> body = valid(TestCompanies.newBusinessNumber());
        body.put("title", Map.of("nested", true));
        rejected(body, "title");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        long[] before = counts();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"content\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/api/grievances")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void anUnknownIdAnswers404() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("해당 기업애로를 찾을 수 없습니다."));
    }

    @Test
    void anUnknownStatusFilterIsRefused() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances?status=LOST")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }
}
