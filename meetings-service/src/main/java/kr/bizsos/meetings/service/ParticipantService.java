package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.meetings.Company;
import kr.bizsos.meetings.Department;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.PartnerAgency;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.service.Requests.AddParticipant;
import kr.bizsos.meetings.service.Requests.CompanyDetails;
import kr.bizsos.meetings.service.Requests.Contact;
import kr.bizsos.meetings.service.Requests.Register;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;

/** Invites departments, partner agencies and companies, and takes companies' registrations. */
@ApplicationScoped
public class ParticipantService {

    private final MeetingAccess access;
    private final ReferenceData reference;
    private final CompanyRegistry companies;
    private final Clock clock;

    ParticipantService(MeetingAccess access, ReferenceData reference, CompanyRegistry companies, Clock clock) {
        this.access = access;
        this.reference = reference;
        this.companies = companies;
        this.clock = clock;
    }

    @Transactional
    public Participant invite(Actor actor, UUID meetingId, AddParticipant request) {
        Meeting meeting = access.manageable(actor, meetingId);
        MeetingAccess.requireNotCancelled(meeting);
        return switch (request.type()) {
            case DEPARTMENT -> addDepartment(meeting, reference.department(request.departmentId(), "departmentId"),
                    request.contact(), actor);
            case PARTNER_AGENCY -> addAgency(meeting,
                    reference.partnerAgency(request.partnerAgencyId(), "partnerAgencyId"), request.contact(), actor);
            case COMPANY -> {
                if (request.company() == null) {
                    throw ProblemException.invalid("company", "초청할 기업 정보(사업자등록번호, 기업명, 시군)를 입력해 주세요.");
                }
                yield addCompany(meeting, company(request.company(), "company"), ParticipantOrigin.INVITED,
                        request.contact(), actor);
            }
        };
    }

    Participant addDepartment(Meeting meeting, Department department, Contact contact, Actor actor) {
        if (Participant.count("meetingId = ?1 and department.code = ?2", meeting.id, department.code) > 0) {
            throw ProblemException.conflict(department.name + "은(는) 이미 이 회의의 참석자입니다.");
        }
        Participant p = participant(meeting, ParticipantType.DEPARTMENT, ParticipantOrigin.INVITED, contact, actor);
        p.department = department;
        p.persist();
        return p;
    }

    Participant addAgency(Meeting meeting, PartnerAgency agency, Contact contact, Actor actor) {
        if (Participant.count("meetingId = ?1 and partnerAgency.code = ?2", meeting.id, agency.code) > 0) {
            throw ProblemException.conflict(agency.name + "은(는) 이미 이 회의의 참석자입니다.");
        }
        Participant p = participant(meeting, ParticipantType.PARTNER_AGENCY, ParticipantOrigin.INVITED, contact, actor);
        p.partnerAgency = agency;
        p.persist();
        return p;
    }

    Participant addCompany(Meeting meeting, Company company, ParticipantOrigin origin, Contact contact, Actor actor) {
        if (Participant.count("meetingId = ?1 and company.businessNumber = ?2", meeting.id,
                company.businessNumber) > 0) {
            throw ProblemException.conflict(company.name + "은(는) 이미 이 회의에 초청되었거나 참가 신청했습니다.");
        }
        Participant p = participant(meeting, ParticipantType.COMPANY, origin, contact, actor);
        p.company = company;
        p.persist();
        return p;
    }

    Company company(CompanyDetails details, String prefix) {
        return companies.findOrRegister(new CompanyRegistry.Details(details.businessNumber(), details.name(),
                details.municipality(), details.size(), details.industry(), prefix + ".businessNumber",
                prefix + ".name", prefix + ".municipality"));
    }

