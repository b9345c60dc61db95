package kr.bizsos.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * A grievance's full state, as every grievance event carries it; change it and call
     * {@link #event} for the next event.
     */
    public static final class Grievance {
        public final UUID id = UUID.randomUUID();
        public String kind = "COMPLAINT";
        public String category = "FUNDING";
        public String channel = "WEB";
        public String municipality = "CHUNCHEON";
        public String businessNumber = "1348672683";
        public String departmentId;
        public String status = "RECEIVED";
        public OffsetDateTime receivedAt;
        public OffsetDateTime dueAt;
        public boolean overdue;
        public String answerResult;
        public OffsetDateTime answeredAt;
        public Boolean answeredWithinDeadline;
        public Integer rating;
        public OffsetDateTime closedAt;

        public Grievance(OffsetDateTime receivedAt) {
            this.receivedAt = receivedAt;
            this.dueAt = receivedAt.plusDays(14);
        }

        public Grievance answer(OffsetDateTime at, String result) {
            status = "ANSWERED";
            answeredAt = at;
            answerResult = result;
            answeredWithinDeadline = !at.isAfter(dueAt);
            return this;
        }

        public Grievance close(OffsetDateTime at, Integer rating) {
            status = "CLOSED";
            closedAt = at;
            this.rating = rating;
            return this;
        }

        /** The CloudEvent of {@code type} at {@code time} carrying this state. */
        public String event(String type, OffsetDateTime time) {
            return event(UUID.randomUUID().toString(), type, time);
        }

        public String event(String eventId, String type, OffsetDateTime time) {
            ObjectNode data = JSON.createObjectNode()
                    .put("grievanceId", id.toString())
                    .put("receiptNumber", receivedAt.getYear() + "-" + String.format("%06d", Math.abs(id.hashCode() % 1_000_000)))
                    .put("kind", kind).put("category", category).put("channel", channel)
                    .put("municipality", municipality).put("businessNumber", businessNumber)
                    .put("departmentId", departmentId).put("status", status)
                    .put("receivedAt", receivedAt.toString()).put("dueAt", dueAt == null ? null : dueAt.toString())
                    .put("overdue", overdue).put("answerResult", answerResult)
                    .put("answeredAt", answeredAt == null ? null : answeredAt.toString())
                    .put("closedAt", closedAt == null ? null : closedAt.toString());
            if (answeredWithinDeadline != null) {
                data.put("answeredWithinDeadline", answeredWithinDeadline);
            }
            if (rating != null) {
                data.put("rating", rating);
            }
            ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", eventId)
                    .put("source", "/bizsos/grievance-service").put("type", type).put("subject", id.toString())
                    .put("time", time.toString()).put("datacontenttype", "application/json");
            envelope.set("data", data);
            return envelope.toString();
        }
    }

    public void send(String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    public void send(Grievance g, String payload) {
        send(g.id.toString(), payload);
    }

    @Override
    public void close() {
        producer.close();
    }
}
