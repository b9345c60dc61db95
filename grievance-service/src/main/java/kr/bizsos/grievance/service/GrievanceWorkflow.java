package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.bizsos.grievance.AnswerResult;
import kr.bizsos.grievance.Cooperation;
import kr.bizsos.grievance.Department;
import kr.bizsos.grievance.Extension;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.deadline.DeadlineCalculator;
import kr.bizsos.grievance.deadline.HolidayCalendar;
import kr.bizsos.grievance.deadline.LegalPeriod;
import kr.bizsos.grievance.event.GrievanceEventData.Change;
import kr.bizsos.grievance.event.GrievanceEvents;
import kr.bizsos.platform.problem.FieldError;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.problem.ProblemType;
import kr.bizsos.platform.security.Actor;

/**
 * The lifecycle after receipt: assign, start, transfer (이송), extend, contribute, answer, rate,
 * close, reopen. Each action is checked by {@link GrievancePolicy}, recorded in the timeline,
 * announced as an event and, where someone must know, noticed — in one transaction.
 */
@ApplicationScoped
public class GrievanceWorkflow {

    private final GrievanceQueries queries;
    private final GrievancePolicy policy;
    private final HolidayCalendar holidays;
    private final Timeline timeline;
    private final Notices notices;
    private final GrievanceEvents events;
    private final Clock clock;

