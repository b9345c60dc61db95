package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static kr.bizsos.meetings.TestData.cancel;
import static kr.bizsos.meetings.TestData.confirm;
import static kr.bizsos.meetings.TestData.create;
import static kr.bizsos.meetings.TestData.hold;
import static kr.bizsos.meetings.TestData.plan;
import static kr.bizsos.meetings.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** PLANNED → CONFIRMED → HELD, or CANCELLED from PLANNED/CONFIRMED: every step allowed and refused. */
@QuarkusTest
class MeetingLifecycleTest {

    private static String planned() {
        return create(plan("상태 시험 " + uniqueWord()));
    }

    private static String confirmed() {
        String id = planned();
        confirm(id);
        return id;
    }

    private static String held() {
        String id = confirmed();
        hold(id);
        return id;
    }

    private static String cancelled() {
        String id = planned();
        cancel(id);
        return id;
    }

    private static io.restassured.response.ValidatableResponse post(String id, String action) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(action.equals("cancel") ? "{\"reason\":\"일정 변경\"}" : "{}")
                .post("/api/meetings/" + id + "/" + action).then();
    }

    private static void refused(String id, String action, String statusBefore) {
        long[] before = TestData.counts();
        post(id, action).statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id)
                .then().statusCode(200).body("status", equalTo(statusBefore));
        assertThat(TestData.counts()).containsExactly(before);
    }

    @Test
    void aNewMeetingIsPlannedAndAnswers201WithItsLocation() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(plan("신규 " + uniqueWord()))
                .post("/api/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/meetings/"))
                .body("status", equalTo("PLANNED"))
                .body("statusName", equalTo("계획"))
                .body("kindName", equalTo("기타·분야별 간담회"))
                .body("regular", equalTo(false))
                .body("municipalityName", equalTo("원주시"))
                .body("hostDepartmentId", equalTo("ENTERPRISE_SUPPORT"))
                .body("startsAt", containsString("+09:00"));
    }

    @Test
    void aPlannedMeetingIsConfirmed() {
        post(planned(), "confirm").statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("confirmedAt", notNullValue());
    }

    @Test
    void aConfirmedMeetingIsHeldAndItsParticipantsRecordedPresent() {
        Map<String, Object> body = plan("출석 " + uniqueWord());
        body.put("invitedDepartments", java.util.List.of("INVESTMENT", "JOBS"));
        body.put("partnerAgencies", java.util.List.of("GWTP"));
        String id = create(body);
        confirm(id);
        post(id, "hold").statusCode(200)
                .body("status", equalTo("HELD"))
                .body("statusName", equalTo("개최"))
                .body("heldAt", notNullValue())
                .body("attendedCounts.DEPARTMENT", equalTo(2))
                .body("attendedCounts.PARTNER_AGENCY", equalTo(1));
    }

    @Test
    void aPlannedMeetingIsCancelledWithItsReason() {
        post(planned(), "cancel").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("일정 변경"));
    }

    @Test
    void aConfirmedMeetingIsCancelled() {
        post(confirmed(), "cancel").statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aPlannedMeetingCannotBeHeldBeforeItIsConfirmed() {
        refused(planned(), "hold", "PLANNED");
    }

    @Test
    void aConfirmedMeetingCannotBeConfirmedAgain() {
        refused(confirmed(), "confirm", "CONFIRMED");
    }

    @Test
    void aHeldMeetingCannotBeConfirmedHeldAgainOrCancelled() {
        String id = held();
        refused(id, "confirm", "HELD");
        refused(id, "hold", "HELD");
        refused(id, "cancel", "HELD");
    }

    @Test
    void aCancelledMeetingCannotBeConfirmedHeldOrCancelledAgain() {
        String id = cancelled();
        refused(id, "confirm", "CANCELLED");
        refused(id, "hold", "CANCELLED");
        refused(id, "cancel", "CANCELLED");
    }

    @Test
    void aMeetingCannotBeRecordedAsHeldBeforeItsDay() {
        Map<String, Object> body = plan("미래 " + uniqueWord());
        body.put("startsAt", TestData.now().plusDays(2).toString());
        body.put("endsAt", TestData.now().plusDays(2).plusHours(2).toString());
        String id = create(body);
        confirm(id);
        post(id, "hold").statusCode(409).body("detail", containsString("전에는 개최로 기록할 수 없습니다"));
    }

    @Test
    void cancellingWithoutAReasonIsRefusedNamingTheField() {
        String id = planned();
        long[] before = TestData.counts();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("{}")
                .post("/api/meetings/" + id + "/cancel")
                .then().statusCode(400).body("errors.field", hasItem("reason")).body("detail", containsString("reason"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id).then().body("status", equalTo("PLANNED"));
        assertThat(TestData.counts()).containsExactly(before);
    }

    @Test
    void aCancelledMeetingCannotBeChanged() {
        String id = cancelled();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("title", "다시 살린 회의")).patch("/api/meetings/" + id)
                .then().statusCode(409).body("detail", equalTo("취소된 회의는 변경할 수 없습니다."));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("type", "DEPARTMENT", "departmentId", "JOBS"))
                .post("/api/meetings/" + id + "/participants").then().statusCode(409);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id)
                .then().body("title", containsString("상태 시험")).body("participantCounts.DEPARTMENT", equalTo(0));
    }

    @Test
    void aPlannedMeetingIsRescheduledByPatch() {
        String id = planned();
        String start = TestData.now().plusDays(10).toString();
        String end = TestData.now().plusDays(10).plusHours(2).toString();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("startsAt", start, "endsAt", end, "venue", "원주 상공회의소"))
                .patch("/api/meetings/" + id)
                .then().statusCode(200)
                .body("venue", equalTo("원주 상공회의소"))
                .body("status", equalTo("PLANNED"))
                .body("date", equalTo(TestData.now().plusDays(10).toLocalDate().toString()));
    }

    @Test
    void aHeldMeetingKeepsItsDateAndPlace() {
        String id = held();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("municipality", "GANGNEUNG")).patch("/api/meetings/" + id)
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id)
                .then().body("municipality", equalTo("WONJU"));
    }

    @Test
    void aLocalTimeWithoutOffsetIsTakenAsSeoulTime() {
        Map<String, Object> body = plan("현지시각 " + uniqueWord());
        body.put("startsAt", "2030-05-14T14:00");
        body.put("endsAt", "2030-05-14T16:00");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body).post("/api/meetings")
                .then().statusCode(201).body("startsAt", equalTo("2030-05-14T14:00:00+09:00"));
    }
}