    private Participant participant(Meeting meeting, ParticipantType type, ParticipantOrigin origin, Contact contact,
            Actor actor) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.meetingId = meeting.id;
        p.type = type;
        p.origin = origin;
        if (contact != null) {
            p.contactName = blankToNull(contact.name());
            p.contactPhone = blankToNull(contact.phone());
            p.contactEmail = blankToNull(contact.email());
        }
        // A participant added after the meeting was held was there: staff add latecomers to the record.
        p.attended = meeting.status == MeetingStatus.HELD ? Boolean.TRUE : null;
        p.addedAt = clock.now();
        p.addedBy = actor.username();
        meeting.updatedAt = p.addedAt;
        return p;
    }

    @Transactional
    public void remove(Actor actor, UUID meetingId, UUID participantId) {
        Meeting meeting = access.manageable(actor, meetingId);
        MeetingAccess.requireNotCancelled(meeting);
        if (meeting.status == MeetingStatus.HELD) {
            throw ProblemException.conflict("개최된 회의의 참석자는 삭제할 수 없습니다. 출석 여부를 기록해 주세요.");
        }
        Participant p = Participant.find("id = ?1 and meetingId = ?2", participantId, meetingId).firstResult();
        if (p == null) {
            throw ProblemException.notFound("해당 참석자를 찾을 수 없습니다.");
        }
        p.delete();
        meeting.updatedAt = clock.now();
    }

    /**
     * A company registers for a public meeting that is still open (planned or confirmed, not yet
     * started) and has a place left. The meeting row is locked, so two companies can never take
     * the last place together.
     */
    @Transactional
    public Participant register(Actor actor, UUID meetingId, Register request) {
        boolean company = actor.is(Roles.COMPANY);
        Meeting meeting = company ? access.visibleLocked(actor, meetingId) : access.manageable(actor, meetingId);
        MeetingAccess.requireNotCancelled(meeting);
        if (!meeting.publicMeeting) {
            throw ProblemException.conflict("참가 신청을 받지 않는 회의입니다.");
        }
        if (meeting.status == MeetingStatus.HELD || !meeting.startsAt.isAfter(clock.now())) {
            throw ProblemException.conflict("참가 신청이 마감되었습니다. 이미 시작했거나 개최된 회의입니다.");
        }
        Company who = company ? ownCompany(actor, request) : staffNamedCompany(request);
        if (meeting.capacity != null && Participant.count("meetingId = ?1 and origin = ?2", meeting.id,
                ParticipantOrigin.REGISTERED) >= meeting.capacity) {
            throw ProblemException.conflict("정원(" + meeting.capacity + "개 기업)이 모두 찼습니다.");
        }
        return addCompany(meeting, who, ParticipantOrigin.REGISTERED, request == null ? null : request.contact(), actor);
    }

    private Company ownCompany(Actor actor, Register request) {
        String own = actor.companyId().orElseThrow(
                () -> ProblemException.forbidden("기업 정보가 없는 계정입니다. 관리자에게 문의해 주세요."));
        CompanyDetails details = request == null ? null : request.company();
        if (details != null && details.businessNumber() != null
                && !own.equals(kr.bizsos.platform.company.BusinessNumber.normalize(details.businessNumber()))) {
            throw ProblemException.forbidden("다른 기업의 이름으로 참가 신청할 수 없습니다.");
        }
        Company known = Company.findById(own);
        if (known != null) {
            return known;
        }
        return company(details == null ? new CompanyDetails(own, null, null, null, null)
                : new CompanyDetails(own, details.name(), details.municipality(), details.size(), details.industry()),
                "company");
    }

    private Company staffNamedCompany(Register request) {
        if (request == null || request.company() == null) {
            throw ProblemException.invalid("company", "참가 신청할 기업 정보(사업자등록번호, 기업명, 시군)를 입력해 주세요.");
        }
        return company(request.company(), "company");
    }

    /** A registration is withdrawn by its company or by staff, before the meeting is held. */
    @Transactional
    public void withdraw(Actor actor, UUID meetingId, UUID participantId) {
        boolean company = actor.is(Roles.COMPANY);
        Meeting meeting = company ? access.visibleLocked(actor, meetingId) : access.manageable(actor, meetingId);
        Participant p = Participant.find("id = ?1 and meetingId = ?2 and origin = ?3", participantId, meetingId,
                ParticipantOrigin.REGISTERED).firstResult();
        if (p == null || (company && !p.isCompany(access.ownCompany(actor)))) {
            throw ProblemException.notFound("해당 참가 신청을 찾을 수 없습니다.");
        }
        MeetingAccess.requireNotCancelled(meeting);
        if (meeting.status == MeetingStatus.HELD) {
            throw ProblemException.conflict("개최된 회의의 참가 신청은 취소할 수 없습니다.");
        }
        p.delete();
        meeting.updatedAt = clock.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
