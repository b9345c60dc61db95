package kr.bizsos.system;

import static io.restassured.RestAssured.given;
import static kr.bizsos.system.SystemUnderTest.BASE_URL;
import static kr.bizsos.system.SystemUnderTest.login;
import static kr.bizsos.system.SystemUnderTest.receivedCount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thin slice through every part: gateway → grievance-service → Kafka → reporting-service. */
class GrievanceSliceTest {

    static Map<String, Object> grievance(String title) {
        return Map.of("kind", "COMPLAINT", "category", "FUNDING", "title", title,
                "content", "운전자금 추가 대출이 필요합니다.");
    }

    @Test
    void aSubmittedGrievanceIsCountedOnTheDashboardWithinTwoSeconds() {
        String company = login("company");
        int before = receivedCount(company);

        given().baseUri(BASE_URL).auth().oauth2(company).contentType(ContentType.JSON)
                .body(grievance("정책자금 한도 문의")).post("/api/grievances")
                .then().statusCode(201).body("receiptNumber", matchesPattern("\\d{4}-\\d{6}"));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> receivedCount(company) == before + 1);
    }

    @Test
    void theGatewayAnswersWithoutATokenWith401Problem() {
        given().baseUri(BASE_URL).get("/api/grievances")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCompanyUserCannotReadTheDashboardOfAnotherCompany() {
        String company = login("company");
        String other = login("company2");
        int otherBefore = receivedCount(other);
        given().baseUri(BASE_URL).auth().oauth2(company).contentType(ContentType.JSON)
                .body(grievance("판로 개척 지원 요청")).post("/api/grievances").then().statusCode(201);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receivedCount(other) == otherBefore);
    }

    @Test
    void everyServiceIsReadyBehindTheGateway() {
        given().baseUri(BASE_URL).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String api : new String[] {"meetings", "grievances", "reports"}) {
            given().baseUri(BASE_URL).get("/openapi/" + api).then().statusCode(200);
        }
    }
}
