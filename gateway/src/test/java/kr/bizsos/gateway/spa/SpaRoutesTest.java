package kr.bizsos.gateway.spa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** %test.bizsos.spa.dir points at src/test/resources/spa. */
@QuarkusTest
class SpaRoutesTest {

    @Test
    void aClientSideRouteGetsIndexHtmlThatIsAlwaysRevalidated() {
        given().when().get("/grievances/new")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("data-test=\"spa-index\""));
    }

    @Test
    void theRootServesIndexHtml() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body(containsString("data-test=\"spa-index\""));
    }

    @Test
    void aHashedAssetIsCachedForAYear() {
        given().when().get("/assets/app-3f9c1d.js")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .body(containsString("bizsos test bundle"));
    }

    @Test
    void aMissingAssetIs404NotIndexHtml() {
        given().when().get("/assets/app-000000.js")
                .then().statusCode(404)
                .body(not(containsString("spa-index")));
    }

    @Test
    void anUnknownApiPathIsA404ProblemNotIndexHtml() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
