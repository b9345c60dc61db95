package kr.bizsos.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.reporting.GrievanceFact;
import org.jboss.logging.Logger;

/**
 * Folds grievance events into {@link GrievanceFact}s. Every grievance event carries the
 * grievance's full current state, so each one simply overwrites the fact (an upsert); an event
 * older than the one the fact was last written from is ignored. That makes the projection
 * independent of how often or in which order a replay delivers events: the newest state wins.
 * Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class GrievanceProjector {

    private static final Logger LOG = Logger.getLogger(GrievanceProjector.class);

    private final EntityManager em;

    GrievanceProjector(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith("grievance.")) {
            LOG.debugf("reporting ignores %s", event.type());
            return;
        }
        EventData data = new EventData(event.data(), event.type());
        UUID id = data.requiredUuid("grievanceId");
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now();
        GrievanceFact fact = em.find(GrievanceFact.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (fact != null && at.isBefore(fact.lastEventAt)) {
            LOG.debugf("grievance %s: %s of %s is older than the fact, ignored", id, event.type(), at);
            return;
        }
        boolean created = fact == null;
        if (created) {
            fact = new GrievanceFact();
            fact.grievanceId = id;
        }
        write(fact, data);
        fact.lastEventType = event.type();
        fact.lastEventAt = at;
        if (created) {
            em.persist(fact);
        }
    }

    private static void write(GrievanceFact fact, EventData data) {
        fact.receiptNumber = data.code("receiptNumber", 20);
        fact.kind = data.code("kind", 30);
        fact.category = data.code("category", 40);
        fact.channel = data.code("channel", 20);
        fact.municipality = data.code("municipality", 20);
        fact.businessNumber = data.code("businessNumber", 10);
        fact.departmentId = data.optionalCode("departmentId", 60);
        fact.meetingId = data.uuid("meetingId");
        fact.raisedItemId = data.uuid("raisedItemId");
        fact.status = data.code("status", 20);
        fact.receivedAt = data.requiredTime("receivedAt");
        LocalDate received = EventData.seoulDate(fact.receivedAt);
        fact.receivedYear = received.getYear();
        fact.receivedQuarter = EventData.quarterOf(received);
        fact.dueAt = data.time("dueAt");
        fact.overdue = Boolean.TRUE.equals(data.bool("overdue"));
        fact.answerResult = data.optionalCode("answerResult", 30);
        fact.answeredAt = data.time("answeredAt");
        fact.answeredWithinDeadline = data.bool("answeredWithinDeadline");
        if (fact.answeredAt == null) {
            fact.answeredYear = null;
            fact.answeredQuarter = null;
            fact.handlingDays = null;
        } else {
            LocalDate answered = EventData.seoulDate(fact.answeredAt);
            fact.answeredYear = answered.getYear();
            fact.answeredQuarter = EventData.quarterOf(answered);
            fact.handlingDays = (int) Math.max(0, ChronoUnit.DAYS.between(received, answered));
        }
        Integer rating = data.integer("rating");
        fact.rating = rating == null || rating < 1 || rating > 5 ? null : rating;
        fact.closedAt = data.time("closedAt");
        if (fact.closedAt == null) {
            fact.closedYear = null;
            fact.closedQuarter = null;
        } else {
            LocalDate closed = EventData.seoulDate(fact.closedAt);
            fact.closedYear = closed.getYear();
            fact.closedQuarter = EventData.quarterOf(closed);
        }
    }
}
