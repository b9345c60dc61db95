package kr.bizsos.grievance.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An item raised at a meeting (meetings-service's event) becomes a grievance, once. */
@QuarkusTest
class RaisedItemTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.meetings")
    String topic;

    private static String itemRaised(String eventId, UUID meetingId, UUID itemId, String bn) {
        return """
                {"specversion":"1.0","id":"%s","source":"/bizsos/meetings-service","type":"meeting.item-raised",
                 "subject":"%s","time":"2026-03-20T10:00:00+09:00","datacontenttype":"application/json",
                 "data":{"meetingId":"%s","raisedItemId":"%s","meetingKind":"FIELD_STRATEGY",
                         "meetingTitle":"맞춤형 기업지원 간담회(평창)","heldOn":"2026-03-20","municipality":"PYEONGCHANG",
                         "businessNumber":"%s","companyName":"㈜평창식품","companyMunicipality":"PYEONGCHANG",
                         "kind":"SUGGESTION","category":"MANPOWER","title":"외국인 근로자 고용 한도 확대",
                         "content":"계절 수요에 맞춰 외국인 고용 한도를 늘려 주십시오.","raisedAt":"2026-03-20T11:00:00+09:00"}}"""
                .formatted(eventId, meetingId, meetingId, itemId, bn);
    }

    private void send(String key, String payload) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, payload)).get(10, TimeUnit.SECONDS);
        }
    }

    private static long grievancesOf(UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> Grievance.count("raisedItemId", itemId));
    }

    @Test
    void aRaisedItemBecomesAGrievanceLinkedToItsMeeting() throws Exception {
        UUID meeting = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        String bn = TestCompanies.newBusinessNumber();
        send(meeting.toString(), itemRaised(UUID.randomUUID().toString(), meeting, item, bn));

        await().atMost(Duration.ofSeconds(20)).until(() -> grievancesOf(item) == 1);
        given().auth().oauth2(TestTokens.company(bn)).get("/api/grievances").then().statusCode(200)
                .body("items[0].channel", equalTo("MEETING"))
                .body("items[0].meetingId", equalTo(meeting.toString()))
                .body("items[0].raisedItemId", equalTo(item.toString()))
                .body("items[0].departmentId", equalTo("JOBS"))
                .body("items[0].municipality", equalTo("PYEONGCHANG"));
    }

    @Test
    void theSameItemDeliveredTwiceEvenUnderAnotherEventIdMakesOneGrievance() throws Exception {
        UUID meeting = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        String bn = TestCompanies.newBusinessNumber();
        String payload = itemRaised(UUID.randomUUID().toString(), meeting, item, bn);
        send(meeting.toString(), payload);
        send(meeting.toString(), payload);
        send(meeting.toString(), itemRaised(UUID.randomUUID().toString(), meeting, item, bn));
        UUID later = UUID.randomUUID();
        send(meeting.toString(), itemRaised(UUID.randomUUID().toString(), meeting, later, bn));

        await().atMost(Duration.ofSeconds(20)).until(() -> grievancesOf(later) == 1);
        org.assertj.core.api.Assertions.assertThat(grievancesOf(item)).isEqualTo(1);
    }
}
