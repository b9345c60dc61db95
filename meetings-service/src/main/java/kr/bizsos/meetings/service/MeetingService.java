package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.bizsos.meetings.Department;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.event.MeetingEvents;
import kr.bizsos.meetings.service.Requests.AttendanceMark;
import kr.bizsos.meetings.service.Requests.CancelMeeting;
import kr.bizsos.meetings.service.Requests.CompanyInvitation;
import kr.bizsos.meetings.service.Requests.HoldMeeting;
import kr.bizsos.meetings.service.Requests.PlanMeeting;
import kr.bizsos.meetings.service.Requests.RecordAttendance;
import kr.bizsos.meetings.service.Requests.RecordMinutes;
import kr.bizsos.meetings.service.Requests.UpdateMeeting;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * A meeting's life: planned → confirmed → held, or cancelled (with a reason) before it is held.
 * Each change is checked, stored and announced in one transaction: all or nothing.
 */
@ApplicationScoped
public class MeetingService {

    /** Host department of meetings planned by coordinators who name none. */
    static final String DEFAULT_HOST_DEPARTMENT = "ENTERPRISE_SUPPORT";

    private final MeetingAccess access;
    private final ReferenceData reference;
    private final ParticipantService participants;
    private final RaisedItemService raisedItems;
    private final MeetingCounts counts;
    private final MeetingEvents events;
    private final Clock clock;

    MeetingService(MeetingAccess access, ReferenceData reference, ParticipantService participants,
            RaisedItemService raisedItems, MeetingCounts counts, MeetingEvents events, Clock clock) {
        this.access = access;
        this.reference = reference;
        this.participants = participants;
        this.raisedItems = raisedItems;
        this.counts = counts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Meeting plan(Actor actor, PlanMeeting request) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.kind = reference.kind(request.kind(), "kind");
        m.title = request.title().strip();
        m.startsAt = request.startsAt();
        m.endsAt = request.endsAt();
        requireEndAfterStart(m.startsAt, m.endsAt);
        m.municipality = reference.cityOrCounty(request.municipality(), "municipality");
        m.venue = blankToNull(request.venue());
        m.hostOrganization = request.hostOrganization() == null ? Municipality.PROVINCE
                : reference.organization(request.hostOrganization(), "hostOrganization");
        m.hostDepartment = hostDepartmentFor(actor, request.hostDepartmentId());
        m.programmeId = blankToNull(request.programmeId());
        m.publicMeeting = Boolean.TRUE.equals(request.publicMeeting());
        m.capacity = request.capacity();
        m.agenda = blankToNull(request.agenda());
        m.status = MeetingStatus.PLANNED;
        m.createdBy = actor.username();
        m.createdAt = clock.now();
        m.updatedAt = m.createdAt;
        m.persist();

        List<String> departments = Objects.requireNonNullElse(request.invitedDepartments(), List.of());
        for (int i = 0; i < departments.size(); i++) {
            participants.addDepartment(m, reference.department(departments.get(i), "invitedDepartments[" + i + "]"),
                    null, actor);
        }
        List<String> agencies = Objects.requireNonNullElse(request.partnerAgencies(), List.of());
        for (int i = 0; i < agencies.size(); i++) {
            participants.addAgency(m, reference.partnerAgency(agencies.get(i), "partnerAgencies[" + i + "]"), null,
                    actor);
        }
        List<CompanyInvitation> invited = Objects.requireNonNullElse(request.companies(), List.of());
        for (int i = 0; i < invited.size(); i++) {
            participants.addCompany(m, participants.company(invited.get(i).company(), "companies[" + i + "].company"),
                    ParticipantOrigin.INVITED, invited.get(i).contact(), actor);
        }
        events.planned(m, counts.of(m.id).forEvent());
        return m;
    }

