package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TimelineEntry;

/** Writes a grievance's history: every change, with who and when. */
@ApplicationScoped
public class Timeline {

    private final Clock clock;

    Timeline(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Grievance grievance, String action, String actor, String note) {
        TimelineEntry entry = new TimelineEntry();
        entry.grievanceId = grievance.id;
        entry.action = action;
        entry.status = grievance.status;
        entry.actor = actor;
        entry.note = note;
        entry.at = clock.now();
        entry.persist();
        grievance.updatedAt = entry.at;
    }
}
