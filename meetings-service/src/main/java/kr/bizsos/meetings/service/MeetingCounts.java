package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.event.MeetingEventData.Counts;

/** Participants, attendance, registrations and raised items counted per meeting, for many meetings at once. */
@ApplicationScoped
public class MeetingCounts {

    private final EntityManager em;

    MeetingCounts(EntityManager em) {
        this.em = em;
    }

    /** The counts of one meeting by participant type (keys: DEPARTMENT, PARTNER_AGENCY, COMPANY). */
    public record Tally(Map<String, Integer> participants, Map<String, Integer> attended, int registrations,
            int raisedItems) {

        public int attendedTotal() {
            return attended.values().stream().mapToInt(Integer::intValue).sum();
        }

        public Counts forEvent() {
            return new Counts(participants, attended, attendedTotal(), raisedItems);
        }

        static Tally empty() {
            return new Tally(zeros(), zeros(), 0, 0);
        }
    }

    public Tally of(UUID meetingId) {
        return of(List.of(meetingId)).getOrDefault(meetingId, Tally.empty());
    }

    public Map<UUID, Tally> of(Collection<UUID> meetingIds) {
        Map<UUID, Tally> result = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return result;
        }
        for (UUID id : meetingIds) {
            result.put(id, Tally.empty());
        }
        List<Object[]> rows = em.createQuery("""
                select p.meetingId, p.type, count(p),
                       sum(case when p.attended = true then 1 else 0 end),
                       sum(case when p.origin = :registered then 1 else 0 end)
                from Participant p where p.meetingId in :ids group by p.meetingId, p.type""", Object[].class)
                .setParameter("ids", meetingIds)
                .setParameter("registered", ParticipantOrigin.REGISTERED)
                .getResultList();
        Map<UUID, Integer> registrations = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String type = ((ParticipantType) row[1]).name();
            Tally t = result.get(id);
            t.participants().put(type, ((Number) row[2]).intValue());
            t.attended().put(type, row[3] == null ? 0 : ((Number) row[3]).intValue());
            registrations.merge(id, row[4] == null ? 0 : ((Number) row[4]).intValue(), Integer::sum);
        }
        List<Object[]> items = em.createQuery(
                "select r.meetingId, count(r) from RaisedItem r where r.meetingId in :ids group by r.meetingId",
                Object[].class).setParameter("ids", meetingIds).getResultList();
        Map<UUID, Integer> raised = new HashMap<>();
        for (Object[] row : items) {
            raised.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        for (UUID id : meetingIds) {
            Tally t = result.get(id);
            result.put(id, new Tally(t.participants(), t.attended(), registrations.getOrDefault(id, 0),
                    raised.getOrDefault(id, 0)));
        }
        return result;
    }

    private static Map<String, Integer> zeros() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (ParticipantType type : ParticipantType.values()) {
            map.put(type.name(), 0);
        }
        return map;
    }
}
