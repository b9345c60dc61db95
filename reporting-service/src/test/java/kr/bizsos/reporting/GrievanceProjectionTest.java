package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GrievanceProjectionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String topic;

    GrievanceEventSender sender;
    final String company = BusinessNumber.withCheckDigit("%09d".formatted(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    final OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Seoul"));

    @BeforeEach
    void open() {
        sender = new GrievanceEventSender(bootstrap, topic);
    }

    @AfterEach
    void close() {
        sender.close();
    }

    private void receive(String eventId) {
        UUID grievance = UUID.randomUUID();
        sender.send(grievance.toString(), GrievanceEventSender.received(eventId, grievance, company, now));
    }

    private void awaitCompanyCount(long expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.company(company)).get("/api/reports/dashboard")
                        .then().statusCode(200).body("received", equalTo((int) expected)));
    }

    @Test
    void aReceivedGrievanceIsCountedOnTheDashboard() {
        receive(UUID.randomUUID().toString());
        awaitCompanyCount(1);
        given().auth().oauth2(TestTokens.company(company)).get("/api/reports/dashboard")
                .then().body("year", equalTo(now.getYear())).body("answered", equalTo(0));
    }

    @Test
    void aReplayedEventChangesNothing() {
        String id = UUID.randomUUID().toString();
        UUID grievance = UUID.randomUUID();
        String payload = GrievanceEventSender.received(id, grievance, company, now);
        sender.send(grievance.toString(), payload);
        awaitCompanyCount(1);

        sender.send(grievance.toString(), payload);
        receive(UUID.randomUUID().toString()); // a later event proves the replay was read before it

        awaitCompanyCount(2);
    }

    @Test
    void aMalformedEventIsSkippedAndTheStreamGoesOn() {
        sender.send("x", "this is not a cloud event");
        sender.send("y", "{\"specversion\":\"1.0\"}");
        receive(UUID.randomUUID().toString());
        awaitCompanyCount(1);
    }

    @Test
    void anEventWhoseDataCannotBeStoredIsSkippedAndTheStreamGoesOn() {
        UUID tooLong = UUID.randomUUID();
        sender.send(tooLong.toString(), GrievanceEventSender.received(UUID.randomUUID().toString(), tooLong,
                company + "12345", now)); // a 15-digit business number fits no column
        UUID noReceipt = UUID.randomUUID();
        sender.send(noReceipt.toString(), GrievanceEventSender.received(UUID.randomUUID().toString(), noReceipt, company, now)
                .replace("\"receivedAt\"", "\"arrivedAt\""));
        receive(UUID.randomUUID().toString());
        awaitCompanyCount(1);
    }

    @Test
    void aCompanySeesOnlyItsOwnCounts() {
        receive(UUID.randomUUID().toString());
        awaitCompanyCount(1);
        String other = BusinessNumber.withCheckDigit("%09d".formatted(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
        given().auth().oauth2(TestTokens.company(other)).get("/api/reports/dashboard")
                .then().statusCode(200).body("received", equalTo(0));
    }

    @Test
    void theDashboardNeedsAToken() {
        given().get("/api/reports/dashboard").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/dashboard?year=1800")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aYearWithoutDataReportsZeros() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/dashboard?year=2001")
                .then().statusCode(200).body("received", equalTo(0)).body("closed", equalTo(0));
    }
}
