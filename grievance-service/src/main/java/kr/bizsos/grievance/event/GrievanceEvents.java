package kr.bizsos.grievance.event;

import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Announces what happens to grievances on the service's topic, through the outbox. */
@ApplicationScoped
public class GrievanceEvents {

    public static final String RECEIVED = "grievance.received";

    private final Outbox outbox;
    private final String topic;

    GrievanceEvents(Outbox outbox, @ConfigProperty(name = "bizsos.topics.grievance") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    public void received(Grievance grievance) {
        outbox.publish(topic, grievance.id.toString(), RECEIVED, GrievanceEventData.of(grievance));
    }
}
