package kr.bizsos.meetings.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads grievance-service's topic and applies each event once to the raised items it concerns. */
@ApplicationScoped
public class GrievanceEventsConsumer {

    static final String CONSUMER = "meetings.raised-item-status";

    private final Inbox inbox;
    private final RaisedItemProgress progress;

    GrievanceEventsConsumer(Inbox inbox, RaisedItemProgress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @Incoming("grievance-events")
    @Blocking(ordered = true)
    public void consume(String payload) {
        // Only grievances that came from an item raised at a meeting concern this service.
        inbox.apply(CONSUMER, payload, event -> event.data() != null && event.data().hasNonNull("raisedItemId"),
                progress::apply);
    }
}
