package kr.bizsos.grievance.rest;

import static kr.bizsos.grievance.Api.act;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 처리기간 연장: once within the original period with a reason; again only with consent. */
@QuarkusTest
class ExtensionTest {

    static final String OFFICER = TestTokens.officer("ENTERPRISE_ECONOMY");
    String id;

    /** A 고충 (7 days) whose deadline is fixed at Thu 2026-02-26 18:00, so the dates below are known. */
    @BeforeEach
    void grievanceDueOnTheTwentySixth() {
        id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        QuarkusTransaction.requiringNew().run(() -> {
            Grievance g = Grievance.findById(UUID.fromString(id));
            g.dueAt = OffsetDateTime.parse("2026-02-26T18:00:00+09:00");
        });
    }

    private static Map<String, Object> extend(String date, boolean consent) {
        return Map.of("newDueDate", date, "reason", "관계기관 협의가 필요합니다.", "companyConsent", consent);
    }

    @Test
    void oneExtensionWithinTheOriginalPeriodIsAllowed() {
        act(OFFICER, id, "extend", extend("2026-03-10", false)).statusCode(200)
                .body("dueAt", equalTo("2026-03-10T18:00:00+09:00"))
                .body("extensions", hasSize(1))
                .body("timeline.action", hasItem("EXTENDED"));
    }

    @Test
    void anExtensionBeyondTheOriginalPeriodIsRefused() {
        act(OFFICER, id, "extend", extend("2026-03-11", false)).statusCode(400)
                .body("errors.field", hasItem("newDueDate")).body("detail", containsString("2026-03-10"));
    }

    @Test
    void anExtensionToAHolidayIsRefused() {
        // 2026-03-02 is 대체공휴일(3ㆍ1절).
        act(OFFICER, id, "extend", extend("2026-03-02", false)).statusCode(400).body("errors.field", hasItem("newDueDate"));
    }

    @Test
    void aSecondExtensionNeedsTheCompanysConsent() {
        act(OFFICER, id, "extend", extend("2026-03-10", false)).statusCode(200);
        act(OFFICER, id, "extend", extend("2026-03-12", false)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("동의"));
        act(OFFICER, id, "extend", extend("2026-03-12", true)).statusCode(200).body("extensions", hasSize(2));
    }

    @Test
    void anExtensionToAnEarlierDateIsRefused() {
        act(OFFICER, id, "extend", extend("2026-02-25", false)).statusCode(400);
    }
}
