package kr.bizsos.reporting.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads grievance-service's topic and applies each event once to the projections. */
@ApplicationScoped
public class GrievanceEventsConsumer {

    static final String CONSUMER = "reporting.grievance-facts";

    private final Inbox inbox;
    private final GrievanceProjector projector;

    GrievanceEventsConsumer(Inbox inbox, GrievanceProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("grievance-events")
    @Blocking(ordered = true)
    public void consume(String payload) {
        inbox.apply(CONSUMER, payload, projector::apply);
    }
}
