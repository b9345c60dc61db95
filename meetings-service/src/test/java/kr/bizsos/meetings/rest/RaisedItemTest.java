package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.GrievanceEventSender;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Items raised at a held meeting go to grievance-service by event, and their progress comes back by event. */
@QuarkusTest
class RaisedItemTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.meetings")
    String meetingsTopic;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String grievanceTopic;

    private final ObjectMapper json = new ObjectMapper();

    static Map<String, Object> item(String businessNumber) {
        return TestData.raisedItem(businessNumber);
    }

    private static String raise(String meetingId, Map<String, Object> item) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(item)
                .post("/api/meetings/" + meetingId + "/raised-items")
                .then().statusCode(201)
                .header("Location", containsString("/raised-items/"))
                .extract().path("id");
    }

    @Test
    void aRaisedItemIsPublishedForGrievanceServiceWithoutPersonalData() throws Exception {
        String invited = TestData.newBusinessNumber();
        String meetingId = TestData.heldMeeting(invited, "㈜초청기업");
        String raiser = TestData.newBusinessNumber();
        String itemId = raise(meetingId, item(raiser));

        JsonNode event;
        try (TopicReader reader = new TopicReader(bootstrap, meetingsTopic)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    rs -> rs.stream().anyMatch(r -> r.value().contains(itemId)), Duration.ofSeconds(20));
            ConsumerRecord<String, String> record = records.stream().filter(r -> r.value().contains(itemId))
                    .findFirst().orElseThrow(() -> new AssertionError("meeting.item-raised not published"));
            assertThat(record.key()).isEqualTo(meetingId);
            List<String> meetingEvents = records.stream().filter(r -> meetingId.equals(r.key()))
                    .map(ConsumerRecord::value).toList();
            assertThat(meetingEvents).as("planned, confirmed, held, item-raised").hasSize(4);
            assertThat(meetingEvents).allSatisfy(value -> assertThat(value)
                    .doesNotContain("홍길동", "010-1234-5678", "gildong@example.kr"));
            event = json.readTree(record.value());
        }
        assertThat(event.get("type").asText()).isEqualTo("meeting.item-raised");
        assertThat(event.get("subject").asText()).isEqualTo(meetingId);
        JsonNode data = event.get("data");
        assertThat(data.get("meetingId").asText()).isEqualTo(meetingId);
        assertThat(data.get("raisedItemId").asText()).isEqualTo(itemId);
        assertThat(data.get("meetingKind").asText()).isEqualTo("AD_HOC");
        assertThat(data.get("meetingTitle").asText()).startsWith("개최 회의");
        assertThat(data.get("heldOn").asText()).isEqualTo(TestData.now().minusHours(3).toLocalDate().toString());
        assertThat(data.get("municipality").asText()).isEqualTo("SOKCHO");
        assertThat(data.get("companyMunicipality").asText()).isEqualTo("SOKCHO");
        assertThat(data.get("businessNumber").asText()).isEqualTo(raiser);
        assertThat(data.get("companyName").asText()).isEqualTo("㈜판로기업");
        assertThat(data.get("kind").asText()).isEqualTo("SUGGESTION");
        assertThat(data.get("category").asText()).isEqualTo("SALES");
        assertThat(data.get("title").asText()).isEqualTo("공공구매 우선구매 품목 확대 건의");
        assertThat(data.get("content").asText()).startsWith("지역 제품을");
        assertThat(OffsetDateTime.parse(data.get("raisedAt").asText()).getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        assertThat(data.has("contactName")).isFalse();
    }

    @Test
    void aRaisedItemShowsAsAwaitingReceiptUntilTheGrievanceIsReceived() {
        String meetingId = TestData.heldMeeting(TestData.newBusinessNumber(), "㈜대기");
        String itemId = raise(meetingId, item(TestData.newBusinessNumber()));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId)
                .then().statusCode(200)
                .body("raisedItemCount", equalTo(1))
                .body("raisedItems[0].id", equalTo(itemId))
                .body("raisedItems[0].progress.status", equalTo(null))
                .body("raisedItems[0].progress.statusName", equalTo("접수 대기"));
    }

    @Test
    void grievanceEventsShowTheItemsProgressAndAReplayedEventChangesNothing() {
        String meetingId = TestData.heldMeeting(TestData.newBusinessNumber(), "㈜진행");
        String itemId = raise(meetingId, item(TestData.newBusinessNumber()));
        UUID grievanceId = UUID.randomUUID();
        OffsetDateTime t0 = TestData.now();
        String received = GrievanceEventSender.event(UUID.randomUUID().toString(), "grievance.received", t0,
                grievanceId, meetingId, itemId, "RECEIVED", null);
        String answered = GrievanceEventSender.event(UUID.randomUUID().toString(), "grievance.answered",
                t0.plusMinutes(5), grievanceId, meetingId, itemId, "ANSWERED",
                "\"answerResult\":\"PARTIALLY_ACCEPTED\",\"answerSummary\":\"2027년 우선구매 품목 심의에 상정하겠습니다.\","
                        + "\"answeredAt\":\"" + t0.plusMinutes(5) + "\"");
        try (GrievanceEventSender sender = new GrievanceEventSender(bootstrap, grievanceTopic)) {
            sender.send(grievanceId.toString(), received);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId + "/raised-items")
                            .then().body("[0].progress.statusName", equalTo("접수")));

            sender.send(grievanceId.toString(), answered);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId)
                            .then().body("raisedItems[0].progress.status", equalTo("ANSWERED")));

            // The received event again (a redelivery), then an event for another item that proves it was read.
            sender.send(grievanceId.toString(), received);
            String otherMeeting = TestData.heldMeeting(TestData.newBusinessNumber(), "㈜표식");
            String otherItem = raise(otherMeeting, item(TestData.newBusinessNumber()));
            UUID otherGrievance = UUID.randomUUID();
            sender.send(otherGrievance.toString(), GrievanceEventSender.event(UUID.randomUUID().toString(),
                    "grievance.received", TestData.now(), otherGrievance, otherMeeting, otherItem, "RECEIVED", null));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + otherMeeting + "/raised-items")
                            .then().body("[0].progress.status", equalTo("RECEIVED")));
        }
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId + "/raised-items/" + itemId)
                .then().statusCode(200)
                .body("progress.grievanceId", equalTo(grievanceId.toString()))
                .body("progress.receiptNumber", equalTo("2026-%06d".formatted(Math.floorMod(grievanceId.hashCode(), 1_000_000))))
                .body("progress.status", equalTo("ANSWERED"))
                .body("progress.statusName", equalTo("처리완료"))
                .body("progress.answerResult", equalTo("PARTIALLY_ACCEPTED"))
                .body("progress.answerResultName", equalTo("일부수용"))
                .body("progress.answerSummary", equalTo("2027년 우선구매 품목 심의에 상정하겠습니다."))
                .body("progress.responsibleDepartmentId", equalTo("ENTERPRISE_ECONOMY"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerStatus() {
        String meetingId = TestData.heldMeeting(TestData.newBusinessNumber(), "㈜순서");
        String itemId = raise(meetingId, item(TestData.newBusinessNumber()));
        UUID grievanceId = UUID.randomUUID();
        OffsetDateTime t0 = TestData.now();
        try (GrievanceEventSender sender = new GrievanceEventSender(bootstrap, grievanceTopic)) {
            sender.send(grievanceId.toString(), GrievanceEventSender.event(UUID.randomUUID().toString(),
                    "grievance.assigned", t0.plusMinutes(1), grievanceId, meetingId, itemId, "ASSIGNED", null));
            sender.send(grievanceId.toString(), GrievanceEventSender.event(UUID.randomUUID().toString(),
                    "grievance.received", t0, grievanceId, meetingId, itemId, "RECEIVED", null));
            sender.send(grievanceId.toString(), GrievanceEventSender.event(UUID.randomUUID().toString(),
                    "grievance.overdue", t0.plusMinutes(2), grievanceId, meetingId, itemId, "ASSIGNED", null));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId + "/raised-items")
                            .then().body("[0].progress.overdue", equalTo(true)));
        }
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + meetingId + "/raised-items")
                .then().body("[0].progress.status", equalTo("ASSIGNED")).body("[0].progress.statusName", equalTo("배정"));
    }

    @Test
    void aCompanySeesOnlyItsOwnRaisedItems() {
        String own = TestData.newBusinessNumber();
        String meetingId = TestData.heldMeeting(own, "㈜본인");
        Map<String, Object> mine = item(own);
        raise(meetingId, mine);
        raise(meetingId, item(TestData.newBusinessNumber()));
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + meetingId + "/raised-items")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].businessNumber", equalTo(own));
    }
}
