package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Meeting kinds, partner agencies and departments: reference data from the migrations, kinds extensible by an ADMIN. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void theKindsMarkWhichAreRegular() {
        given().auth().oauth2(TestTokens.company(TestData.newBusinessNumber())).get("/api/meetings/kinds")
                .then().statusCode(200)
                .body("find { it.code == 'FIELD_STRATEGY' }.name", equalTo("맞춤형 기업지원 간담회·현장전략회의"))
                .body("find { it.code == 'FIELD_STRATEGY' }.regular", equalTo(true))
                .body("find { it.code == 'AD_HOC' }.regularName", equalTo("필요시"))
                .body("code", hasItems("SITE_VISIT", "COMMUNICATION_DAY", "ONE_STOP", "BRIEFING"));
    }

    @Test
    void anAdminAddsARegularKindThatMeetingsCanThenUse() {
        String code = "K_" + TestData.uniqueWord().toUpperCase();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "시군 순회 수출상담회", "regular", true))
                .post("/api/meetings/kinds").then().statusCode(201).body("regular", equalTo(true));
        Map<String, Object> body = TestData.plan("새 종류 " + TestData.uniqueWord());
        body.put("kind", code);
        String id = TestData.create(body);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id)
                .then().body("kindName", equalTo("시군 순회 수출상담회")).body("regular", equalTo(true));
    }

    @Test
    void onlyAnAdminExtendsTheKinds() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("code", "NOT_ALLOWED", "name", "x", "regular", false))
                .post("/api/meetings/kinds").then().statusCode(403);
    }

    @Test
    void aRetiredKindCannotBeUsedForNewMeetings() {
        String code = "OLD_" + TestData.uniqueWord().toUpperCase();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "폐지된 회의", "regular", false))
                .post("/api/meetings/kinds").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("active", false))
                .patch("/api/meetings/kinds/" + code).then().statusCode(200).body("active", equalTo(false));
        Map<String, Object> body = TestData.plan("폐지 " + TestData.uniqueWord());
        body.put("kind", code);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body)
                .post("/api/meetings").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void theTenPartnerAgenciesOfSeed000AreListed() {
        given().auth().oauth2(TestTokens.officer("JOBS")).get("/api/meetings/partner-agencies")
                .then().statusCode(200)
                .body("$", hasSize(10))
                .body("name", hasItems("강원지방중소벤처기업청", "고용노동부 강원지청", "강원지방조달청",
                        "중소벤처기업진흥공단 강원지역본부", "한국무역협회", "한국은행", "강원특별자치도경제진흥원", "강원테크노파크",
                        "강원신용보증재단", "중소기업중앙회 강원지역본부"));
    }

    @Test
    void departmentsHaveCodesAndKoreanNames() {
        given().auth().oauth2(TestTokens.officer("JOBS")).get("/api/meetings/departments")
                .then().statusCode(200)
                .body("find { it.code == 'ENTERPRISE_ECONOMY' }.name", equalTo("기업경제과 기업SOS팀"))
                .body("code", hasItems("ENTERPRISE_SUPPORT", "INVESTMENT", "EXPORT_TRADE", "JOBS",
                        "INDUSTRY_LOCATION", "BIO_INDUSTRY", "FINANCE_TAX"));
    }
}
