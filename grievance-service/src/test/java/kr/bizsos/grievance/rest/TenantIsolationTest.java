package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Another tenant's grievance does not exist for the caller: 404 on every endpoint that takes an id. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    String id;

    /** One grievance of one company, handled by 기업경제과 기업SOS팀, for every case here. */
    @BeforeEach
    void aGrievanceOfOneCompanyHandledByOneDepartment() {
        if (id == null) {
            id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        }
    }

    static Stream<Arguments> endpointsAndOutsiders() {
        List<String> outsiders = List.of(TestTokens.company(TestCompanies.newBusinessNumber()),
                TestTokens.officer("INVESTMENT"));
        List<String[]> endpoints = List.of(new String[] {"GET", ""}, new String[] {"POST", "/assign"},
                new String[] {"POST", "/start"}, new String[] {"POST", "/transfer"},
                new String[] {"POST", "/extend"}, new String[] {"POST", "/contributions"},
                new String[] {"POST", "/answer"}, new String[] {"POST", "/rating"},
                new String[] {"POST", "/close"}, new String[] {"POST", "/reopen"});
        return endpoints.stream().flatMap(e -> outsiders.stream()
                .map(token -> Arguments.of(e[0], e[1], token.equals(outsiders.get(0)) ? "COMPANY" : "OFFICER", token)));
    }

    @ParameterizedTest(name = "{2} {0} /api/grievances/ID{1} → 404")
    @MethodSource("endpointsAndOutsiders")
    void anOutsiderGets404(String method, String path, String role, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        var response = method.equals("GET") ? request.get("/api/grievances/" + id + path)
                : request.body(validBodyFor(path)).post("/api/grievances/" + id + path);
        response.then().statusCode(404).contentType("application/problem+json");
    }

    /** Bodies that would pass validation, so only the ownership check can refuse them. */
    private static Map<String, Object> validBodyFor(String path) {
        return switch (path) {
            case "/assign" -> Map.of("departmentId", "JOBS");
            case "/transfer" -> Map.of("toAgency", "강원신용보증재단", "reason", "이송 사유");
            case "/extend" -> Map.of("newDueDate", "2030-01-07", "reason", "사유", "companyConsent", true);
            case "/contributions" -> Map.of("text", "의견");
            case "/answer" -> Api.answer("ACCEPTED");
            case "/rating" -> Map.of("score", 5);
            case "/reopen" -> Map.of("reason", "재개 사유");
            default -> Map.of();
        };
    }

    @Test
    void theOwningCompanyAndDepartmentAndCoordinatorSeeIt() {
        given().auth().oauth2(TestTokens.officer("ENTERPRISE_ECONOMY")).get("/api/grievances/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/api/grievances/" + id).then().statusCode(200);
    }

    @Test
    void theOwningCompanyMayLookButNotAssign() {
        String bn = TestCompanies.newBusinessNumber();
        String own = Api.unrouted(bn);
        given().auth().oauth2(TestTokens.company(bn)).get("/api/grievances/" + own).then().statusCode(200);
        Api.act(TestTokens.company(bn), own, "assign", Map.of("departmentId", "JOBS")).statusCode(403);
    }
}
