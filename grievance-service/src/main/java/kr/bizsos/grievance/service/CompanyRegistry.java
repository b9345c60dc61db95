package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kr.bizsos.grievance.Company;
import kr.bizsos.grievance.service.SubmitGrievance.CompanyDetails;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;

/** Finds the company a grievance is about, registering it the first time it appears. */
@ApplicationScoped
public class CompanyRegistry {

    private final Clock clock;

    CompanyRegistry(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param businessNumber 사업자등록번호, already known to be the caller's to use
     * @param details        what the request says of the company; needed only if it is new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Company findOrRegister(String businessNumber, CompanyDetails details) {
        String digits = BusinessNumber.normalize(businessNumber);
        if (!BusinessNumber.isValid(digits)) {
            throw ProblemException.invalid("company.businessNumber", "사업자등록번호가 올바르지 않습니다. 10자리 숫자와 검증번호를 확인해 주세요.");
        }
        Company known = Company.findById(digits);
        if (known != null) {
            return known;
        }
        if (details == null || details.name() == null || details.name().isBlank()) {
            throw ProblemException.invalid("company.name", "처음 접수하는 기업은 기업명을 입력해 주세요.");
        }
        Municipality municipality = Municipality.parse(details.municipality()).orElseThrow(
                () -> ProblemException.invalid("company.municipality", "알 수 없는 시군입니다. 강원특별자치도의 시군을 선택해 주세요."));
        Company company = new Company();
        company.businessNumber = digits;
        company.name = details.name().strip();
        company.municipality = municipality;
        company.sizeClass = details.sizeClass();
        company.industry = details.industry();
        company.createdAt = clock.now();
        company.persist();
        return company;
    }
}
