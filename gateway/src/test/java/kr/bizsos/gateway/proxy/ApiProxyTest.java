package kr.bizsos.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kr.bizsos.gateway.FakeService;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeService.class)
class ApiProxyTest {

    @Test
    void forwardsMethodPathQueryBodyAuthorizationAndRequestIdAndReturnsTheServicesStatus() {
        byte[] body = new byte[512 * 1024];
        Arrays.fill(body, (byte) 'x');

        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer some.jwt.token")
                .header("X-Request-Id", "req-forward-1")
                .queryParam("municipality", "춘천")
                .queryParam("status", "201")
                .body(body)
                .when().post("/api/grievances/items")
                .then().statusCode(201)
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/grievances/items"))
                .body("municipality", equalTo("춘천"))
                .body("authorization", equalTo("Bearer some.jwt.token"))
                .body("requestId", equalTo("req-forward-1"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(FakeService.sha256(body)));
    }

    @Test
    void aRequestWithoutIdGetsOneFromTheGatewayAndTheServiceSeesTheSameId() {
        Response response = given().when().get("/api/grievances").then().statusCode(200).extract().response();

        String assigned = response.header("X-Request-Id");
        assertThat(assigned).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(assigned);
        assertThat(response.jsonPath().getString("path")).isEqualTo("/api/grievances");
    }

    @Test
    void theResponseCarriesTheGatewaysRequestIdAndCorsHeadersOnly() {
        Response response = given().header("Origin", "http://localhost:5173")
                .when().get("/api/grievances/1")
                .then().statusCode(200).extract().response();

        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1).doesNotContain("set-by-the-service");
        assertThat(response.headers().getValues("Access-Control-Allow-Origin")).containsExactly("http://localhost:5173");
    }

    @Test
    void theGatewayAnswersExpect100ContinueItselfAndDoesNotPassItOn() {
        String json = "{\"title\":\"판로 애로\"}";

        given().contentType(ContentType.JSON)
                .header("Expect", "100-continue")
                .body(json)
                .when().post("/api/grievances/items")
                .then().statusCode(200)
                .body("bodyLength", equalTo(json.getBytes(StandardCharsets.UTF_8).length))
                .body("expect", nullValue());
    }

    @Test
    void openapiOfAServiceIsItsQOpenapi() {
        given().queryParam("format", "json")
                .when().get("/openapi/grievances")
                .then().statusCode(200)
                .body("path", equalTo("/q/openapi"))
                .body("query", equalTo("format=json"));
    }

    @Test
    void aBodyOverOneMebibyteIs413ProblemBeforeItReachesTheService() {
        given().contentType(ContentType.JSON)
                .body(new byte[1024 * 1024 + 1])
                .when().post("/api/grievances/items")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aServiceThatIsDownIs502ProblemInKorean() {
        given().when().get("/api/meetings/2025")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502))
                .body("detail", containsString("연계 서비스(meetings)에 연결할 수 없습니다"))
                .body("instance", equalTo("/api/meetings/2025"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aServiceThatNeverAnswersIs504WithinTheConfiguredTimeout() {
        long start = System.nanoTime();

        given().when().get("/api/grievances/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("응답이 지연되고 있습니다"));

        // %test.bizsos.routes.grievances.timeout=1s
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 5_000L);
    }
}
