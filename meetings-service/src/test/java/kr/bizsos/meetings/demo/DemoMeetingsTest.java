package kr.bizsos.meetings.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo data holds the seeds' meetings, and making it again changes nothing. */
@QuarkusTest
class DemoMeetingsTest {

    @Inject
    DemoMeetings demo;

    @BeforeEach
    void present() {
        demo.ensurePresent();
    }

    @Test
    void makingTheDemoDataAgainCreatesNothing() {
        assertThat(demo.ensurePresent()).isZero();
    }

    @Test
    void the2024RegularMeetingsOfSeed000AreCountedPerMunicipality() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/rotation?year=2024")
                .then().statusCode(200)
                .body("heldInYear", equalTo(4))
                .body("rows.find { it.municipality == 'JEONGSEON' }.heldInYear", equalTo(2))
                .body("rows.find { it.municipality == 'CHUNCHEON' }.lastHeldOn", equalTo("2024-03-29"))
                .body("rows.find { it.municipality == 'SAMCHEOK' }.lastHeldOn", equalTo("2024-10-23"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings?kind=FIELD_STRATEGY&year=2023&status=HELD")
                .then().body("items.date", hasItem("2023-04-27")).body("items.date", hasItem("2023-08-30"));
    }

    @Test
    void thePyeongchangMeetingOf2025Had16Companies() {
        given().auth().oauth2(TestTokens.coordinator())
                .get("/api/meetings/" + DemoMeetings.idOf("2025-03-21-pyeongchang"))
                .then().statusCode(200)
                .body("status", equalTo("HELD"))
                .body("municipality", equalTo("PYEONGCHANG"))
                .body("venue", equalTo("평창군청 회의실"))
                .body("participantCounts.COMPANY", equalTo(16))
                .body("raisedItemCount", equalTo(2));
    }

    @Test
    void theWinWinMeetingOfSeed001Had4MidsizeAnd11SmallCompanies() {
        List<String> sizes = given().auth().oauth2(TestTokens.coordinator())
                .get("/api/meetings/" + DemoMeetings.idOf("2024-11-29-chuncheon-win-win") + "/participants")
                .then().statusCode(200).extract().path("findAll { it.type == 'COMPANY' }.companySize");
        assertThat(sizes).filteredOn("MIDSIZE"::equals).hasSize(4);
        assertThat(sizes).filteredOn("SME"::equals).hasSize(11);
    }

    @Test
    void theDemoCompanyUsersSeeTheMeetingsTheyWereInvitedTo() {
        given().auth().oauth2(TestTokens.company("1348672683"))
                .get("/api/meetings/" + DemoMeetings.idOf("2024-03-29-chuncheon"))
                .then().statusCode(200).body("myParticipation", equalTo("INVITED"))
                .body("raisedItems[0].companyName", equalTo("㈜강원정밀"));
        given().auth().oauth2(TestTokens.company("2208162517"))
                .get("/api/meetings/" + DemoMeetings.idOf("2024-08-27-chuncheon-bio"))
                .then().statusCode(200).body("raisedItems[0].category", equalTo("REGULATION"));
        given().auth().oauth2(TestTokens.company("2208162517"))
                .get("/api/meetings/" + DemoMeetings.idOf("2024-03-29-chuncheon"))
                .then().statusCode(404);
    }
}
