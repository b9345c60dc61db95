package kr.bizsos.reporting.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.reporting.GrievanceFact;
import org.jboss.logging.Logger;

/** Folds grievance events into {@link GrievanceFact}s. Runs inside the inbox's transaction. */
@ApplicationScoped
public class GrievanceProjector {

    private static final Logger LOG = Logger.getLogger(GrievanceProjector.class);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "grievance.received" -> received(data, event.time());
            default -> LOG.debugf("reporting ignores %s", event.type());
        }
    }

    private void received(JsonNode data, OffsetDateTime at) {
        UUID id = UUID.fromString(data.path("grievanceId").asText());
        if (GrievanceFact.findById(id) != null) {
            return;
        }
        GrievanceFact fact = new GrievanceFact();
        fact.grievanceId = id;
        fact.receiptNumber = data.path("receiptNumber").asText();
        fact.kind = data.path("kind").asText();
        fact.category = data.path("category").asText();
        fact.channel = data.path("channel").asText();
        fact.municipality = data.path("municipality").asText();
        fact.businessNumber = data.path("businessNumber").asText();
        fact.departmentId = text(data, "departmentId");
        String meeting = text(data, "meetingId");
        fact.meetingId = meeting == null ? null : UUID.fromString(meeting);
        fact.status = data.path("status").asText("RECEIVED");
        fact.receivedAt = OffsetDateTime.parse(data.path("receivedAt").asText());
        ZonedDateTime local = fact.receivedAt.atZoneSameInstant(SEOUL);
        fact.receivedYear = local.getYear();
        fact.receivedQuarter = (local.getMonthValue() - 1) / 3 + 1;
        String due = text(data, "dueAt");
        fact.dueAt = due == null ? null : OffsetDateTime.parse(due);
        fact.lastEventAt = at;
        fact.persist();
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
