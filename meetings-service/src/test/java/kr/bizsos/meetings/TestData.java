package kr.bizsos.meetings;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.outbox.OutboxEvent;
import kr.bizsos.platform.testing.TestTokens;

/** Builds meetings through the API, with fresh companies and titles so tests never see each other's data. */
public final class TestData {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private TestData() {
    }

    public static String newBusinessNumber() {
        return BusinessNumber.withCheckDigit("%09d".formatted(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    }

    /** A word no other test uses, to find one's own meetings with {@code q=}. */
    public static String uniqueWord() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(SEOUL).withNano(0);
    }

    /** A valid plan: an ad-hoc meeting in 원주 that started three hours ago (so it can be held today). */
    public static Map<String, Object> plan(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "AD_HOC");
        body.put("title", title);
        body.put("startsAt", now().minusHours(3).toString());
        body.put("endsAt", now().minusHours(1).toString());
        body.put("municipality", "WONJU");
        body.put("venue", "원주시청 회의실");
        body.put("agenda", "수출 애로 청취");
        return body;
    }

    public static Map<String, Object> company(String businessNumber, String name, String municipality) {
        return Map.of("businessNumber", businessNumber, "name", name, "municipality", municipality, "size", "SME");
    }

    public static String create(Map<String, Object> body) {
        return create(TestTokens.coordinator(), body);
    }

    public static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/meetings")
                .then().statusCode(201).extract().path("id");
    }

    public static void confirm(String id) {
        given().auth().oauth2(TestTokens.coordinator()).post("/api/meetings/" + id + "/confirm")
                .then().statusCode(200);
    }

    public static void hold(String id) {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("{}")
                .post("/api/meetings/" + id + "/hold").then().statusCode(200);
    }

    public static void cancel(String id) {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "태풍 예보로 취소")).post("/api/meetings/" + id + "/cancel").then().statusCode(200);
    }

    /** A meeting planned, confirmed and held today, with one invited company. */
    public static String heldMeeting(String businessNumber, String companyName) {
        Map<String, Object> body = plan("개최 회의 " + uniqueWord());
        body.put("companies", List.of(Map.of("company", company(businessNumber, companyName, "CHUNCHEON"),
                "contact", Map.of("name", "홍길동", "phone", "010-1234-5678", "email", "gildong@example.kr"))));
        String id = create(body);
        confirm(id);
        hold(id);
        return id;
    }

    /** A raised item from a company met for the first time, in 속초. */
    public static Map<String, Object> raisedItem(String businessNumber) {
        Map<String, Object> item = new HashMap<>();
        item.put("businessNumber", businessNumber);
        item.put("companyName", "㈜판로기업");
        item.put("companyMunicipality", "SOKCHO");
        item.put("kind", "SUGGESTION");
        item.put("category", "SALES");
        item.put("title", "공공구매 우선구매 품목 확대 건의");
        item.put("content", "지역 제품을 도 공공구매 우선구매 품목에 포함해 주십시오.");
        return item;
    }

    /** Rows in each table a request could write to, to show that a refused request stored nothing. */
    public static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                Meeting.count(), Participant.count(), RaisedItem.count(), Company.count(), OutboxEvent.count(),
                MeetingKind.count()});
    }
}
