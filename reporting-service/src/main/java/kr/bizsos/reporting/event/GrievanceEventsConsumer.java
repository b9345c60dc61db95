package kr.bizsos.reporting.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads grievance-service's topic and applies each event once to the grievance facts. */
@ApplicationScoped
public class GrievanceEventsConsumer {

    private final ProjectionApplier applier;
    private final GrievanceProjector projector;

    GrievanceEventsConsumer(ProjectionApplier applier, GrievanceProjector projector) {
        this.applier = applier;
        this.projector = projector;
    }

    @Incoming("grievance-events")
    @Blocking(ordered = true)
    public void consume(String payload) {
        applier.apply(Projections.GRIEVANCE_FACTS, payload, projector::apply, Projections.LIVE_ATTEMPTS);
    }
}
