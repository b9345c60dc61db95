package kr.bizsos.gateway.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasXPath;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Open311's error format (errors → error → code, description), in the format that was asked for. */
@QuarkusTest
class Open311ErrorsTest {

    @Test
    void aPostWithoutApiKeyIs403InXml() {
        given().contentType("application/x-www-form-urlencoded").formParam("service_code", "FUNDING")
                .post("/open311/v2/requests.xml")
                .then().statusCode(403).contentType("text/xml")
                .body(hasXPath("/errors/error/code", equalTo("403")))
                .body(hasXPath("/errors/error/description", containsString("api_key")));
    }

    @Test
    void aPostWithAnEmptyApiKeyIs403InJson() {
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", "")
                .post("/open311/v2/requests.json")
                .then().statusCode(403).contentType("application/json")
                .body("[0].code", equalTo(403)).body("[0].description", containsString("api_key"));
    }

    @Test
    void anUnknownFormatIs404() {
        given().get("/open311/v2/discovery.csv").then().statusCode(404)
                .body(hasXPath("/errors/error/code", equalTo("404")));
    }

    @Test
    void anUnknownJurisdictionIs404() {
        given().get("/open311/v2/services.json?jurisdiction_id=seoul.kr").then().statusCode(404)
                .body("[0].code", equalTo(404));
    }

    @Test
    void discoveryNamesTheSpecificationAndBothFormats() {
        given().get("/open311/v2/discovery.json").then().statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].formats", org.hamcrest.Matchers.contains("text/xml", "application/json"));
        given().get("/open311/v2/discovery.xml").then().statusCode(200)
                .body(hasXPath("/discovery/endpoints/endpoint/formats/format[2]", equalTo("application/json")));
    }

    @Test
    void theNinetyDayRuleRefusesALongerWindow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Open311Resource.window(
                "2026-01-01T00:00:00+09:00", "2026-06-01T00:00:00+09:00", Format.JSON))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("90일");
        java.time.OffsetDateTime[] w = Open311Resource.window("2026-01-01T00:00:00+09:00", null, Format.JSON);
        org.assertj.core.api.Assertions.assertThat(java.time.Duration.between(w[0], w[1]).toDays()).isEqualTo(90);
    }
}