    GrievanceWorkflow(GrievanceQueries queries, GrievancePolicy policy, HolidayCalendar holidays, Timeline timeline,
            Notices notices, GrievanceEvents events, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.holidays = holidays;
        this.timeline = timeline;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Grievance assign(UUID id, Commands.Assign cmd, Actor actor) {
        Grievance g = load(id, actor, Action.ASSIGN);
        Department lead = department(cmd.departmentId(), "departmentId");
        Set<String> cooperating = new LinkedHashSet<>(cmd.cooperatingDepartmentIds() == null ? List.of()
                : cmd.cooperatingDepartmentIds());
        for (String other : cooperating) {
            department(other, "cooperatingDepartmentIds");
        }
        if (cooperating.contains(lead.id)) {
            throw ProblemException.invalid("cooperatingDepartmentIds", "주관부서를 협조부서로 함께 지정할 수 없습니다.");
        }
        g.departmentId = lead.id;
        g.transferAgency = null;
        g.status = GrievanceStatus.ASSIGNED;
        for (Cooperation c : Cooperation.of(g.id)) {
            if (!cooperating.remove(c.key.departmentId()) && c.contribution == null) {
                c.delete();
            }
        }
        for (String other : cooperating) {
            Cooperation c = new Cooperation();
            c.key = new Cooperation.Key(g.id, other);
            c.persist();
            notices.toDepartment(other, g, "COOPERATION", "협조 요청된 기업애로가 있습니다: " + g.title);
        }
        List<String> allCooperating = Cooperation.of(g.id).stream().map(c -> c.key.departmentId()).toList();
        timeline.record(g, "ASSIGNED", actor.displayName(), "배정: " + lead.name
                + (allCooperating.isEmpty() ? "" : " · 협조: " + String.join(", ",
                        allCooperating.stream().map(Department::nameOf).toList()))
                + (cmd.note() == null || cmd.note().isBlank() ? "" : " · " + cmd.note()));
        events.publish(GrievanceEvents.ASSIGNED, g,
                new Change(allCooperating, null, null, null, null, null, actor.displayName()));
        notices.toDepartment(lead.id, g, "ASSIGNED", "기업애로가 배정되었습니다: " + g.title);
        notices.toCompany(g, "ASSIGNED", lead.name + "에 배정되어 처리 중입니다.");
        return g;
    }

    @Transactional
    public Grievance start(UUID id, Commands.Start cmd, Actor actor) {
        Grievance g = load(id, actor, Action.START);
        g.status = GrievanceStatus.IN_PROGRESS;
        timeline.record(g, "STARTED", actor.displayName(), cmd == null ? null : cmd.note());
        events.publish(GrievanceEvents.STARTED, g);
        return g;
    }

    @Transactional
    public Grievance transfer(UUID id, Commands.Transfer cmd, Actor actor) {
        Grievance g = load(id, actor, Action.TRANSFER);
        boolean toDepartment = cmd.toDepartmentId() != null && !cmd.toDepartmentId().isBlank();
        boolean toAgency = cmd.toAgency() != null && !cmd.toAgency().isBlank();
        if (toDepartment == toAgency) {
            throw new ProblemException(ProblemType.VALIDATION, "toDepartmentId, toAgency: 이송할 부서나 기관 중 하나만 지정해 주세요.",
                    List.of(new FieldError("toDepartmentId", "이송할 부서나 기관 중 하나만 지정해 주세요."),
                            new FieldError("toAgency", "이송할 부서나 기관 중 하나만 지정해 주세요.")));
        }
        String from = Department.nameOf(g.departmentId);
        String target;
        if (toDepartment) {
            Department to = department(cmd.toDepartmentId(), "toDepartmentId");
            if (to.id.equals(g.departmentId)) {
                throw ProblemException.invalid("toDepartmentId", "현재 소관부서로는 이송할 수 없습니다.");
            }
            g.departmentId = to.id;
            target = to.name;
            notices.toDepartment(to.id, g, "TRANSFERRED", from + "에서 기업애로가 이송되었습니다: " + g.title);
        } else {
            g.transferAgency = cmd.toAgency().strip();
            target = g.transferAgency;
        }
        g.transferReason = cmd.reason().strip();
        g.status = GrievanceStatus.TRANSFERRED;
        timeline.record(g, "TRANSFERRED", actor.displayName(), from + " → " + target + " · 사유: " + g.transferReason);
        events.publish(GrievanceEvents.TRANSFERRED, g, new Change(null, toDepartment ? g.departmentId : null,
                toAgency ? g.transferAgency : null, g.transferReason, null, null, actor.displayName()));
        notices.toCompany(g, "TRANSFERRED", "기업애로가 " + target + "(으)로 이송되었습니다. 사유: " + g.transferReason);
        return g;
    }

    @Transactional
    public Grievance extend(UUID id, Commands.Extend cmd, Actor actor) {
        Grievance g = load(id, actor, Action.EXTEND);
        long earlier = Extension.count("grievanceId", g.id);
        if (earlier >= 1 && !cmd.companyConsent()) {
            throw ProblemException.conflict("처리기간은 한 차례만 연장할 수 있습니다. 다시 연장하려면 기업의 동의가 필요합니다.");
        }
        DeadlineCalculator calculator = holidays.calculator();
        if (!calculator.isWorkingDay(cmd.newDueDate())) {
            throw ProblemException.invalid("newDueDate", "처리기한은 근무일(토·일요일과 공휴일 제외)이어야 합니다.");
        }
        ZonedDateTime previous = g.dueAt.atZoneSameInstant(Clock.SEOUL);
        ZonedDateTime requested = cmd.newDueDate().atTime(DeadlineCalculator.CLOSE).atZone(Clock.SEOUL);
        if (!requested.isAfter(previous)) {
            throw ProblemException.invalid("newDueDate", "연장한 처리기한은 현재 처리기한보다 뒤여야 합니다.");
        }
        LegalPeriod period = LegalPeriod.of(g.kind);
        ZonedDateTime latest = calculator.latestExtension(previous, period);
        if (requested.isAfter(latest)) {
            throw ProblemException.invalid("newDueDate", "한 번의 연장은 원래 처리기간(" + period.label() + ") 이내여야 합니다. "
                    + latest.toLocalDate() + "까지 연장할 수 있습니다.");
        }
        Extension e = new Extension();
        e.grievanceId = g.id;
        e.previousDueAt = g.dueAt;
        e.newDueAt = requested.toOffsetDateTime();
        e.reason = cmd.reason().strip();
        e.companyConsent = cmd.companyConsent();
        e.actor = actor.displayName();
        e.at = clock.now();
        e.persist();
        g.dueAt = e.newDueAt;
        g.overdue = false;
        timeline.record(g, "EXTENDED", actor.displayName(), "처리기한 " + previous.toLocalDate() + " → "
                + cmd.newDueDate() + " · 사유: " + e.reason + (e.companyConsent ? " · 기업 동의" : ""));
        events.publish(GrievanceEvents.EXTENDED, g, new Change(null, null, null, e.reason, e.previousDueAt,
                e.companyConsent, actor.displayName()));
        notices.toCompany(g, "EXTENDED", "처리기한이 " + cmd.newDueDate() + "까지 연장되었습니다. 사유: " + e.reason);
        return g;
    }

    @Transactional
    public Grievance contribute(UUID id, Commands.Contribute cmd, Actor actor) {
        Grievance g = load(id, actor, Action.CONTRIBUTE);
        Cooperation c = Cooperation.findById(new Cooperation.Key(g.id, actor.departmentId().orElseThrow()));
        c.contribution = cmd.text().strip();
        c.contributedAt = clock.now();
        timeline.record(g, "CONTRIBUTED", actor.displayName(), Department.nameOf(c.key.departmentId()) + " 협조 의견 등록");
        events.publish(GrievanceEvents.CONTRIBUTED, g, new Change(List.of(c.key.departmentId()), null, null, null,
                null, null, actor.displayName()));
        notices.toDepartment(g.departmentId, g, "CONTRIBUTED", Department.nameOf(c.key.departmentId()) + "이(가) 협조 의견을 등록했습니다.");
        return g;
    }

    @Transactional
    public Grievance answer(UUID id, Commands.Answer cmd, Actor actor) {
        Grievance g = load(id, actor, Action.ANSWER);
        if (cmd.result() == AnswerResult.NOT_ACCEPTED) {
            List<FieldError> missing = new ArrayList<>();
            if (cmd.rejectionReason() == null || cmd.rejectionReason().isBlank()) {
                missing.add(new FieldError("rejectionReason", "불수용 사유를 입력해 주세요."));
            }
            if (cmd.appealGuide() == null || cmd.appealGuide().isBlank()) {
                missing.add(new FieldError("appealGuide", "이의신청 방법을 안내해 주세요."));
            }
            if (!missing.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, missing.stream()
                        .map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + ", " + b).orElseThrow(), missing);
            }
        }
        OffsetDateTime now = clock.now();
        g.answerResult = cmd.result();
        g.answerText = cmd.text().strip();
        g.answerOfficial = cmd.officialName().strip();
        g.answerDepartment = g.departmentId;
        g.rejectionReason = cmd.result() == AnswerResult.NOT_ACCEPTED ? cmd.rejectionReason().strip() : null;
        g.appealGuide = cmd.result() == AnswerResult.NOT_ACCEPTED ? cmd.appealGuide().strip() : null;
        g.answeredAt = now;
        g.status = GrievanceStatus.ANSWERED;
        boolean late = g.dueAt != null && now.isAfter(g.dueAt);
        timeline.record(g, "ANSWERED", actor.displayName(), "처리 결과: " + cmd.result().label()
                + " · 답변: " + g.answerOfficial + (late ? " · 처리기한 경과 후 답변" : ""));
        events.publish(GrievanceEvents.ANSWERED, g);
        notices.toCompany(g, "ANSWERED", "답변이 등록되었습니다(" + cmd.result().label() + "). 만족도를 평가해 주세요.");
        return g;
    }

    @Transactional
    public Grievance rate(UUID id, Commands.Rate cmd, Actor actor) {
        Grievance g = load(id, actor, Action.RATE);
        OffsetDateTime now = clock.now();
        g.ratingScore = cmd.score();
        g.ratingComment = cmd.comment() == null ? null : cmd.comment().strip();
        g.ratedAt = now;
        g.status = GrievanceStatus.CLOSED;
        g.closedAt = now;
        timeline.record(g, "RATED", actor.displayName(), "만족도 " + cmd.score() + "점");
        timeline.record(g, "CLOSED", actor.displayName(), null);
        events.publish(GrievanceEvents.CLOSED, g);
        notices.toDepartment(g.answerDepartment, g, "RATED", "기업이 만족도 " + cmd.score() + "점을 주었습니다.");
        return g;
    }

    @Transactional
    public Grievance close(UUID id, Commands.Close cmd, Actor actor) {
        Grievance g = load(id, actor, Action.CLOSE);
        g.status = GrievanceStatus.CLOSED;
        g.closedAt = clock.now();
        timeline.record(g, "CLOSED", actor.displayName(), cmd == null ? null : cmd.note());
        events.publish(GrievanceEvents.CLOSED, g);
        return g;
    }

    @Transactional
    public Grievance reopen(UUID id, Commands.Reopen cmd, Actor actor) {
        Grievance g = load(id, actor, Action.REOPEN);
        OffsetDateTime now = clock.now();
        g.status = g.departmentId == null ? GrievanceStatus.RECEIVED : GrievanceStatus.REOPENED;
        g.answerResult = null;
        g.answerText = null;
        g.answerOfficial = null;
        g.answeredAt = null;
        g.rejectionReason = null;
        g.appealGuide = null;
        g.ratingScore = null;
        g.ratingComment = null;
        g.ratedAt = null;
        g.closedAt = null;
        g.transferAgency = null;
        g.overdue = false;
        g.dueAt = holidays.calculator().due(now.atZoneSameInstant(Clock.SEOUL), LegalPeriod.of(g.kind)).toOffsetDateTime();
        timeline.record(g, "REOPENED", actor.displayName(), "사유: " + cmd.reason().strip());
        events.publish(GrievanceEvents.REOPENED, g, new Change(null, null, null, cmd.reason().strip(), null, null,
                actor.displayName()));
        notices.toDepartment(g.departmentId, g, "REOPENED", "기업애로가 재개되었습니다: " + cmd.reason().strip());
        return g;
    }

    private Grievance load(UUID id, Actor actor, Action action) {
        Grievance g = queries.find(actor, id)
                .orElseThrow(() -> ProblemException.notFound("해당 기업애로를 찾을 수 없습니다."));
        policy.check(action, actor, g);
        return g;
    }

    private static Department department(String id, String field) {
        Department d = id == null ? null : Department.findById(id);
        if (d == null) {
            throw ProblemException.invalid(field, "알 수 없는 부서입니다: " + id);
        }
        return d;
    }
}
