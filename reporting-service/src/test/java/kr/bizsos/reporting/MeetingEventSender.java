package kr.bizsos.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes meeting events to the real broker the way meetings-service's outbox relay does. */
public final class MeetingEventSender implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public MeetingEventSender(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /** A meeting's state as meeting events carry it. */
    public static final class Meeting {
        public final UUID id = UUID.randomUUID();
        public String kind;
        public boolean regular;
        public String title;
        public String municipality;
        public String programmeId;
        public String status = "PLANNED";
        public LocalDate date;
        public Integer companies;
        public String cancelReason;

        public Meeting(String kind, boolean regular, String title, String municipality, LocalDate date) {
            this.kind = kind;
            this.regular = regular;
            this.title = title;
            this.municipality = municipality;
            this.date = date;
        }

        public OffsetDateTime startsAt() {
            return date.atTime(LocalTime.of(14, 0)).atZone(SEOUL).toOffsetDateTime();
        }

        /** The contract's shape: attendance {companies, departments, partnerAgencies, total}. */
        public String event(String type, OffsetDateTime time) {
            ObjectNode data = JSON.createObjectNode()
                    .put("meetingId", id.toString()).put("kind", kind).put("regular", regular).put("title", title)
                    .put("municipality", municipality).put("programmeId", programmeId).put("status", status)
                    .put("startsAt", startsAt().toString()).put("endsAt", startsAt().plusHours(2).toString());
            if ("meeting.held".equals(type)) {
                data.put("heldOn", date.toString()).put("raisedItemCount", 2);
                data.putObject("attendance").put("companies", companies == null ? 0 : companies).put("departments", 3)
                        .put("partnerAgencies", 2).put("total", (companies == null ? 0 : companies) + 5);
            }
            if ("meeting.cancelled".equals(type)) {
                data.put("reason", cancelReason);
            }
            ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                    .put("source", "/bizsos/meetings-service").put("type", type).put("subject", id.toString())
                    .put("time", time.toString()).put("datacontenttype", "application/json");
            envelope.set("data", data);
            return envelope.toString();
        }

        /** planned, confirmed, held: the events of a meeting that took place, a second apart. */
        public void heldVia(MeetingEventSender sender) {
            OffsetDateTime t = startsAt().minusDays(30);
            sender.send(id.toString(), event("meeting.planned", t));
            status = "CONFIRMED";
            sender.send(id.toString(), event("meeting.confirmed", t.plusDays(10)));
            status = "HELD";
            sender.send(id.toString(), event("meeting.held", startsAt().plusHours(2)));
        }
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
