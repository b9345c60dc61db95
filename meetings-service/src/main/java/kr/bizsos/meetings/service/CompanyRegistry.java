package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kr.bizsos.meetings.Company;
import kr.bizsos.meetings.CompanySize;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;

/** Finds the company a participant or raised item is about, registering it the first time it appears. */
@ApplicationScoped
public class CompanyRegistry {

    private final Clock clock;

    CompanyRegistry(Clock clock) {
        this.clock = clock;
    }

    /** What a request says of a company, and the JSON path of each field for error messages. */
    public record Details(String businessNumber, String name, String municipality, CompanySize size, String industry,
            String numberField, String nameField, String municipalityField) {
    }

    /** Checks a 사업자등록번호 and returns its ten digits. */
    public static String digits(String businessNumber, String field) {
        String digits = BusinessNumber.normalize(businessNumber);
        if (!BusinessNumber.isValid(digits)) {
            throw ProblemException.invalid(field, "사업자등록번호가 올바르지 않습니다. 10자리 숫자와 검증번호를 확인해 주세요.");
        }
        return digits;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Company findOrRegister(Details details) {
        String digits = digits(details.businessNumber(), details.numberField());
        Company known = Company.findById(digits);
        if (known != null) {
            if (known.sizeClass == null && details.size() != null) {
                known.sizeClass = details.size();
            }
            return known;
        }
        if (details.name() == null || details.name().isBlank()) {
            throw ProblemException.invalid(details.nameField(), "처음 등록하는 기업은 기업명을 입력해 주세요.");
        }
        Municipality municipality = Municipality.parse(details.municipality())
                .filter(Municipality::isCityOrCounty)
                .orElseThrow(() -> ProblemException.invalid(details.municipalityField(),
                        "알 수 없는 시군입니다. 강원특별자치도의 18개 시군 중에서 선택해 주세요."));
        Company company = new Company();
        company.businessNumber = digits;
        company.name = details.name().strip();
        company.municipality = municipality;
        company.sizeClass = details.size();
        company.industry = details.industry();
        company.createdAt = clock.now();
        company.persist();
        return company;
    }
}
