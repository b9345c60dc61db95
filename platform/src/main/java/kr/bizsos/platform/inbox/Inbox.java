package kr.bizsos.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.platform.event.EventJson;
import kr.bizsos.platform.event.EventJson.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Applies each incoming event at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivered or replayed event changes nothing, and a failed
 * effect leaves no record and is applied again on redelivery.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final EventJson json;

    Inbox(EntityManager em, EventJson json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Parses {@code payload} and, in one new transaction, applies {@code effect} unless
     * {@code consumer} has applied this event before. A payload that is not a CloudEvent is
     * logged and skipped: redelivering it could never succeed.
     *
     * @return true if the effect ran, false for a duplicate or a malformed payload
     */
    public boolean apply(String consumer, String payload, Consumer<CloudEvent> effect) {
        return apply(consumer, payload, event -> true, effect);
    }

    /**
     * Like {@link #apply(String, String, Consumer)}, but an event {@code relevant} says the consumer
     * has no use for is passed over without a transaction: it could change nothing anyway.
     */
    public boolean apply(String consumer, String payload, java.util.function.Predicate<CloudEvent> relevant,
            Consumer<CloudEvent> effect) {
        CloudEvent event;
        try {
            event = json.read(payload);
        } catch (MalformedEventException e) {
            LOG.warnf("%s skipped a malformed event: %s", consumer, e.getMessage());
            return false;
        }
        if (!relevant.test(event)) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(consumer, event.id())) {
                LOG.debugf("%s already applied event %s", consumer, event.id());
                return false;
            }
            effect.accept(event);
            return true;
        });
    }

    private boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :id)
                ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
