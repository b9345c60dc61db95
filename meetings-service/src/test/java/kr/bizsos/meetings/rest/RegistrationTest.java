package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static kr.bizsos.meetings.TestData.plan;
import static kr.bizsos.meetings.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Companies register for public meetings within the capacity. */
@QuarkusTest
class RegistrationTest {

    private static String publicMeeting(Integer capacity) {
        Map<String, Object> body = plan("설명회 " + uniqueWord());
        body.put("kind", "BRIEFING");
        body.put("publicMeeting", true);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        body.put("startsAt", TestData.now().plusDays(7).toString());
        body.put("endsAt", TestData.now().plusDays(7).plusHours(2).toString());
        return TestData.create(body);
    }

    private static io.restassured.response.ValidatableResponse register(String meetingId, String businessNumber) {
        return given().auth().oauth2(TestTokens.company(businessNumber)).contentType(ContentType.JSON)
                .body(Map.of("company", Map.of("name", "㈜신청기업", "municipality", "HONGCHEON", "size", "SME"),
                        "contact", Map.of("name", "최신청", "phone", "010-5555-6666")))
                .post("/api/meetings/" + meetingId + "/registrations").then();
    }

    @Test
    void aCompanyRegistersForAPublicMeeting() {
        String id = publicMeeting(10);
        String bn = TestData.newBusinessNumber();
        register(id, bn).statusCode(201)
                .header("Location", containsString("/registrations/"))
                .body("origin", equalTo("REGISTERED"))
                .body("businessNumber", equalTo(bn))
                .body("contact.name", equalTo("최신청"));
        given().auth().oauth2(TestTokens.company(bn)).get("/api/meetings/" + id)
                .then().body("registrationCount", equalTo(1)).body("remainingPlaces", equalTo(9))
                .body("myParticipation", equalTo("REGISTERED")).body("permissions.canRegister", equalTo(false));
    }

    @Test
    void theCapacityIsEnforcedAndAFullMeetingRefusesWith409() {
        String id = publicMeeting(2);
        register(id, TestData.newBusinessNumber()).statusCode(201);
        register(id, TestData.newBusinessNumber()).statusCode(201);
        long[] before = TestData.counts();
        register(id, TestData.newBusinessNumber()).statusCode(409).body("detail", containsString("정원(2개 기업)"));
        assertThat(TestData.counts()).containsExactly(before);
    }

    @Test
    void aWithdrawnRegistrationFreesItsPlace() {
        String id = publicMeeting(1);
        String first = TestData.newBusinessNumber();
        String registration = register(id, first).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.company(first)).delete("/api/meetings/" + id + "/registrations/" + registration)
                .then().statusCode(204);
        register(id, TestData.newBusinessNumber()).statusCode(201);
    }

    @Test
    void aCompanyCannotWithdrawAnotherCompanysRegistration() {
        String id = publicMeeting(null);
        String registration = register(id, TestData.newBusinessNumber()).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.company(TestData.newBusinessNumber()))
                .delete("/api/meetings/" + id + "/registrations/" + registration).then().statusCode(404);
    }

    @Test
    void aCompanyRegistersOnlyOnce() {
        String id = publicMeeting(null);
        String bn = TestData.newBusinessNumber();
        register(id, bn).statusCode(201);
        register(id, bn).statusCode(409);
    }

    @Test
    void aMeetingThatIsNotPublicDoesNotExistForAnUninvitedCompany() {
        String id = TestData.create(plan("비공개 " + uniqueWord()));
        register(id, TestData.newBusinessNumber()).statusCode(404);
    }

    @Test
    void registrationClosesWhenTheMeetingIsCancelled() {
        String id = publicMeeting(5);
        TestData.cancel(id);
        register(id, TestData.newBusinessNumber()).statusCode(409).body("detail", equalTo("취소된 회의는 변경할 수 없습니다."));
    }

    @Test
    void aCompanySeesOnlyItsOwnRegistrations() {
        String id = publicMeeting(null);
        String bn = TestData.newBusinessNumber();
        register(id, bn).statusCode(201);
        register(id, TestData.newBusinessNumber()).statusCode(201);
        given().auth().oauth2(TestTokens.company(bn)).get("/api/meetings/" + id + "/registrations")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].businessNumber", equalTo(bn));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id + "/registrations")
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].contact.name", equalTo("최*청"));
    }
}
