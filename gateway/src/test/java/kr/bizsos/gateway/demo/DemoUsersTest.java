package kr.bizsos.gateway.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.bizsos.platform.company.BusinessNumber;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoUsersTest {

    @Inject
    DemoUsers demoUsers;

    @Test
    void creatingTheDemoUsersTwiceCreatesThemOnce() {
        demoUsers.ensurePresent();

        assertThat(demoUsers.ensurePresent()).isZero();
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"officer2\",\"password\":\"" + DemoUsers.PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .body("user.departmentId", equalTo("INVESTMENT"));
    }

    @Test
    void everyDemoCompanyHasAValidBusinessNumber() {
        assertThat(DemoUsers.USERS).filteredOn(u -> u.companyId() != null).hasSize(2)
                .allSatisfy(u -> assertThat(BusinessNumber.isValid(u.companyId())).isTrue());
    }
}
