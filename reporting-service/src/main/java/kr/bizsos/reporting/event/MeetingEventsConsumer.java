package kr.bizsos.reporting.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads meetings-service's topic and applies each event once to the meeting facts. */
@ApplicationScoped
public class MeetingEventsConsumer {

    private final ProjectionApplier applier;
    private final MeetingProjector projector;

    MeetingEventsConsumer(ProjectionApplier applier, MeetingProjector projector) {
        this.applier = applier;
        this.projector = projector;
    }

    @Incoming("meeting-events")
    @Blocking(ordered = true)
    public void consume(String payload) {
        applier.apply(Projections.MEETING_FACTS, payload, projector::apply, Projections.LIVE_ATTEMPTS);
    }
}
