package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.reporting.GrievanceEventSender.Grievance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counts by period, 시군, department, category and kind, handling days, deadline share, satisfaction, overdue. */
@QuarkusTest
class GrievanceFiguresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String topic;

    private static final String DEPARTMENT = "DEPT-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String COMPANY = "1348672683";
    private static boolean sent;

    private static OffsetDateTime at(String date) {
        return OffsetDateTime.parse(date + "T10:00:00+09:00");
    }

    private static Grievance grievance(String received, String kind, String municipality, String category) {
        Grievance g = new Grievance(at(received));
        g.departmentId = DEPARTMENT;
        g.kind = kind;
        g.municipality = municipality;
        g.category = category;
        g.businessNumber = "2208162517";
        return g;
    }

    @BeforeEach
    void sendOnce() {
        if (sent) {
            return;
        }
        try (GrievanceEventSender sender = new GrievanceEventSender(bootstrap, topic)) {
            Grievance g1 = grievance("2025-01-10", "COMPLAINT", "WONJU", "FUNDING");
            g1.businessNumber = COMPANY;
            sender.send(g1, g1.event("grievance.received", g1.receivedAt));
            g1.answer(at("2025-01-15"), "ACCEPTED");
            String answered = g1.event("grievance.answered", g1.answeredAt);
            sender.send(g1, answered);
            sender.send(g1, answered); // a duplicate delivery
            g1.close(at("2025-01-20"), 4);
            sender.send(g1, g1.event("grievance.closed", g1.closedAt));

            Grievance g2 = grievance("2025-02-01", "SUGGESTION", "CHUNCHEON", "EXPORT");
            g2.answer(at("2025-02-21"), "NOT_ACCEPTED"); // 20 days, past the 14-day deadline
            sender.send(g2, g2.event("grievance.answered", g2.answeredAt));
            g2.close(at("2025-04-02"), 2);
            sender.send(g2, g2.event("grievance.closed", g2.closedAt));

            Grievance g3 = grievance("2025-04-05", "COMPLAINT", "WONJU", "FUNDING");
            g3.answer(at("2025-04-08"), "PARTIALLY_ACCEPTED");
            sender.send(g3, g3.event("grievance.answered", g3.answeredAt));

            Grievance g4 = grievance("2025-05-01", "LEGAL_QUESTION", "GANGNEUNG", "REGULATION");
            g4.status = "ASSIGNED";
            g4.dueAt = at("2025-05-15");
            sender.send(g4, g4.event("grievance.assigned", g4.receivedAt.plusHours(2)));

            Grievance g5 = grievance("2024-12-28", "COMPLAINT", "WONJU", "FUNDING");
            g5.answer(at("2025-01-03"), "ACCEPTED");
            sender.send(g5, g5.event("grievance.answered", g5.answeredAt));

            // the newer event arrives first: the older one must not overwrite it
            Grievance g6 = grievance("2025-06-01", "COMPLAINT", "CHUNCHEON", "FUNDING");
            Grievance g6Received = grievance("2025-06-01", "COMPLAINT", "CHUNCHEON", "FUNDING");
            g6.answer(at("2025-06-04"), "ACCEPTED");
            sender.send(g6, g6.event("grievance.answered", g6.answeredAt));
            String older = g6Received.event("grievance.received", g6Received.receivedAt)
                    .replace(g6Received.id.toString(), g6.id.toString());
            sender.send(g6, older);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                stats("year=2025").body("totals.received", equalTo(5)).body("totals.answered", equalTo(5)));
        sent = true;
    }

    private static io.restassured.response.ValidatableResponse stats(String query) {
        return given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances?department=" + DEPARTMENT + "&" + query)
                .then().statusCode(200);
    }

    @Test
    void theYearsFiguresCountEachEventInTheYearItHappened() {
        stats("year=2025")
                .body("totals.received", equalTo(5))
                .body("totals.answered", equalTo(5))   // g5 was received in 2024
                .body("totals.closed", equalTo(2))
                .body("totals.medianHandlingDays", equalTo(5.0f)) // 3, 3, 5, 6, 20
                .body("totals.answeredWithinDeadlineRate", equalTo(80.0f))
                .body("totals.satisfactionAverage", equalTo(3.0f))
                .body("totals.ratedCount", equalTo(2))
                .body("totals.overdueNow", equalTo(1));
    }

    @Test
    void aQuarterCountsOnlyItsOwnEvents() {
        stats("year=2025&quarter=1")
                .body("totals.received", equalTo(2))
                .body("totals.answered", equalTo(3))
                .body("totals.closed", equalTo(1))
                .body("byQuarter", hasSize(4))
                .body("byQuarter[0].received", equalTo(2))
                .body("byQuarter[1].received", equalTo(3))
                .body("byQuarter[1].closed", equalTo(1));
    }

    @Test
    void breakdownsBy시군DepartmentCategoryAndKindAddUp() {
        stats("year=2025")
                .body("byMunicipality", hasSize(19))
                .body("byMunicipality.find { it.code == 'WONJU' }.received", equalTo(2))
                .body("byMunicipality.find { it.code == 'WONJU' }.answered", equalTo(3))
                .body("byMunicipality.find { it.code == 'WONJU' }.label", equalTo("원주"))
                .body("byMunicipality.find { it.code == 'GANGNEUNG' }.overdueNow", equalTo(1))
                .body("byMunicipality.find { it.code == 'TAEBAEK' }.received", equalTo(0))
                .body("byDepartment", hasSize(1))
                .body("byDepartment[0].code", equalTo(DEPARTMENT))
                .body("byDepartment[0].received", equalTo(5))
                .body("byCategory.find { it.code == 'FUNDING' }.received", equalTo(3))
                .body("byCategory.find { it.code == 'FUNDING' }.label", equalTo("자금"))
                .body("byKind", hasSize(5))
                .body("byKind.find { it.code == 'COMPLAINT' }.received", equalTo(3))
                .body("byKind.find { it.code == 'SUGGESTION' }.satisfactionAverage", equalTo(2.0f));
    }

    @Test
    void filtersNarrowTheFigures() {
        stats("year=2025&municipality=WONJU&kind=COMPLAINT").body("totals.received", equalTo(2)).body("totals.answered", equalTo(3));
        stats("year=2025&category=REGULATION").body("totals.received", equalTo(1)).body("totals.overdueNow", equalTo(1));
    }

    @Test
    void anOfficerSeesItsDepartmentAndACompanyItsOwnGrievances() {
        given().auth().oauth2(TestTokens.officer(DEPARTMENT)).get("/api/reports/grievances?year=2025")
                .then().statusCode(200).body("totals.received", equalTo(5));
        given().auth().oauth2(TestTokens.officer("NOBODY-" + DEPARTMENT)).get("/api/reports/grievances?year=2025&department=" + DEPARTMENT)
                .then().statusCode(200).body("totals.received", equalTo(0));
        given().auth().oauth2(TestTokens.company(COMPANY)).get("/api/reports/grievances?year=2025&department=" + DEPARTMENT)
                .then().statusCode(200).body("totals.received", equalTo(1)).body("totals.closed", equalTo(1));
    }

    @Test
    void aPeriodWithoutDataReportsZeros() {
        stats("year=2003&quarter=2")
                .body("totals.received", equalTo(0))
                .body("totals.answered", equalTo(0))
                .body("totals.medianHandlingDays", nullValue())
                .body("totals.satisfactionAverage", nullValue())
                .body("byMunicipality.received", everyItem(equalTo(0)))
                .body("byQuarter.received", everyItem(equalTo(0)));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances/trend?fromYear=2001&toYear=2002")
                .then().statusCode(200).body("$", hasSize(8)).body("received", everyItem(equalTo(0)));
    }

    @Test
    void theTrendHasEveryQuarterOfTheYears() {
        given().auth().oauth2(TestTokens.coordinator())
                .get("/api/reports/grievances/trend?fromYear=2024&toYear=2025&department=" + DEPARTMENT)
                .then().statusCode(200).body("$", hasSize(8))
                .body("find { it.year == 2024 && it.quarter == 4 }.received", equalTo(1))
                .body("find { it.year == 2025 && it.quarter == 1 }.answered", equalTo(3));
    }

    @Test
    void unknownFiltersAreRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances?municipality=SEOUL")
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances?kind=RUMOUR")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances?quarter=7")
                .then().statusCode(400).body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/grievances/trend?fromYear=2000&toYear=2030")
                .then().statusCode(400).body("errors[0].field", equalTo("fromYear"));
    }
}
