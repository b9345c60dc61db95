package kr.bizsos.grievance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Short calls to the grievance API for tests, as a given user (a token). */
public final class Api {

    private Api() {
    }

    public static String fileFor(String businessNumber, String category, String kind) {
        return given().auth().oauth2(kr.bizsos.platform.testing.TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "category", category, "title", "판로 개척 지원 요청 " + System.nanoTime(),
                        "content", "대형마트 입점 상담을 원합니다.", "channel", "PHONE",
                        "company", Map.of("businessNumber", businessNumber, "name", "㈜테스트기업", "municipality", "WONJU")))
                .post("/api/grievances").then().statusCode(201).extract().path("id");
    }

    /** A grievance no rule routes (분야 판로): it waits in the coordinator's queue, RECEIVED. */
    public static String unrouted(String businessNumber) {
        return fileFor(businessNumber, "SALES", "COMPLAINT");
    }

    /** A complete staff submission on a company's behalf (분야 자금, 춘천), with contact data. */
    public static Map<String, Object> onBehalfOf(String businessNumber) {
        return Map.of("kind", "COMPLAINT", "category", "FUNDING", "title", "운전자금 대출 한도 문의",
                "content", "정책자금 한도가 소진되어 추가 대출이 어렵습니다.", "channel", "PHONE",
                "company", Map.of("businessNumber", businessNumber, "name", "㈜강원정밀", "municipality", "CHUNCHEON"),
                "contact", Map.of("name", "홍길동", "phone", "010-1234-5678", "email", "gildong@example.kr"));
    }

    public static ValidatableResponse act(String token, String id, String action, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body == null ? Map.of() : body)
                .post("/api/grievances/" + id + "/" + action).then();
    }

    public static ValidatableResponse get(String token, String id) {
        return given().auth().oauth2(token).get("/api/grievances/" + id).then();
    }

    public static Map<String, Object> answer(String result) {
        return Map.of("result", result, "text", "정책자금 추가 배정을 검토하여 지원하겠습니다.", "officialName", "이수연");
    }
}
