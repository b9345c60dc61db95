package kr.bizsos.meetings;

import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes grievance events to the real broker the way grievance-service's outbox relay does. */
public final class GrievanceEventSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public GrievanceEventSender(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /** A grievance event about the grievance filed for {@code raisedItemId}; {@code extra} is more JSON members of data. */
    public static String event(String eventId, String type, OffsetDateTime time, UUID grievanceId, String meetingId,
            String raisedItemId, String status, String extra) {
        return """
                {"specversion":"1.0","id":"%s","source":"/bizsos/grievance-service","type":"%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"grievanceId":"%s","receiptNumber":"2026-%06d","kind":"SUGGESTION","category":"SALES",
                         "channel":"MEETING","municipality":"CHUNCHEON","businessNumber":"1348672683",
                         "departmentId":"ENTERPRISE_ECONOMY","meetingId":"%s","raisedItemId":"%s","status":"%s",
                         "receivedAt":"%s","dueAt":"%s"%s}}""".formatted(eventId, type, grievanceId, time, grievanceId,
                Math.floorMod(grievanceId.hashCode(), 1_000_000), meetingId, raisedItemId, status, time,
                time.plusDays(14), extra == null ? "" : "," + extra);
    }

    public void send(String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
