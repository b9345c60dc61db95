package kr.bizsos.grievance.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kr.bizsos.grievance.GrievanceKind;
import kr.bizsos.grievance.service.GrievanceIntake;
import kr.bizsos.grievance.service.GrievanceIntake.RaisedItem;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Turns each 건의·질의사항 raised at a meeting ({@code meeting.item-raised}) into a grievance. */
@ApplicationScoped
public class MeetingEventsConsumer {

    static final String CONSUMER = "grievance.raised-items";
    private static final Logger LOG = Logger.getLogger(MeetingEventsConsumer.class);

    private final Inbox inbox;
    private final GrievanceIntake intake;

    MeetingEventsConsumer(Inbox inbox, GrievanceIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @Incoming("meeting-events")
    @Blocking(ordered = true)
    public void consume(String payload) {
        inbox.apply(CONSUMER, payload, event -> "meeting.item-raised".equals(event.type()), this::apply);
    }

    void apply(CloudEvent event) {
        if (!"meeting.item-raised".equals(event.type())) {
            return;
        }
        JsonNode d = event.data();
        GrievanceKind kind;
        try {
            kind = GrievanceKind.valueOf(d.path("kind").asText("OTHER"));
        } catch (IllegalArgumentException e) {
            kind = GrievanceKind.OTHER;
        }
        RaisedItem item = new RaisedItem(UUID.fromString(d.path("meetingId").asText()),
                UUID.fromString(d.path("raisedItemId").asText()), text(d, "meetingTitle"),
                d.path("businessNumber").asText(), text(d, "companyName"),
                text(d, "companyMunicipality") == null ? text(d, "municipality") : text(d, "companyMunicipality"),
                kind, d.path("category").asText("OTHER"), d.path("title").asText(), d.path("content").asText());
        intake.fromMeeting(item).ifPresent(g -> LOG.infof("raised item %s became grievance %s", item.raisedItemId(),
                g.receiptNumber));
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
