package kr.bizsos.meetings.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What reporting-service reads: one CloudEvent per step, keyed and subject-ed by the meeting id. */
@QuarkusTest
class MeetingEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.meetings")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> eventsOf(String meetingId, int expected) throws Exception {
        try (TopicReader reader = new TopicReader(bootstrap, topic)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    rs -> rs.stream().filter(r -> meetingId.equals(r.key())).count() >= expected, Duration.ofSeconds(20));
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> r : records) {
                if (meetingId.equals(r.key())) {
                    events.add(json.readTree(r.value()));
                }
            }
            return events;
        }
    }

    @Test
    void aMeetingHeldWithAttendanceAndItemsAnnouncesEachStepWithItsCounts() throws Exception {
        String word = TestData.uniqueWord();
        Map<String, Object> body = TestData.plan("정례 " + word);
        body.put("kind", "FIELD_STRATEGY");
        body.put("programmeId", "PRG-FIELD-STRATEGY");
        body.put("invitedDepartments", List.of("INVESTMENT", "JOBS"));
        body.put("partnerAgencies", List.of("SMBA_GANGWON"));
        String absent = TestData.newBusinessNumber();
        body.put("companies", List.of(Map.of("company", TestData.company(TestData.newBusinessNumber(), "㈜출석", "WONJU")),
                Map.of("company", TestData.company(absent, "㈜결석", "WONJU"))));
        String id = TestData.create(body);
        TestData.confirm(id);
        String absentId = given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id + "/participants")
                .then().extract().path("find { it.businessNumber == '" + absent + "' }.id");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("attendance", List.of(Map.of("participantId", absentId, "attended", false)),
                        "minutes", "자금·판로 애로 청취",
                        "raisedItems", List.of(TestData.raisedItem(TestData.newBusinessNumber()))))
                .post("/api/meetings/" + id + "/hold").then().statusCode(200);

        List<JsonNode> events = eventsOf(id, 4);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("meeting.planned", "meeting.confirmed", "meeting.held", "meeting.item-raised");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("specversion").asText()).isEqualTo("1.0");
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("source").asText()).isEqualTo("/bizsos/meetings-service");
        });
        JsonNode planned = events.get(0).get("data");
        assertThat(planned.get("kind").asText()).isEqualTo("FIELD_STRATEGY");
        assertThat(planned.get("regular").asBoolean()).isTrue();
        assertThat(planned.get("municipality").asText()).isEqualTo("WONJU");
        assertThat(planned.get("programmeId").asText()).isEqualTo("PRG-FIELD-STRATEGY");
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("date").asText()).isEqualTo(TestData.now().minusHours(3).toLocalDate().toString());
        assertThat(planned.get("startsAt").asText()).endsWith("+09:00");
        assertThat(planned.get("heldOn").isNull()).isTrue();

        JsonNode held = events.get(2).get("data");
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("heldOn").asText()).isEqualTo(planned.get("date").asText());
        assertThat(held.get("year").asInt()).isEqualTo(TestData.now().minusHours(3).getYear());
        assertThat(held.get("participants").get("COMPANY").asInt()).isEqualTo(2);
        assertThat(held.get("attendance").get("DEPARTMENT").asInt()).isEqualTo(2);
        assertThat(held.get("attendance").get("PARTNER_AGENCY").asInt()).isEqualTo(1);
        assertThat(held.get("attendance").get("COMPANY").asInt())
                .as("two invited, one absent").isEqualTo(1);
        assertThat(held.get("attendedTotal").asInt()).isEqualTo(4);
        assertThat(held.get("raisedItemCount").asInt()).isEqualTo(1);
    }

    @Test
    void aCancelledMeetingIsAnnouncedWithItsReason() throws Exception {
        String id = TestData.create(TestData.plan("취소 " + TestData.uniqueWord()));
        TestData.cancel(id);
        List<JsonNode> events = eventsOf(id, 2);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("meeting.planned", "meeting.cancelled");
        JsonNode data = events.get(1).get("data");
        assertThat(data.get("cancelReason").asText()).isEqualTo("태풍 예보로 취소");
        assertThat(data.get("kind").asText()).isEqualTo("AD_HOC");
        assertThat(data.get("regular").asBoolean()).isFalse();
        assertThat(data.has("programmeId")).isTrue();
    }
}
