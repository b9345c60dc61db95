package kr.bizsos.grievance.event;

import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.event.GrievanceEventData.Change;
import kr.bizsos.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Announces what happens to grievances on the service's topic, through the outbox. */
@ApplicationScoped
public class GrievanceEvents {

    public static final String RECEIVED = "grievance.received";
    public static final String ASSIGNED = "grievance.assigned";
    public static final String STARTED = "grievance.started";
    public static final String TRANSFERRED = "grievance.transferred";
    public static final String EXTENDED = "grievance.extended";
    public static final String CONTRIBUTED = "grievance.contributed";
    public static final String ANSWERED = "grievance.answered";
    public static final String CLOSED = "grievance.closed";
    public static final String REOPENED = "grievance.reopened";
    public static final String OVERDUE = "grievance.overdue";

    private final Outbox outbox;
    private final String topic;

    GrievanceEvents(Outbox outbox, @ConfigProperty(name = "bizsos.topics.grievance") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    public void publish(String type, Grievance grievance) {
        publish(type, grievance, Change.none());
    }

    public void publish(String type, Grievance grievance, Change change) {
        outbox.publish(topic, grievance.id.toString(), type, GrievanceEventData.of(grievance, change));
    }
}
