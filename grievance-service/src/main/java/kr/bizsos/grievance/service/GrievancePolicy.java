package kr.bizsos.grievance.service;

import static kr.bizsos.grievance.GrievanceStatus.ANSWERED;
import static kr.bizsos.grievance.GrievanceStatus.ASSIGNED;
import static kr.bizsos.grievance.GrievanceStatus.CLOSED;
import static kr.bizsos.grievance.GrievanceStatus.IN_PROGRESS;
import static kr.bizsos.grievance.GrievanceStatus.RECEIVED;
import static kr.bizsos.grievance.GrievanceStatus.REOPENED;
import static kr.bizsos.grievance.GrievanceStatus.TRANSFERRED;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.bizsos.grievance.Cooperation;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * The lifecycle's rules in one place: from which status each action may happen, and who may do
 * it. The same rules answer allowedActions and refuse a request (403 for the wrong person, 409 for
 * the wrong status).
 */
@ApplicationScoped
public class GrievancePolicy {

    public boolean statusAllows(Action action, Grievance g) {
        GrievanceStatus s = g.status;
        boolean internalTransfer = s == TRANSFERRED && g.transferAgency == null;
        boolean hasDepartment = g.departmentId != null;
        return switch (action) {
            case ASSIGN -> in(s, RECEIVED, ASSIGNED, TRANSFERRED, REOPENED);
            case START -> hasDepartment && (in(s, ASSIGNED, REOPENED) || internalTransfer);
            case TRANSFER -> hasDepartment && (in(s, ASSIGNED, IN_PROGRESS, REOPENED) || internalTransfer);
            case EXTEND, CONTRIBUTE -> g.isOpen() && g.dueAt != null;
            case ANSWER -> hasDepartment && (in(s, ASSIGNED, IN_PROGRESS, REOPENED) || internalTransfer);
            case RATE -> s == ANSWERED && g.ratingScore == null;
            case CLOSE -> s == ANSWERED || (s == TRANSFERRED && g.transferAgency != null);
            case REOPEN -> in(s, ANSWERED, CLOSED);
        };
    }

    public boolean roleAllows(Action action, Actor actor, Grievance g) {
        boolean staff = actor.isStaffWideAccess();
        boolean owningOfficer = actor.is(Roles.OFFICER) && g.departmentId != null
                && g.departmentId.equals(actor.departmentId().orElse(null));
        boolean owningCompany = actor.is(Roles.COMPANY)
                && g.company.businessNumber.equals(actor.companyId().orElse(null));
        return switch (action) {
            case ASSIGN, CLOSE -> staff;
            case START, TRANSFER, EXTEND, ANSWER -> staff || owningOfficer;
            case CONTRIBUTE -> actor.is(Roles.OFFICER) && cooperates(actor, g);
            case RATE -> owningCompany;
            case REOPEN -> staff || owningCompany;
        };
    }

    public List<Action> allowed(Actor actor, Grievance g) {
        return Arrays.stream(Action.values()).filter(a -> roleAllows(a, actor, g) && statusAllows(a, g)).toList();
    }

    /** Refuses with 403 (not this caller's to do) or 409 (not in this status). */
    public void check(Action action, Actor actor, Grievance g) {
        if (!roleAllows(action, actor, g)) {
            throw ProblemException.forbidden("이 기업애로에 대해 '" + action.label() + "'을(를) 할 권한이 없습니다.");
        }
        if (!statusAllows(action, g)) {
            throw ProblemException.conflict("현재 상태(" + g.status.label() + ")에서는 '" + action.label()
                    + "'을(를) 할 수 없습니다.");
        }
    }

    private static boolean cooperates(Actor actor, Grievance g) {
        String department = actor.departmentId().orElse(null);
        return department != null && Cooperation.findById(new Cooperation.Key(g.id, department)) != null;
    }

    private static boolean in(GrievanceStatus s, GrievanceStatus... options) {
        Set<GrievanceStatus> set = EnumSet.noneOf(GrievanceStatus.class);
        set.addAll(Arrays.asList(options));
        return set.contains(s);
    }
}
