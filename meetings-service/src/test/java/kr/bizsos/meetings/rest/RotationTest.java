package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rotation over the 18 시군 from a known set of meetings in 2001–2004, years no other test
 * (nor the demo data) uses.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationTest {

    private static String meeting(String kind, String date, String municipality) {
        Map<String, Object> body = TestData.plan("순회 " + municipality + " " + date);
        body.put("kind", kind);
        body.put("startsAt", date + "T14:00:00+09:00");
        body.put("endsAt", date + "T16:00:00+09:00");
        body.put("municipality", municipality);
        return TestData.create(body);
    }

    private static void held(String kind, String date, String municipality) {
        String id = meeting(kind, date, municipality);
        TestData.confirm(id);
        TestData.hold(id);
    }

    private boolean made;

    /** Once per class; in @BeforeEach because REST Assured knows the test port only from then on. */
    @BeforeEach
    void knownMeetings() {
        if (made) {
            return;
        }
        made = true;
        held("FIELD_STRATEGY", "2001-04-27", "HOENGSEONG");
        held("FIELD_STRATEGY", "2001-06-30", "GANGNEUNG");
        held("AD_HOC", "2001-09-01", "WONJU");
        held("FIELD_STRATEGY", "2002-03-29", "CHUNCHEON");
        held("FIELD_STRATEGY", "2002-06-21", "JEONGSEON");
        held("FIELD_STRATEGY", "2002-12-18", "JEONGSEON");
        held("FIELD_STRATEGY", "2003-10-23", "SAMCHEOK");
        TestData.cancel(meeting("FIELD_STRATEGY", "2003-05-02", "DONGHAE"));
        meeting("FIELD_STRATEGY", "2004-03-10", "DONGHAE");
    }

    @Test
    void everyOneOfThe18MunicipalitiesHasARowWithItsYearsAndCounts() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=2002")
                .then().statusCode(200)
                .body("year", equalTo(2002))
                .body("asOf", equalTo("2002-12-31"))
                .body("rows", hasSize(18))
                .body("rows[0].municipality", equalTo("CHUNCHEON"))
                .body("heldInYear", equalTo(3))
                .body("rows.find { it.municipality == 'JEONGSEON' }.heldInYear", equalTo(2))
                .body("rows.find { it.municipality == 'JEONGSEON' }.lastHeldOn", equalTo("2002-12-18"))
                .body("rows.find { it.municipality == 'HOENGSEONG' }.heldInYear", equalTo(0))
                .body("rows.find { it.municipality == 'HOENGSEONG' }.years.year", contains(2001))
                .body("rows.find { it.municipality == 'SAMCHEOK' }.heldTotal", equalTo(0));
    }

    @Test
    void aCancelledOrAdHocMeetingDoesNotCountAsHostingTheRotation() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=2003")
                .then().statusCode(200)
                .body("rows.find { it.municipality == 'DONGHAE' }.heldTotal", equalTo(0))
                .body("rows.find { it.municipality == 'DONGHAE' }.lastHeldOn", nullValue())
                .body("rows.find { it.municipality == 'WONJU' }.heldTotal", equalTo(0))
                .body("rows.find { it.municipality == 'WONJU' }.lastMeetingOfAnyKindOn", equalTo("2001-09-01"));
    }

    @Test
    void theLongestWithoutAreTheNeverHostedFirstThenTheOldestLastMeeting() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=2003")
                .then().statusCode(200)
                .body("heldInYear", equalTo(1))
                .body("longestWithout[0]", equalTo("DONGHAE"))
                .body("longestWithout[12]", equalTo("WONJU"))
                .body("longestWithout[13]", equalTo("HOENGSEONG"))
                .body("longestWithout[14]", equalTo("GANGNEUNG"))
                .body("longestWithout[15]", equalTo("CHUNCHEON"))
                .body("longestWithout[16]", equalTo("JEONGSEON"))
                .body("longestWithout[17]", equalTo("SAMCHEOK"))
                .body("rows.find { it.municipality == 'SAMCHEOK' }.daysWithout", equalTo(69))
                .body("rows.find { it.municipality == 'SAMCHEOK' }.rank", equalTo(18));
    }

    @Test
    void theSuggestedNextHostSkipsAMunicipalityWithARegularMeetingAlreadyPlanned() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=2003")
                .then().statusCode(200)
                .body("rows.find { it.municipality == 'DONGHAE' }.nextPlannedOn", equalTo("2004-03-10"))
                .body("suggestedNextHost.municipality", equalTo("TAEBAEK"))
                .body("suggestedNextHost.municipalityName", equalTo("태백시"));
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=1999")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
