package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import kr.bizsos.grievance.Category;
import kr.bizsos.grievance.Channel;
import kr.bizsos.grievance.Company;
import kr.bizsos.grievance.Department;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceKind;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.RoutingRule;
import kr.bizsos.grievance.deadline.HolidayCalendar;
import kr.bizsos.grievance.deadline.LegalPeriod;
import kr.bizsos.grievance.event.GrievanceEventData.Change;
import kr.bizsos.grievance.event.GrievanceEvents;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/**
 * Receives grievances from every channel: checks them, numbers them, sets the legal deadline,
 * routes them to their department, flags likely duplicates, stores and announces them — all or
 * nothing.
 */
@ApplicationScoped
public class GrievanceIntake {

    /** Who the timeline names for what the system does by itself. */
    public static final String SYSTEM = "기업SOS 시스템";

    private final ReceiptNumbers receiptNumbers;
    private final CompanyRegistry companies;
    private final GrievanceRouter router;
    private final DuplicateFinder duplicates;
    private final HolidayCalendar holidays;
    private final Timeline timeline;
    private final Notices notices;
    private final GrievanceEvents events;
    private final Clock clock;

    GrievanceIntake(ReceiptNumbers receiptNumbers, CompanyRegistry companies, GrievanceRouter router,
            DuplicateFinder duplicates, HolidayCalendar holidays, Timeline timeline, Notices notices,
            GrievanceEvents events, Clock clock) {
        this.receiptNumbers = receiptNumbers;
        this.companies = companies;
        this.router = router;
        this.duplicates = duplicates;
        this.holidays = holidays;
        this.timeline = timeline;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Grievance submit(SubmitGrievance request, Actor actor) {
        Category category = category(request.category());
        Company company = companies.findOrRegister(businessNumberFor(request, actor), request.company());
        Grievance g = newGrievance(request.kind(), category, request.title(), request.content(),
                channelFor(request, actor), company, actor.username());
        if (actor.is(Roles.PARTNER)) {
            g.partnerId = actor.partnerId().orElseThrow(
                    () -> ProblemException.forbidden("유관기관 정보가 없는 토큰입니다."));
        }
        if (request.contact() != null) {
            g.contactName = request.contact().name();
            g.contactPhone = request.contact().phone();
            g.contactEmail = request.contact().email();
        }
        return receive(g, actor.displayName());
    }

    /** A 건의·질의사항 raised at a meeting becomes a grievance (channel MEETING); once per raised item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Grievance> fromMeeting(RaisedItem item) {
        if (Grievance.count("raisedItemId", item.raisedItemId()) > 0) {
            return Optional.empty();
        }
        Category category = Category.findById(item.category());
        if (category == null) {
            category = Category.findById("OTHER");
        }
        Company company = companies.findOrRegister(item.businessNumber(),
                new SubmitGrievance.CompanyDetails(item.businessNumber(), item.companyName(),
                        item.companyMunicipality(), null, null));
        Grievance g = newGrievance(item.kind(), category, item.title(), item.content(), Channel.MEETING, company,
                "meetings-service");
        g.meetingId = item.meetingId();
        g.raisedItemId = item.raisedItemId();
        return Optional.of(receive(g, item.meetingTitle() == null ? SYSTEM : item.meetingTitle()));
    }

    /** What meetings-service says of an item raised at a meeting. */
    public record RaisedItem(UUID meetingId, UUID raisedItemId, String meetingTitle, String businessNumber,
            String companyName, String companyMunicipality, GrievanceKind kind, String category, String title,
            String content) {
    }

    private Grievance newGrievance(GrievanceKind kind, Category category, String title, String content,
            Channel channel, Company company, String submittedBy) {
        OffsetDateTime now = clock.now();
        Grievance g = new Grievance();
        g.id = UUID.randomUUID();
        g.kind = kind;
        g.category = category;
        g.title = title.strip();
        g.content = content.strip();
        g.status = GrievanceStatus.RECEIVED;
        g.channel = channel;
        g.municipality = company.municipality;
        g.company = company;
        g.receivedAt = now;
        g.updatedAt = now;
        g.dueAt = holidays.calculator().due(now.atZoneSameInstant(Clock.SEOUL), LegalPeriod.of(kind)).toOffsetDateTime();
        g.submittedBy = submittedBy;
        return g;
    }

    private Grievance receive(Grievance g, String actorName) {
        g.possibleDuplicateOf = duplicates.similarRecent(g);
        Optional<RoutingRule> rule = router.route(g);
        // The year's receipt counter is a row lock held to the commit: take it last, so that
        // concurrent receipts wait for each other only as long as their inserts take.
        g.receiptNumber = receiptNumbers.next(g.receivedAt.getYear());
        g.persist();
        timeline.record(g, "RECEIVED", actorName, "처리기한: " + LegalPeriod.of(g.kind).label()
                + (g.possibleDuplicateOf == null ? "" : " · 최근 30일 내 유사 기업애로가 있습니다"));
        events.publish(GrievanceEvents.RECEIVED, g);
        notices.toCompany(g, "RECEIVED", "기업애로가 접수되었습니다.");
        if (rule.isPresent()) {
            g.departmentId = rule.get().departmentId;
            g.status = GrievanceStatus.ASSIGNED;
            timeline.record(g, "ASSIGNED", SYSTEM, "자동 배정: " + Department.nameOf(g.departmentId)
                    + " (배정 규칙 #" + rule.get().id + ")");
            events.publish(GrievanceEvents.ASSIGNED, g, new Change(null, null, null, null, null, null, SYSTEM));
            notices.toDepartment(g.departmentId, g, "ASSIGNED", "새 기업애로가 배정되었습니다: " + g.title);
        }
        return g;
    }

    private static Category category(String code) {
        Category category = Category.findById(code);
        if (category == null || !category.active) {
            throw ProblemException.invalid("category", "알 수 없는 분야입니다. 분야 목록에서 선택해 주세요.");
        }
        return category;
    }

    private static String businessNumberFor(SubmitGrievance request, Actor actor) {
        if (actor.is(Roles.COMPANY)) {
            String own = actor.companyId().orElseThrow(
                    () -> ProblemException.forbidden("기업 정보가 없는 계정입니다. 관리자에게 문의해 주세요."));
            if (request.company() != null && request.company().businessNumber() != null
                    && !own.equals(BusinessNumber.normalize(request.company().businessNumber()))) {
                throw ProblemException.forbidden("다른 기업의 이름으로 접수할 수 없습니다.");
            }
            return own;
        }
        if (request.company() == null) {
            throw ProblemException.invalid("company", "대리 접수에는 기업 정보(사업자등록번호, 기업명, 시군)가 필요합니다.");
        }
        return request.company().businessNumber();
    }

    private static Channel channelFor(SubmitGrievance request, Actor actor) {
        if (actor.is(Roles.COMPANY)) {
            return Channel.WEB;
        }
        if (actor.is(Roles.PARTNER)) {
            return Channel.PARTNER;
        }
        if (request.channel() == null) {
            throw ProblemException.invalid("channel", "접수 경로(전화, 현장방문, 간담회 등)를 선택해 주세요.");
        }
        return request.channel();
    }
}
