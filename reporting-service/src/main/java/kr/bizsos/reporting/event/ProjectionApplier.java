package kr.bizsos.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.platform.inbox.Inbox;
import org.jboss.logging.Logger;

/**
 * Applies one event to a projection through the inbox (at most once per consumer, in one
 * transaction with its effect). A failure of the effect rolls everything back and is retried
 * with a growing pause; an event whose data can never be projected is logged and skipped.
 * When the retries run out the failure propagates: the live channel then stops (health turns
 * DOWN) and, once the service restarts, Kafka delivers again from the last committed offset.
 */
@ApplicationScoped
public class ProjectionApplier {

    private static final Logger LOG = Logger.getLogger(ProjectionApplier.class);

    private final Inbox inbox;

    ProjectionApplier(Inbox inbox) {
        this.inbox = inbox;
    }

    /** @return whether the effect ran (false for a duplicate, malformed or unprojectable event) */
    public boolean apply(String consumer, String payload, Consumer<CloudEvent> effect, int attempts) {
        Duration pause = Duration.ofMillis(100);
        for (int attempt = 1; ; attempt++) {
            try {
                return inbox.apply(consumer, payload, effect);
            } catch (RuntimeException e) {
                UnprojectableEvent unprojectable = unprojectable(e);
                if (unprojectable != null) {
                    LOG.warnf("%s skipped an event it cannot project: %s", consumer, unprojectable.getMessage());
                    return false;
                }
                if (attempt >= attempts) {
                    LOG.errorf(e, "%s failed to apply an event %d times", consumer, attempt);
                    throw e;
                }
                LOG.warnf("%s failed to apply an event (attempt %d of %d), retrying: %s", consumer, attempt, attempts,
                        e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : pause.multipliedBy(2);
            }
        }
    }

    private static UnprojectableEvent unprojectable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprojectableEvent u) {
                return u;
            }
        }
        return null;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
