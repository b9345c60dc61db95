package kr.bizsos.reporting;

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

    public static String received(String eventId, UUID grievanceId, String businessNumber, OffsetDateTime receivedAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"/bizsos/grievance-service","type":"grievance.received",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"grievanceId":"%s","receiptNumber":"%d-%06d","kind":"COMPLAINT","category":"FUNDING",
                         "channel":"WEB","municipality":"CHUNCHEON","businessNumber":"%s","status":"RECEIVED",
                         "receivedAt":"%s"}}""".formatted(eventId, grievanceId, receivedAt, grievanceId,
                receivedAt.getYear(), Math.abs(grievanceId.hashCode() % 1_000_000), businessNumber, receivedAt);
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
