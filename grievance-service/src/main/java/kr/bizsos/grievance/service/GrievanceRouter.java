package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Optional;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.RoutingRule;

/** Finds the responsible department (소관부서) for a new grievance by the routing rules. */
@ApplicationScoped
public class GrievanceRouter {

    /** The best matching rule: highest priority, then the most specific, then the oldest. */
    public Optional<RoutingRule> route(Grievance grievance) {
        return RoutingRule.listAll(true).stream()
                .filter(rule -> rule.matches(grievance))
                .min(Comparator.comparingInt((RoutingRule r) -> -r.priority)
                        .thenComparingInt(r -> -r.specificity())
                        .thenComparingLong(r -> r.id));
    }
}