    /** An officer plans for their own department; coordinators and admins for any. */
    private Department hostDepartmentFor(Actor actor, String requested) {
        if (actor.is(Roles.OFFICER) && !actor.isStaffWideAccess()) {
            String own = actor.departmentId().orElseThrow(
                    () -> ProblemException.forbidden("부서 정보가 없는 계정입니다. 관리자에게 문의해 주세요."));
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.forbidden("다른 부서가 주관하는 회의는 계획할 수 없습니다.");
            }
            return reference.department(own, "hostDepartmentId");
        }
        return reference.department(requested == null ? DEFAULT_HOST_DEPARTMENT : requested, "hostDepartmentId");
    }

    @Transactional
    public Meeting update(Actor actor, UUID id, UpdateMeeting request) {
        Meeting m = access.manageable(actor, id);
        MeetingAccess.requireNotCancelled(m);
        MeetingKind kind = request.kind() == null ? m.kind : reference.kind(request.kind(), "kind");
        OffsetDateTime startsAt = request.startsAt() == null ? m.startsAt : request.startsAt();
        OffsetDateTime endsAt = request.endsAt() == null ? m.endsAt : request.endsAt();
        Municipality municipality = request.municipality() == null ? m.municipality
                : reference.cityOrCounty(request.municipality(), "municipality");
        String programmeId = request.programmeId() == null ? m.programmeId : blankToNull(request.programmeId());
        Municipality host = request.hostOrganization() == null ? m.hostOrganization
                : reference.organization(request.hostOrganization(), "hostOrganization");
        Department hostDepartment = m.hostDepartment;
        if (request.hostDepartmentId() != null && !request.hostDepartmentId().equals(m.hostDepartment.code)) {
            if (!actor.isStaffWideAccess()) {
                throw ProblemException.forbidden("주관 부서는 기업지원과(COORDINATOR)나 관리자만 바꿀 수 있습니다.");
            }
            hostDepartment = reference.department(request.hostDepartmentId(), "hostDepartmentId");
        }
        if (request.startsAt() != null || request.endsAt() != null) {
            requireEndAfterStart(startsAt, endsAt);
        }
        Integer capacity = request.capacity() == null ? m.capacity : request.capacity();
        if (request.capacity() != null) {
            long registered = Participant.count("meetingId = ?1 and origin = ?2", m.id, ParticipantOrigin.REGISTERED);
            if (capacity < registered) {
                throw ProblemException.invalid("capacity",
                        "정원은 이미 참가 신청한 기업 수(" + registered + ")보다 적을 수 없습니다.");
            }
        }
        boolean counted = !kind.code.equals(m.kind.code) || !startsAt.isEqual(m.startsAt)
                || !endsAt.isEqual(m.endsAt) || municipality != m.municipality
                || !Objects.equals(programmeId, m.programmeId) || host != m.hostOrganization
                || !hostDepartment.code.equals(m.hostDepartment.code);
        if (counted && m.status == MeetingStatus.HELD) {
            throw ProblemException.conflict("개최된 회의의 종류·일시·장소(시군)·주관·사업은 바꿀 수 없습니다.");
        }
        m.kind = kind;
        m.startsAt = startsAt;
        m.endsAt = endsAt;
        m.municipality = municipality;
        m.programmeId = programmeId;
        m.hostOrganization = host;
        m.hostDepartment = hostDepartment;
        m.capacity = capacity;
        if (request.title() != null) {
            m.title = requireText(request.title(), "title", "회의명을 입력해 주세요.");
        }
        if (request.venue() != null) {
            m.venue = blankToNull(request.venue());
        }
        if (request.publicMeeting() != null) {
            m.publicMeeting = request.publicMeeting();
        }
        if (request.agenda() != null) {
            m.agenda = blankToNull(request.agenda());
        }
        m.updatedAt = clock.now();
        if (counted) {
            events.updated(m, counts.of(m.id).forEvent());
        }
        return m;
    }

    @Transactional
    public Meeting confirm(Actor actor, UUID id) {
        Meeting m = access.manageable(actor, id);
        requireStatus(m, MeetingStatus.PLANNED, "확정");
        m.status = MeetingStatus.CONFIRMED;
        m.confirmedAt = clock.now();
        m.updatedAt = m.confirmedAt;
        events.confirmed(m, counts.of(m.id).forEvent());
        return m;
    }

    /**
     * Records a confirmed meeting as held, on or after its day. Participants not named in the
     * attendance are recorded as present; raised items sent along are filed like those added later.
     */
    @Transactional
    public Meeting hold(Actor actor, UUID id, HoldMeeting request) {
        Meeting m = access.manageable(actor, id);
        requireStatus(m, MeetingStatus.CONFIRMED, "개최 기록");
        if (Clock.seoulDate(m.startsAt).isAfter(clock.today())) {
            throw ProblemException.conflict("회의일(" + Clock.seoulDate(m.startsAt) + ") 전에는 개최로 기록할 수 없습니다.");
        }
        HoldMeeting body = request == null ? new HoldMeeting(null, null, null, null) : request;
        OffsetDateTime now = clock.now();
        m.status = MeetingStatus.HELD;
        m.heldAt = now;
        m.updatedAt = now;
        List<Participant> all = Participant.of(m.id);
        all.forEach(p -> p.attended = Boolean.TRUE);
        applyAttendance(all, Objects.requireNonNullElse(body.attendance(), List.of()), "attendance");
        if (body.minutes() != null && !body.minutes().isBlank()) {
            m.minutes = body.minutes().strip();
            m.outcomes = blankToNull(body.outcomes());
            m.minutesRecordedAt = now;
            m.minutesRecordedBy = actor.displayName();
        }
        List<RaisedItem> items = raisedItems.createAll(m, Objects.requireNonNullElse(body.raisedItems(), List.of()),
                actor);
        events.held(m, counts.of(m.id).forEvent());
        raisedItems.announce(m, items);
        return m;
    }

    @Transactional
    public Meeting cancel(Actor actor, UUID id, CancelMeeting request) {
        Meeting m = access.manageable(actor, id);
        MeetingAccess.requireNotCancelled(m);
        if (m.status == MeetingStatus.HELD) {
            throw ProblemException.conflict("이미 개최된 회의는 취소할 수 없습니다.");
        }
        m.cancelReason = requireText(request == null ? null : request.reason(), "reason", "취소 사유를 입력해 주세요.");
        m.status = MeetingStatus.CANCELLED;
        m.cancelledAt = clock.now();
        m.updatedAt = m.cancelledAt;
        events.cancelled(m, counts.of(m.id).forEvent());
        return m;
    }

    @Transactional
    public Meeting recordMinutes(Actor actor, UUID id, RecordMinutes request) {
        Meeting m = access.manageable(actor, id);
        MeetingAccess.requireHeld(m, "회의록");
        m.minutes = request.minutes().strip();
        m.outcomes = blankToNull(request.outcomes());
        m.minutesRecordedAt = clock.now();
        m.minutesRecordedBy = actor.displayName();
        m.updatedAt = m.minutesRecordedAt;
        return m;
    }

    /** Corrects attendance after the meeting was recorded as held, and announces the new counts. */
    @Transactional
    public Meeting recordAttendance(Actor actor, UUID id, RecordAttendance request) {
        Meeting m = access.manageable(actor, id);
        MeetingAccess.requireHeld(m, "출석");
        applyAttendance(Participant.of(m.id), request.attendance(), "attendance");
        m.updatedAt = clock.now();
        events.attendanceRecorded(m, counts.of(m.id).forEvent());
        return m;
    }

    private static void applyAttendance(List<Participant> all, List<AttendanceMark> marks, String field) {
        Map<UUID, Participant> byId = all.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            AttendanceMark mark = marks.get(i);
            Participant p = byId.get(mark.participantId());
            if (p == null) {
                throw ProblemException.invalid(field + "[" + i + "].participantId", "이 회의의 참석자가 아닙니다.");
            }
            if (!seen.add(p.id)) {
                throw ProblemException.invalid(field + "[" + i + "].participantId", "같은 참석자가 두 번 나옵니다.");
            }
            p.attended = mark.attended();
        }
    }

    private static void requireStatus(Meeting m, MeetingStatus expected, String action) {
        MeetingAccess.requireNotCancelled(m);
        if (m.status != expected) {
            throw ProblemException.conflict("'" + m.status.label() + "' 상태의 회의는 " + action + "할 수 없습니다. '"
                    + expected.label() + "' 상태여야 합니다.");
        }
    }

    private static void requireEndAfterStart(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "종료 일시는 시작 일시보다 늦어야 합니다.");
        }
    }

    private static String requireText(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return text.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
