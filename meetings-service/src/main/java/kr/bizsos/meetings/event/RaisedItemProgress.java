package kr.bizsos.meetings.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.platform.event.CloudEvent;
import org.jboss.logging.Logger;

/**
 * Copies a grievance's progress onto the raised item it came from, so the meeting page shows each
 * item's receipt number, status and answer. Runs inside the inbox's transaction. An event older
 * than the newest one applied to the item (by its CloudEvents time) changes nothing.
 */
@ApplicationScoped
public class RaisedItemProgress {

    private static final Logger LOG = Logger.getLogger(RaisedItemProgress.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (!event.type().startsWith("grievance.") || event.data() == null) {
            return;
        }
        JsonNode data = event.data();
        UUID raisedItemId = uuid(text(data, "raisedItemId"));
        if (raisedItemId == null) {
            return; // a grievance that did not come from a raised item
        }
        RaisedItem item = RaisedItem.findById(raisedItemId);
        if (item == null) {
            LOG.infof("%s for unknown raised item %s ignored", event.type(), raisedItemId);
            return;
        }
        if (item.grievanceId == null) {
            item.grievanceId = uuid(text(data, "grievanceId"));
            item.receiptNumber = text(data, "receiptNumber");
        }
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now();
        if (item.progressUpdatedAt != null && at.isBefore(item.progressUpdatedAt)) {
            LOG.debugf("%s %s is older than the item's progress; ignored", event.type(), event.id());
            return;
        }
        item.progressUpdatedAt = at;
        if (text(data, "grievanceId") != null) {
            item.grievanceId = uuid(text(data, "grievanceId"));
        }
        if (text(data, "receiptNumber") != null) {
            item.receiptNumber = text(data, "receiptNumber");
        }
        String status = text(data, "status");
        item.grievanceStatus = status != null ? status : statusOf(event.type(), item.grievanceStatus);
        item.responsibleDepartmentId = text(data, "departmentId");
        OffsetDateTime due = time(data, "dueAt");
        if (due != null) {
            item.dueAt = due;
        }
        switch (event.type()) {
            case "grievance.answered" -> {
                item.answerResult = text(data, "answerResult");
                item.answerSummary = text(data, "answerSummary");
                OffsetDateTime answeredAt = time(data, "answeredAt");
                item.answeredAt = answeredAt != null ? answeredAt : at;
                item.overdue = false;
            }
            case "grievance.overdue" -> item.overdue = true;
            case "grievance.extended", "grievance.closed" -> item.overdue = false;
            default -> {
                // received, assigned, transferred, reopened: status and department above are all they change
            }
        }
    }

    private static String statusOf(String type, String current) {
        return switch (type) {
            case "grievance.received" -> "RECEIVED";
            case "grievance.assigned" -> "ASSIGNED";
            case "grievance.transferred" -> "TRANSFERRED";
            case "grievance.answered" -> "ANSWERED";
            case "grievance.closed" -> "CLOSED";
            case "grievance.reopened" -> "REOPENED";
            default -> current;
        };
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(JsonNode data, String field) {
        String text = text(data, field);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
