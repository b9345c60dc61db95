package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.grievance.Category;
import kr.bizsos.grievance.Channel;
import kr.bizsos.grievance.Company;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.GrievanceStatus;
import kr.bizsos.grievance.TimelineEntry;
import kr.bizsos.grievance.event.GrievanceEvents;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/** Receives grievances: checks them, numbers them, stores them and announces them, all or nothing. */
@ApplicationScoped
public class GrievanceService {

    private final ReceiptNumbers receiptNumbers;
    private final CompanyRegistry companies;
    private final GrievanceEvents events;
    private final Clock clock;

    GrievanceService(ReceiptNumbers receiptNumbers, CompanyRegistry companies, GrievanceEvents events, Clock clock) {
        this.receiptNumbers = receiptNumbers;
        this.companies = companies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Grievance submit(SubmitGrievance request, Actor actor) {
        Category category = Category.findById(request.category());
        if (category == null || !category.active) {
            throw ProblemException.invalid("category", "알 수 없는 분야입니다. 분야 목록에서 선택해 주세요.");
        }
        Company company = companies.findOrRegister(businessNumberFor(request, actor), request.company());
        OffsetDateTime now = clock.now();

        Grievance grievance = new Grievance();
        grievance.id = UUID.randomUUID();
        grievance.receiptNumber = receiptNumbers.next(now.getYear());
        grievance.kind = request.kind();
        grievance.category = category;
        grievance.title = request.title().strip();
        grievance.content = request.content().strip();
        grievance.status = GrievanceStatus.RECEIVED;
        grievance.channel = channelFor(request, actor);
        grievance.municipality = company.municipality;
        grievance.company = company;
        if (request.contact() != null) {
            grievance.contactName = request.contact().name();
            grievance.contactPhone = request.contact().phone();
            grievance.contactEmail = request.contact().email();
        }
        grievance.receivedAt = now;
        grievance.submittedBy = actor.username();
        grievance.persist();

        record(grievance, "RECEIVED", actor, null, now);
        events.received(grievance);
        return grievance;
    }

    private static String businessNumberFor(SubmitGrievance request, Actor actor) {
        if (actor.is(Roles.COMPANY)) {
            String own = actor.companyId().orElseThrow(
                    () -> ProblemException.forbidden("기업 정보가 없는 계정입니다. 관리자에게 문의해 주세요."));
            if (request.company() != null && request.company().businessNumber() != null
                    && !own.equals(kr.bizsos.platform.company.BusinessNumber.normalize(request.company().businessNumber()))) {
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
        if (request.channel() == null) {
            throw ProblemException.invalid("channel", "접수 경로(전화, 현장방문, 간담회 등)를 선택해 주세요.");
        }
        return request.channel();
    }

    private static void record(Grievance grievance, String action, Actor actor, String note, OffsetDateTime at) {
        TimelineEntry entry = new TimelineEntry();
        entry.grievanceId = grievance.id;
        entry.action = action;
        entry.status = grievance.status;
        entry.actor = actor.displayName();
        entry.note = note;
        entry.at = at;
        entry.persist();
    }
}
