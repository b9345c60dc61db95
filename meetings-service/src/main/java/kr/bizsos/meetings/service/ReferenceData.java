package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.meetings.Department;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.PartnerAgency;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;

/** Looks up codes from requests, answering 400 naming the field when a code is unknown. */
@ApplicationScoped
public class ReferenceData {

    public MeetingKind kind(String code, String field) {
        MeetingKind kind = code == null ? null : MeetingKind.findById(code);
        if (kind == null || !kind.active) {
            throw ProblemException.invalid(field, "알 수 없는 회의 종류입니다. 회의 종류 목록에서 선택해 주세요.");
        }
        return kind;
    }

    /** One of the 18 시군 (not the province itself): where a meeting takes place. */
    public Municipality cityOrCounty(String code, String field) {
        return Municipality.parse(code).filter(Municipality::isCityOrCounty).orElseThrow(() -> ProblemException
                .invalid(field, "알 수 없는 시군입니다. 강원특별자치도의 18개 시군 중에서 선택해 주세요."));
    }

    /** The province or one of its 18 시군: who hosts a meeting. */
    public Municipality organization(String code, String field) {
        return Municipality.parse(code).orElseThrow(() -> ProblemException
                .invalid(field, "알 수 없는 주관 기관입니다. 강원특별자치도(PROVINCE) 또는 시군 코드를 입력해 주세요."));
    }

    public Department department(String code, String field) {
        Department department = code == null ? null : Department.findById(code);
        if (department == null || !department.active) {
            throw ProblemException.invalid(field, "알 수 없는 부서입니다. 부서 목록에서 선택해 주세요.");
        }
        return department;
    }

    public PartnerAgency partnerAgency(String code, String field) {
        PartnerAgency agency = code == null ? null : PartnerAgency.findById(code);
        if (agency == null || !agency.active) {
            throw ProblemException.invalid(field, "알 수 없는 유관기관입니다. 유관기관 목록에서 선택해 주세요.");
        }
        return agency;
    }
}
