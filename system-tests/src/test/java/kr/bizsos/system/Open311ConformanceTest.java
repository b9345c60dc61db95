package kr.bizsos.system;

import static io.restassured.RestAssured.given;
import static kr.bizsos.system.SystemUnderTest.BASE_URL;
import static kr.bizsos.system.SystemUnderTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasXPath;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GeoReport v2 as the spec writes it (http://wiki.open311.org/GeoReport_v2), against the running
 * system: every endpoint in XML and JSON, the field names and types, the empty-parameter and
 * 90-day rules, and the error format. And the point of it: a request posted over Open311 is a
 * grievance that staff handle like any other, whose status the partner follows to closed.
 */
class Open311ConformanceTest {

    static final String W3C_DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";
    static String apiKey;
    static String otherKey;

    @BeforeAll
    static void keys() {
        apiKey = issueKey("GW_CREDIT_GUARANTEE", "강원신용보증재단");
        otherKey = issueKey("GW_TECHNOPARK", "강원테크노파크");
    }

    static String issueKey(String agency, String name) {
        return given().baseUri(BASE_URL).auth().oauth2(login("admin")).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "agencyName", name, "quotaPerHour", 10_000))
                .post("/api/partner-keys").then().statusCode(201).extract().path("apiKey");
    }

    static RequestSpecification open311() {
        return given().baseUri(BASE_URL).basePath("/open311/v2");
    }

    static Map<String, String> form(String businessNumber) {
        return Map.of("api_key", apiKey, "jurisdiction_id", "gangwon.kr", "service_code", "FUNDING",
                "address_string", "강원특별자치도 춘천시 중앙로 1", "description", "보증 한도 상향이 필요합니다.\n운전자금 부족",
                "attribute[kind]", "COMPLAINT", "attribute[business_number]", businessNumber,
                "attribute[company_name]", "㈜강원정밀", "attribute[company_municipality]", "CHUNCHEON");
    }

    static String post(Map<String, String> form) {
        return open311().contentType("application/x-www-form-urlencoded; charset=utf-8").formParams(form)
                .post("/requests.json").then().statusCode(200).extract().path("[0].service_request_id");
    }

    // --- discovery and services ---

    @Test
    void discoveryListsTheGeoReportEndpointInBothFormats() {
        open311().get("/discovery.json").then().statusCode(200).contentType("application/json")
                .body("changeset", matchesPattern(W3C_DATETIME))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", containsString("/open311/v2/"))
                .body("endpoints[0].type", oneOf("production", "test"));
        open311().get("/discovery.xml").then().statusCode(200).contentType("text/xml")
                .body(hasXPath("/discovery/endpoints/endpoint/formats/format[1]", equalTo("text/xml")));
    }

    @Test
    void servicesAreTheGrievanceCategoriesWithTheSpecsFields() {
        open311().get("/services.json").then().statusCode(200)
                .body("find { it.service_code == 'FUNDING' }.service_name", equalTo("자금"))
                .body("metadata", everyItem(is(true)))
                .body("type", everyItem(equalTo("realtime")))
                .body("[0].keySet()", hasItem("group"))
                .body("[0].keySet()", hasItem("keywords"))
                .body("[0].keySet()", hasItem("description"));
        XmlPath xml = open311().get("/services.xml").then().statusCode(200).contentType("text/xml")
                .extract().xmlPath();
        assertThat(xml.getList("services.service.service_code")).contains("FUNDING", "REGULATION");
        assertThat(xml.getString("services.service.find { it.service_code == 'FUNDING' }.metadata")).isEqualTo("true");
    }

    @Test
    void aServiceDefinitionCarriesTheAttributesOpen311Lacks() {
        open311().get("/services/FUNDING.json").then().statusCode(200)
                .body("service_code", equalTo("FUNDING"))
                .body("attributes.code", hasItem("business_number"))
                .body("attributes.find { it.code == 'kind' }.datatype", equalTo("singlevaluelist"))
                .body("attributes.find { it.code == 'kind' }.required", is(true))
                .body("attributes.find { it.code == 'kind' }.values.key", hasItem("LEGAL_QUESTION"))
                .body("attributes.find { it.code == 'title' }.required", is(false))
                .body("attributes.variable", everyItem(is(true)))
                .body("attributes.order", hasItem(1));
        open311().get("/services/FUNDING.xml").then().statusCode(200)
                .body(hasXPath("/service_definition/attributes/attribute[code='company_municipality']/values/value[key='CHUNCHEON']/name",
                        equalTo("춘천시")));
    }

    @Test
    void anUnknownServiceCodeIs404InTheErrorFormat() {
        open311().get("/services/NOPE.json").then().statusCode(404).body("[0].code", equalTo(404))
                .body("[0].description", notNullValue());
        open311().get("/services/NOPE.xml").then().statusCode(404)
                .body(hasXPath("/errors/error/code", equalTo("404")));
    }

    // --- POST requests ---

    @Test
    void aPostedRequestAnswersItsIdAndNoticeInXmlToo() {
        Response r = open311().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParams(form("1348672683")).post("/requests.xml");
        r.then().statusCode(200).contentType("text/xml")
                .body(hasXPath("/service_requests/request/service_request_id", matchesPattern("[0-9a-f-]{36}")))
                .body(hasXPath("/service_requests/request/service_notice", containsString("접수번호")));
    }

    @Test
    void aPostWithoutApiKeyIs403() {
        Map<String, String> f = new java.util.HashMap<>(form("1348672683"));
        f.remove("api_key");
        open311().contentType("application/x-www-form-urlencoded").formParams(f).post("/requests.json")
                .then().statusCode(403).body("[0].code", equalTo(403));
    }

    @Test
    void aPostWithoutLocationIs400AndStoresNothing() {
        String company = "1248100998";
        int before = countFor(company);
        Map<String, String> f = new java.util.HashMap<>(form(company));
        f.remove("address_string");
        open311().contentType("application/x-www-form-urlencoded").formParams(f).post("/requests.xml")
                .then().statusCode(400).body(hasXPath("/errors/error/code", equalTo("400")));
        assertThat(countFor(company)).isEqualTo(before);
    }

    @Test
    void aMissingRequiredAttributeOrBadBusinessNumberIs400() {
        Map<String, String> f = new java.util.HashMap<>(form("1348672683"));
        f.put("attribute[business_number]", "1348672684");
        open311().contentType("application/x-www-form-urlencoded").formParams(f).post("/requests.json")
                .then().statusCode(400).body("[0].description", containsString("business_number"));
        f.remove("attribute[business_number]");
        open311().contentType("application/x-www-form-urlencoded").formParams(f).post("/requests.json")
                .then().statusCode(400);
    }

    @Test
    void anEmptyParameterCountsAsNotSent() {
        Map<String, String> f = new java.util.HashMap<>(form("1348672683"));
        f.put("attribute[title]", "");
        f.put("jurisdiction_id", "");
        String id = post(f);
        open311().queryParam("api_key", apiKey).queryParam("service_code", "").queryParam("status", "")
                .queryParam("start_date", "").get("/requests.json")
                .then().statusCode(200).body("service_request_id", hasItem(id));
    }

    // --- GET requests ---

    @Test
    void aRequestHasEveryFieldOfTheSpecWithW3cDates() {
        String id = post(form("1348672683"));
        Response r = open311().queryParam("api_key", apiKey).get("/requests/" + id + ".json");
        r.then().statusCode(200)
                .body("[0].service_request_id", equalTo(id))
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("FUNDING"))
                .body("[0].service_name", equalTo("자금"))
                .body("[0].description", containsString("보증 한도"))
                .body("[0].agency_responsible", equalTo("기업경제과 기업SOS팀"))
                .body("[0].status_notes", containsString("배정"))
                .body("[0].requested_datetime", matchesPattern(W3C_DATETIME))
                .body("[0].updated_datetime", matchesPattern(W3C_DATETIME))
                .body("[0].expected_datetime", matchesPattern(W3C_DATETIME));
        assertThat(r.jsonPath().getMap("[0]").keySet()).containsExactly("service_request_id", "status",
                "status_notes", "service_name", "service_code", "description", "agency_responsible",
                "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
                "address_id", "zipcode", "lat", "long", "media_url");
        open311().queryParam("api_key", apiKey).get("/requests/" + id + ".xml").then().statusCode(200)
                .body(hasXPath("/service_requests/request/status", equalTo("open")))
                .body(hasXPath("/service_requests/request/service_request_id", equalTo(id)));
    }

    @Test
    void extensionsAddTheTimelineAndTheReceiptNumber() {
        String id = post(form("1348672683"));
        open311().queryParam("api_key", apiKey).queryParam("extensions", "true").get("/requests/" + id + ".json")
                .then().statusCode(200)
                .body("[0].extended_attributes.receipt_number", matchesPattern("\\d{4}-\\d{6}"))
                .body("[0].extended_attributes.timeline.action", hasItem("RECEIVED"));
    }

    @Test
    void aPartnerSeesOnlyTheRequestsItSent() {
        String id = post(form("1348672683"));
        open311().queryParam("api_key", otherKey).get("/requests/" + id + ".json").then().statusCode(404);
        open311().queryParam("api_key", otherKey).get("/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));
    }

    @Test
    void requestsFilterByIdsCodesAndStatus() {
        String a = post(form("1348672683"));
        String b = post(form("2208162517"));
        open311().queryParam("api_key", apiKey).queryParam("service_request_id", a + "," + b)
                .queryParam("status", "closed").get("/requests.json")
                .then().statusCode(200).body("size()", equalTo(2));
        open311().queryParam("api_key", apiKey).queryParam("service_code", "EXPORT").get("/requests.json")
                .then().statusCode(200).body("service_request_id", not(hasItem(a)));
        open311().queryParam("api_key", apiKey).queryParam("status", "closed").get("/requests.json")
                .then().statusCode(200).body("service_request_id", not(hasItem(a)));
        open311().queryParam("api_key", apiKey).queryParam("status", "open,closed").get("/requests.xml")
                .then().statusCode(200).body(hasXPath("/service_requests/request[service_request_id='" + a + "']"));
    }

    @Test
    void theNinetyDayRule() {
        String id = post(form("1348672683"));
        open311().queryParam("api_key", apiKey).queryParam("start_date", "2025-01-01T00:00:00+09:00")
                .queryParam("end_date", "2025-06-01T00:00:00+09:00").get("/requests.json")
                .then().statusCode(400).body("[0].description", containsString("90"));
        open311().queryParam("api_key", apiKey).queryParam("end_date", "2025-01-01T00:00:00+09:00")
                .get("/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
        open311().queryParam("api_key", apiKey).get("/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        open311().queryParam("api_key", apiKey).queryParam("start_date", "yesterday").get("/requests.json")
                .then().statusCode(400);
    }

    @Test
    void aTokenLeadsToItsRequest() {
        String id = post(form("1348672683"));
        open311().queryParam("api_key", apiKey).get("/tokens/" + id + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id)).body("[0].token", equalTo(id));
        open311().queryParam("api_key", apiKey).get("/tokens/unknown-token.xml").then().statusCode(404)
                .body(hasXPath("/errors/error/code", equalTo("404")));
    }

    @Test
    void aJurisdictionNarrowsToItsMunicipality() {
        String id = post(form("1348672683"));
        open311().queryParam("api_key", apiKey).queryParam("jurisdiction_id", "sokcho.gangwon.kr")
                .get("/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
        open311().queryParam("api_key", apiKey).queryParam("jurisdiction_id", "chuncheon.gangwon.kr")
                .get("/requests.json").then().statusCode(200).body("service_request_id", hasItem(id));
        open311().queryParam("api_key", apiKey).queryParam("jurisdiction_id", "busan.kr")
                .get("/requests.json").then().statusCode(404);
    }

    // --- the point: a partner's request is a grievance, handled and followed to closed ---

    @Test
    void aRequestIsRoutedLikeAnyGrievanceAndItsStatusFollowsItToClosed() {
        String id = post(form("1348672683"));
        String coordinator = login("coordinator");
        given().baseUri(BASE_URL).auth().oauth2(coordinator).get("/api/grievances/" + id).then().statusCode(200)
                .body("channel", equalTo("PARTNER")).body("status", equalTo("ASSIGNED"))
                .body("departmentId", equalTo("ENTERPRISE_ECONOMY"));

        String officer = login("officer");
        given().baseUri(BASE_URL).auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("result", "ACCEPTED", "text", "보증 한도를 상향 조정하겠습니다.", "officialName", "이수연"))
                .post("/api/grievances/" + id + "/answer").then().statusCode(200);
        open311().queryParam("api_key", apiKey).get("/requests/" + id + ".json").then()
                .body("[0].status", equalTo("closed")).body("[0].status_notes", containsString("수용"));

        given().baseUri(BASE_URL).auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of())
                .post("/api/grievances/" + id + "/close").then().statusCode(200);
        open311().queryParam("api_key", apiKey).queryParam("extensions", "true").get("/requests/" + id + ".json")
                .then().body("[0].status", equalTo("closed"))
                .body("[0].extended_attributes.grievance_status", equalTo("CLOSED"));
    }

    /** How many grievances the credit guarantee foundation has sent, as staff count them. */
    private static int countFor(String businessNumber) {
        return given().baseUri(BASE_URL).auth().oauth2(login("coordinator"))
                .get("/api/grievances?channel=PARTNER&partner=GW_CREDIT_GUARANTEE&size=1").then().statusCode(200)
                .extract().path("total");
    }
}
