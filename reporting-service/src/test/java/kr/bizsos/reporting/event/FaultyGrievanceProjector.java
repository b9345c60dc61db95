package kr.bizsos.reporting.event;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import kr.bizsos.platform.event.CloudEvent;

/**
 * The grievance projector with a switch that makes it fail like a crash would: armed for a
 * department, it throws {@code times} times on that department's {@code nth} distinct event
 * (every retry of it included) and then works again. Disarmed it is the real projector.
 */
@Alternative
@Priority(1)
@Singleton
public class FaultyGrievanceProjector extends GrievanceProjector {

    private static String department;
    private static int nth;
    private static int remaining;
    private static final Set<String> seen = new HashSet<>();
    private static String victim;
    private static int thrown;

    FaultyGrievanceProjector(EntityManager em) {
        super(em);
    }

    public static synchronized void failOn(String departmentId, int nthEvent, int times) {
        department = departmentId;
        nth = nthEvent;
        remaining = times;
        seen.clear();
        victim = null;
        thrown = 0;
    }

    public static synchronized void disarm() {
        department = null;
    }

    public static synchronized int thrown() {
        return thrown;
    }

    @Override
    public void apply(CloudEvent event) {
        check(event);
        super.apply(event);
    }

    private static synchronized void check(CloudEvent event) {
        if (department == null || event.data() == null || !department.equals(event.data().path("departmentId").asText())) {
            return;
        }
        seen.add(event.id());
        if (victim == null && seen.size() == nth) {
            victim = event.id();
        }
        if (event.id().equals(victim) && remaining > 0) {
            remaining--;
            thrown++;
            throw new IllegalStateException("simulated crash while projecting event " + event.id());
        }
    }
}
