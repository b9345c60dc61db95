package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static kr.bizsos.meetings.TestData.plan;
import static kr.bizsos.meetings.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Bad input gets 400 naming the field (or 409 for the wrong state), and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static void rejected(String method, String path, Object body, int status, String field) {
        long[] before = TestData.counts();
        var response = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body)
                .request(method, path)
                .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            response.body("errors.field", hasItem(field)).body("detail", containsString(field));
        }
        assertThat(TestData.counts()).as("rows in meeting, participant, raised_item, company, outbox, kind")
                .containsExactly(before);
    }

    private static void planRejected(Map<String, Object> body, String field) {
        rejected("POST", "/api/meetings", body, 400, field);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Map<String, Object> body = plan("역순 " + uniqueWord());
        body.put("endsAt", TestData.now().minusHours(5).toString());
        planRejected(body, "endsAt");
    }

    @Test
    void anUnknownMunicipalityIsRefused() {
        Map<String, Object> body = plan("서울 " + uniqueWord());
        body.put("municipality", "SEOUL");
        planRejected(body, "municipality");
    }

    @Test
    void theProvinceItselfIsNotAPlaceToMeet() {
        Map<String, Object> body = plan("도 " + uniqueWord());
        body.put("municipality", "PROVINCE");
        planRejected(body, "municipality");
    }

    @Test
    void anUnknownKindIsRefused() {
        Map<String, Object> body = plan("종류 " + uniqueWord());
        body.put("kind", "PICNIC");
        planRejected(body, "kind");
    }

    @Test
    void aMissingTitleIsRefused() {
        Map<String, Object> body = plan("x");
        body.remove("title");
        planRejected(body, "title");
    }

    @Test
    void aMalformedDateIsRefusedNamingTheField() {
        Map<String, Object> body = plan("날짜 " + uniqueWord());
        body.put("startsAt", "다음 주 화요일");
        planRejected(body, "startsAt");
    }

    @Test
    void anUnknownInvitedDepartmentStoresNeitherTheMeetingNorItsOtherParticipants() {
        Map<String, Object> body = plan("부서 " + uniqueWord());
        body.put("partnerAgencies", List.of("GWTP"));
        body.put("invitedDepartments", List.of("JOBS", "MINISTRY_OF_MAGIC"));
        planRejected(body, "invitedDepartments[1]");
    }

    @Test
    void anInvalidBusinessNumberOfAnInvitedCompanyIsRefused() {
        Map<String, Object> body = plan("기업 " + uniqueWord());
        body.put("companies", List.of(Map.of("company", TestData.company("1348672684", "㈜오류", "CHUNCHEON"))));
        planRejected(body, "companies[0].company.businessNumber");
    }

    @Test
    void aCapacityBelowTheRegistrationsIsRefused() {
        Map<String, Object> body = plan("정원 " + uniqueWord());
        body.put("publicMeeting", true);
        body.put("capacity", 5);
        body.put("startsAt", TestData.now().plusDays(7).toString());
        body.put("endsAt", TestData.now().plusDays(7).plusHours(2).toString());
        String id = TestData.create(body);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.company(TestData.newBusinessNumber())).contentType(ContentType.JSON)
                    .body(Map.of("company", Map.of("name", "㈜신청" + i, "municipality", "WONJU")))
                    .post("/api/meetings/" + id + "/registrations").then().statusCode(201);
        }
        rejected("PATCH", "/api/meetings/" + id, Map.of("capacity", 1), 400, "capacity");
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id).then().body("capacity", equalTo(5));
    }

    @Test
    void minutesOnAMeetingNotHeldAreRefused() {
        String id = TestData.create(plan("회의록 " + uniqueWord()));
        rejected("PUT", "/api/meetings/" + id + "/minutes", Map.of("minutes", "회의 내용"), 409, null);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id + "/minutes")
                .then().statusCode(200).body("minutes", equalTo(null));
    }

    @Test
    void attendanceOnAMeetingNotHeldIsRefused() {
        String id = TestData.create(plan("출석 " + uniqueWord()));
        rejected("PUT", "/api/meetings/" + id + "/attendance",
                Map.of("attendance", List.of(Map.of("participantId", UUID.randomUUID().toString(), "attended", true))),
                409, null);
    }

    @Test
    void aRaisedItemOnAMeetingNotHeldIsRefused() {
        String id = TestData.create(plan("건의 " + uniqueWord()));
        TestData.confirm(id);
        rejected("POST", "/api/meetings/" + id + "/raised-items", RaisedItemTest.item(TestData.newBusinessNumber()),
                409, null);
    }

    @Test
    void aRaisedItemWithAnUnknownCategoryIsRefused() {
        String id = TestData.heldMeeting(TestData.newBusinessNumber(), "㈜분야");
        Map<String, Object> item = new java.util.HashMap<>(RaisedItemTest.item(TestData.newBusinessNumber()));
        item.put("category", "SPACE_TRAVEL");
        rejected("POST", "/api/meetings/" + id + "/raised-items", item, 400, "category");
    }

    @Test
    void holdingWithAnAttendanceMarkForAStrangerLeavesTheMeetingConfirmed() {
        String id = TestData.create(plan("출석 오류 " + uniqueWord()));
        TestData.confirm(id);
        rejected("POST", "/api/meetings/" + id + "/hold",
                Map.of("attendance", List.of(Map.of("participantId", UUID.randomUUID().toString(), "attended", false)),
                        "raisedItems", List.of(RaisedItemTest.item(TestData.newBusinessNumber()))),
                400, "attendance[0].participantId");
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id)
                .then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void anUnknownFilterValueIsRefusedNamingTheParameter() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings?municipality=BUSAN")
                .then().statusCode(400).body("errors.field", hasItem("municipality"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings?status=POSTPONED")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings?month=13&year=2025")
                .then().statusCode(400).body("errors.field", hasItem("month"));
    }

    @Test
    void anUnknownMeetingAnswers404() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("해당 회의를 찾을 수 없습니다."));
    }
}
