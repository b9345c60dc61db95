package kr.bizsos.grievance;

import java.util.concurrent.ThreadLocalRandom;
import kr.bizsos.platform.company.BusinessNumber;

/** Fresh valid 사업자등록번호s, so that tests never see each other's companies. */
public final class TestCompanies {

    private TestCompanies() {
    }

    public static String newBusinessNumber() {
        return BusinessNumber.withCheckDigit("%09d".formatted(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    }
}
