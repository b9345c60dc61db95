package kr.bizsos.grievance.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.event.GrievanceEvents;

/**
 * Marks grievances whose deadline has passed unanswered, once each: a timeline entry, a
 * {@code grievance.overdue} event and a notice to the department. Row locks with SKIP LOCKED keep
 * two instances from marking the same grievance.
 */
@ApplicationScoped
public class OverdueCheck {

    static final int BATCH = 200;

    private final Timeline timeline;
    private final Notices notices;
    private final GrievanceEvents events;
    private final Clock clock;

    OverdueCheck(Timeline timeline, Notices notices, GrievanceEvents events, Clock clock) {
        this.timeline = timeline;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${bizsos.overdue-check.every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (markBatch() == BATCH) {
            // more may be waiting
        }
    }

    /** @return how many grievances it marked */
    public int markBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Grievance> late = Grievance.getEntityManager().createQuery("""
                    from Grievance g where g.overdue = false and g.dueAt < :now
                    and g.status not in (:done) and g.transferAgency is null order by g.dueAt""", Grievance.class)
                    .setParameter("now", clock.now())
                    .setParameter("done", List.of(GrievanceStatus.ANSWERED, GrievanceStatus.CLOSED))
                    .setMaxResults(BATCH)
                    .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", -2)
                    .getResultList();
            for (Grievance g : late) {
                g.overdue = true;
                timeline.record(g, "OVERDUE", GrievanceIntake.SYSTEM, "처리기한이 지났습니다.");
                events.publish(GrievanceEvents.OVERDUE, g);
                notices.toDepartment(g.departmentId == null ? "ENTERPRISE_SUPPORT" : g.departmentId, g, "OVERDUE",
                        "처리기한이 지났습니다: " + g.title);
            }
            return late.size();
        });
    }
}
