package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTest {

    private static String fileFor(String bn) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(bn)).post("/api/grievances")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().get("/api/grievances").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefusedWith401() {
        given().auth().oauth2(TestTokens.forged()).get("/api/grievances").then().statusCode(401);
    }

    @Test
    void aCompanyCannotSeeAnotherCompanysGrievance() {
        String id = fileFor(TestCompanies.newBusinessNumber());
        given().auth().oauth2(TestTokens.company(TestCompanies.newBusinessNumber())).get("/api/grievances/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCompanyCannotFileInAnotherCompanysName() {
        String own = TestCompanies.newBusinessNumber();
        given().auth().oauth2(TestTokens.company(own)).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(TestCompanies.newBusinessNumber()))
                .post("/api/grievances").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anOfficerDoesNotSeeGrievancesOfOtherDepartments() {
        String id = fileFor(TestCompanies.newBusinessNumber());
        given().auth().oauth2(TestTokens.officer("NO_SUCH_DEPARTMENT")).get("/api/grievances/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.officer("NO_SUCH_DEPARTMENT")).get("/api/grievances")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theCoordinatorSeesEveryGrievance() {
        String id = fileFor(TestCompanies.newBusinessNumber());
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void categoriesAreListedInKorean() {
        given().auth().oauth2(TestTokens.company(TestCompanies.newBusinessNumber())).get("/api/grievances/categories")
                .then().statusCode(200).body("find { it.code == 'REGULATION' }.name", equalTo("규제·인허가"));
    }
}
