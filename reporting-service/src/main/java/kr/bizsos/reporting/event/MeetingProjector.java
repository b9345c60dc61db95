package kr.bizsos.reporting.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.platform.event.CloudEvent;
import kr.bizsos.reporting.MeetingFact;
import org.jboss.logging.Logger;

/**
 * Folds meeting events into {@link MeetingFact}s, one row per meeting, the same way as
 * {@link GrievanceProjector}: each event carries the meeting's full state and overwrites the
 * fact unless it is older than the last one applied. {@code meeting.item-raised} carries an
 * item, not the meeting's state, and is ignored here. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class MeetingProjector {

    private static final Logger LOG = Logger.getLogger(MeetingProjector.class);
    static final String ITEM_RAISED = "meeting.item-raised";

    private final EntityManager em;

    MeetingProjector(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith("meeting.") || ITEM_RAISED.equals(event.type())) {
            LOG.debugf("reporting ignores %s", event.type());
            return;
        }
        EventData data = new EventData(event.data(), event.type());
        UUID id = data.requiredUuid("meetingId");
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now();
        MeetingFact fact = em.find(MeetingFact.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (fact != null && at.isBefore(fact.lastEventAt)) {
            LOG.debugf("meeting %s: %s of %s is older than the fact, ignored", id, event.type(), at);
            return;
        }
        boolean created = fact == null;
        if (created) {
            fact = new MeetingFact();
            fact.meetingId = id;
        }
        write(fact, data);
        fact.lastEventType = event.type();
        fact.lastEventAt = at;
        if (created) {
            em.persist(fact);
        }
    }

    private static void write(MeetingFact fact, EventData data) {
        fact.kind = data.code("kind", 40);
        fact.regular = Boolean.TRUE.equals(data.bool("regular"));
        String title = data.text("title", 300);
        fact.title = title == null || title.isBlank() ? "(제목 없음)" : title;
        fact.municipality = data.code("municipality", 20);
        fact.programmeId = data.text("programmeId", 60);
        fact.status = data.code("status", 20);
        fact.startsAt = data.requiredTime("startsAt");
        fact.endsAt = data.time("endsAt");
        LocalDate date = data.date("date");
        fact.meetingDate = date != null ? date : EventData.seoulDate(fact.startsAt);
        if ("HELD".equals(fact.status)) {
            LocalDate heldOn = data.date("heldOn");
            fact.heldOn = heldOn != null ? heldOn : fact.meetingDate;
            fact.heldYear = fact.heldOn.getYear();
            fact.heldQuarter = EventData.quarterOf(fact.heldOn);
        } else {
            fact.heldOn = null;
            fact.heldYear = null;
            fact.heldQuarter = null;
        }
        attendance(fact, data);
        Integer raised = data.integer("raisedItemCount");
        if (raised != null) {
            fact.raisedItemCount = raised;
        }
        String reason = data.text("reason", 500) != null ? data.text("reason", 500) : data.text("cancelReason", 500);
        fact.cancelReason = "CANCELLED".equals(fact.status) ? reason : null;
    }

    /**
     * Reads attendance in either shape: the contract's {companies, departments, partnerAgencies,
     * total}, or meetings-service's counts by participant type {COMPANY, DEPARTMENT,
     * PARTNER_AGENCY} with {@code attendedTotal} beside it.
     */
    private static void attendance(MeetingFact fact, EventData data) {
        JsonNode attendance = data.node("attendance");
        if (attendance == null || !attendance.isObject()) {
            return;
        }
        Integer companies = first(attendance, "companies", "COMPANY");
        Integer departments = first(attendance, "departments", "DEPARTMENT");
        Integer agencies = first(attendance, "partnerAgencies", "PARTNER_AGENCY");
        Integer total = EventData.integer(attendance, "total");
        if (total == null) {
            total = data.integer("attendedTotal");
        }
        if (total == null && (companies != null || departments != null || agencies != null)) {
            total = zero(companies) + zero(departments) + zero(agencies);
        }
        fact.attendanceCompanies = companies;
        fact.attendanceDepartments = departments;
        fact.attendancePartnerAgencies = agencies;
        fact.attendanceTotal = total;
    }

    private static Integer first(JsonNode node, String name, String alternative) {
        Integer value = EventData.integer(node, name);
        return value != null ? value : EventData.integer(node, alternative);
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
