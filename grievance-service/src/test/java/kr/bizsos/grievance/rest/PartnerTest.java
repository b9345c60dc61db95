package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What a partner agency's system (through the gateway's Open311 API) may do here. */
@QuarkusTest
class PartnerTest {

    static final String CREDIT = TestTokens.partner("GW_CREDIT_GUARANTEE");

    private static String submitAs(String token) {
        Map<String, Object> body = new HashMap<>(Api.onBehalfOf(TestCompanies.newBusinessNumber()));
        body.remove("channel");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/grievances")
                .then().statusCode(201).body("channel", equalTo("PARTNER")).extract().path("id");
    }

    @Test
    void aPartnerSubmitsThroughChannelPartnerAndSeesItsOwnRequests() {
        String id = submitAs(CREDIT);
        given().auth().oauth2(CREDIT).get("/api/grievances?size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(CREDIT).get("/api/grievances/" + id).then().statusCode(200)
                .body("allowedActions.size()", equalTo(0));
    }

    @Test
    void anotherPartnerDoesNotSeeThem() {
        String id = submitAs(CREDIT);
        String other = TestTokens.partner("GW_TECHNOPARK");
        given().auth().oauth2(other).get("/api/grievances/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/grievances?size=100").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void staffListTheRequestsOfOnePartnerAgency() {
        String id = submitAs(CREDIT);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances?channel=PARTNER&partner=GW_CREDIT_GUARANTEE&size=100")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.partnerId", org.hamcrest.Matchers.everyItem(equalTo("GW_CREDIT_GUARANTEE")));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances?partner=GW_TECHNOPARK&size=100")
                .then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aPartnerCannotActOnAGrievance() {
        String id = submitAs(CREDIT);
        Api.act(CREDIT, id, "close", Map.of()).statusCode(403);
    }

    @Test
    void openAndReceivedWindowFiltersNarrowTheList() {
        String id = submitAs(CREDIT);
        given().auth().oauth2(CREDIT).get("/api/grievances?open=true&size=100").then().body("items.id", hasItem(id));
        given().auth().oauth2(CREDIT).get("/api/grievances?open=false&size=100").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(CREDIT).get("/api/grievances?receivedTo=2000-01-01T00:00:00Z").then().body("total", equalTo(0));
        given().auth().oauth2(CREDIT).get("/api/grievances?ids=" + id).then().body("total", equalTo(1));
        given().auth().oauth2(CREDIT).get("/api/grievances?receivedFrom=yesterday").then().statusCode(400)
                .body("errors.field", hasItem("receivedFrom"));
    }
}
