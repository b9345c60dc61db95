package kr.bizsos.system;

import static io.restassured.RestAssured.given;
import static kr.bizsos.system.SystemUnderTest.BASE_URL;
import static kr.bizsos.system.SystemUnderTest.login;
import static kr.bizsos.system.SystemUnderTest.receivedCount;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kr.bizsos.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** An event delivered again (a replay, a redelivery after a crash) changes no figure. */
class ReplayTest {

    @Test
    void replayingAnAlreadyCountedEventChangesNothing() throws Exception {
        String company = login("company");
        String id = given().baseUri(BASE_URL).auth().oauth2(company).contentType(ContentType.JSON)
                .body(GrievanceSliceTest.grievance("재전송 검증용 애로")).post("/api/grievances")
                .then().statusCode(201).extract().path("id");
        String topic = SystemUnderTest.TOPIC_PREFIX + ".grievance.events";

        ConsumerRecord<String, String> published;
        try (TopicReader reader = new TopicReader(SystemUnderTest.KAFKA, topic)) {
            List<ConsumerRecord<String, String>> seen = reader.readUntil(
                    rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
            published = seen.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        }
        int counted = receivedCount(company);
        await().atMost(Duration.ofSeconds(5)).until(() -> receivedCount(company) == counted);

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.KAFKA);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, published.key(), published.value())).get(10, TimeUnit.SECONDS);
        }
        // A new grievance behind the replay, on the same key's partition: once it is counted,
        // the replay before it has been read too.
        given().baseUri(BASE_URL).auth().oauth2(company).contentType(ContentType.JSON)
                .body(GrievanceSliceTest.grievance("재전송 뒤 새 애로")).post("/api/grievances")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> receivedCount(company) >= counted + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> receivedCount(company) == counted + 1);
    }
}
