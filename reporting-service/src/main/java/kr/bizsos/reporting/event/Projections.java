package kr.bizsos.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import kr.bizsos.platform.event.CloudEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The projections this service keeps: which topic feeds which, under which inbox consumer name. */
@ApplicationScoped
public class Projections {

    public static final String GRIEVANCE_FACTS = "reporting.grievance-facts";
    public static final String MEETING_FACTS = "reporting.meeting-facts";

    /** How often the live consumers try an event before giving up (and stopping the channel). */
    public static final int LIVE_ATTEMPTS = 8;

    /** One projection: its inbox consumer name, the topic it reads and the effect of each event. */
    public record Projection(String consumer, String topic, String factTable, Consumer<CloudEvent> effect) {
    }

    private final List<Projection> all;

    Projections(GrievanceProjector grievances, MeetingProjector meetings,
            @ConfigProperty(name = "bizsos.topics.grievance") String grievanceTopic,
            @ConfigProperty(name = "bizsos.topics.meetings") String meetingTopic) {
        this.all = List.of(
                new Projection(GRIEVANCE_FACTS, grievanceTopic, "grievance_fact", grievances::apply),
                new Projection(MEETING_FACTS, meetingTopic, "meeting_fact", meetings::apply));
    }

    public List<Projection> all() {
        return all;
    }
}
