package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.Participant;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Who may see and change which meeting. Staff (ADMIN, COORDINATOR, OFFICER) see every meeting; a
 * company sees public meetings and those it is invited to or registered for, and nothing else
 * exists for it (404). ADMIN and COORDINATOR change every meeting, an OFFICER only those its
 * department hosts (403 for others).
 */
@ApplicationScoped
public class MeetingAccess {

    public static final String NOT_FOUND = "해당 회의를 찾을 수 없습니다.";

    public boolean isStaff(Actor actor) {
        return actor.isStaffWideAccess() || actor.is(Roles.OFFICER);
    }

    /** The caller's company (사업자등록번호), for a COMPANY user; "-" matches no company. */
    public String ownCompany(Actor actor) {
        return actor.companyId().orElse("-");
    }

    public boolean canSee(Actor actor, Meeting meeting) {
        if (isStaff(actor)) {
            return true;
        }
        if (!actor.is(Roles.COMPANY)) {
            return false;
        }
        return meeting.publicMeeting || Participant.count(
                "meetingId = ?1 and company.businessNumber = ?2", meeting.id, ownCompany(actor)) > 0;
    }

    public boolean canManage(Actor actor, Meeting meeting) {
        if (actor.isStaffWideAccess()) {
            return true;
        }
        return actor.is(Roles.OFFICER)
                && actor.departmentId().map(d -> d.equals(meeting.hostDepartment.code)).orElse(false);
    }

    /** The meeting if the caller may see it; 404 otherwise. */
    public Meeting visible(Actor actor, UUID id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null || !canSee(actor, meeting)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return meeting;
    }

    /** The meeting, locked for this transaction, if the caller may see it; 404 otherwise. */
    public Meeting visibleLocked(Actor actor, UUID id) {
        Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !canSee(actor, meeting)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return meeting;
    }

    /** The meeting, locked for this transaction, if the caller may change it; 404 or 403 otherwise. */
    public Meeting manageable(Actor actor, UUID id) {
        Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !canSee(actor, meeting)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        if (!canManage(actor, meeting)) {
            throw ProblemException.forbidden("이 회의를 변경할 권한이 없습니다. 주관 부서 담당자나 기업지원과만 변경할 수 있습니다.");
        }
        return meeting;
    }

    /** Refuses any change to a cancelled meeting. */
    public static void requireNotCancelled(Meeting meeting) {
        if (meeting.status == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("취소된 회의는 변경할 수 없습니다.");
        }
    }

    /** Minutes, attendance and raised items exist only for a meeting that has been held. */
    public static void requireHeld(Meeting meeting, String what) {
        requireNotCancelled(meeting);
        if (meeting.status != MeetingStatus.HELD) {
            throw ProblemException.conflict(what + "은(는) 개최된 회의에만 기록할 수 있습니다. 현재 상태: "
                    + meeting.status.label());
        }
    }
}
