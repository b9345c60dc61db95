package kr.bizsos.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.platform.event.EventJson;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and it is not lost if Kafka is down: {@link OutboxRelay} publishes it when it can.
 */
@ApplicationScoped
public class Outbox {

    private final EventJson json;
    private final OutboxConfig config;
    private final OutboxRelay relay;

    Outbox(EventJson json, OutboxConfig config, OutboxRelay relay) {
        this.json = json;
        this.config = config;
        this.relay = relay;
    }

    /**
     * @param topic   the producing service's topic
     * @param subject the aggregate id; also the Kafka key, so one aggregate's events stay in order
     * @param type    past-tense event type such as {@code grievance.received}
     * @param data    the event's data; never personal data
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String subject, String type, Object data) {
        JsonNode tree = json.mapper().valueToTree(data);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                config.source(), type, subject, now, CloudEvent.JSON, tree);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.messageKey = subject;
        row.type = type;
        row.payload = json.write(event);
        row.createdAt = now;
        row.persist();
        relay.wakeUpAfterCommit();
        return event;
    }
}
