package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Routing rules, holidays and categories are data that admins and coordinators keep. */
@QuarkusTest
class AdminTest {

    @Test
    void aKeywordRuleRoutesNewGrievancesToItsDepartment() {
        String keyword = "수소충전" + System.nanoTime();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("keyword", keyword, "departmentId", "INDUSTRY_LOCATION", "priority", 900))
                .post("/api/grievances/routing-rules").then().statusCode(201);

        Map<String, Object> body = new HashMap<>(Api.onBehalfOf(TestCompanies.newBusinessNumber()));
        body.put("title", keyword + " 설치 인허가 문의");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body)
                .post("/api/grievances").then().statusCode(201)
                .body("status", equalTo("ASSIGNED")).body("departmentId", equalTo("INDUSTRY_LOCATION"));
    }

    @Test
    void aRuleForAnUnknownDepartmentIsRefused() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("category", "FUNDING", "departmentId", "NOWHERE", "priority", 1))
                .post("/api/grievances/routing-rules").then().statusCode(400).body("errors.field", hasItem("departmentId"));
    }

    @Test
    void companiesCannotEditRoutingRules() {
        given().auth().oauth2(TestTokens.company(TestCompanies.newBusinessNumber())).get("/api/grievances/routing-rules")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownRuleAnswers404() {
        given().auth().oauth2(TestTokens.admin()).delete("/api/grievances/routing-rules/999999").then().statusCode(404);
    }

    @Test
    void holidaysNameTheirSource() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances/holidays?year=2026").then().statusCode(200)
                .body("find { it.date == '2026-09-25' }.name", equalTo("추석"))
                .body("find { it.date == '2026-09-25' }.source", equalTo("OFFICIAL"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances/holidays?year=2031").then().statusCode(200)
                .body("find { it.name == '설날' }.source", equalTo("COMPUTED"));
    }

    @Test
    void anAdminAddsAndRemovesATemporaryHoliday() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-06-12", "name", "임시공휴일(테스트)"))
                .post("/api/grievances/holidays").then().statusCode(201).body("source", equalTo("ADMIN"));
        given().auth().oauth2(TestTokens.admin()).get("/api/grievances/holidays?year=2030").then()
                .body("find { it.date == '2030-06-12' }.source", equalTo("ADMIN"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-06-12", "name", "중복")).post("/api/grievances/holidays").then().statusCode(409);

        given().auth().oauth2(TestTokens.admin()).delete("/api/grievances/holidays/2030-06-12").then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).delete("/api/grievances/holidays/2026-09-25").then().statusCode(404);
    }

    @Test
    void onlyAnAdminAddsHolidays() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-06-13", "name", "x")).post("/api/grievances/holidays").then().statusCode(403);
    }

    @Test
    void anAdminExtendsTheCategories() {
        String code = "TEST_" + (System.nanoTime() % 1_000_000);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "물류"))
                .post("/api/grievances/categories").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).get("/api/grievances/categories").then()
                .body("code", hasItem(code));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "물류"))
                .post("/api/grievances/categories").then().statusCode(409);
    }
}
