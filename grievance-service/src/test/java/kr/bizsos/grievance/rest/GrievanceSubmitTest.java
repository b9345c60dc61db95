package kr.bizsos.grievance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.outbox.OutboxEvent;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GrievanceSubmitTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String topic;

    @Test
    void companySubmitsAndGetsAReceiptNumberToQuoteOnThePhone() {
        String bn = TestCompanies.newBusinessNumber();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(Api.onBehalfOf(bn))
                .post("/api/grievances").then().statusCode(201);

        given().auth().oauth2(TestTokens.company(bn)).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUGGESTION", "category", "EXPORT", "title", "수출 바우처 확대 건의",
                        "content", "수출 바우처 지원 한도를 늘려 주십시오."))
                .post("/api/grievances")
                .then().statusCode(201)
                .header("Location", containsString("/api/grievances/"))
                .body("receiptNumber", matchesPattern("\\d{4}-\\d{6}"))
                .body("status", equalTo("ASSIGNED"))
                .body("departmentId", equalTo("EXPORT_TRADE"))
                .body("dueAt", notNullValue())
                .body("channel", equalTo("WEB"))
                .body("company.businessNumber", equalTo(bn))
                .body("municipality", equalTo("CHUNCHEON"));
    }

    @Test
    void receiptNumbersAreUniqueAndCountUpWithinTheYear() {
        String bn = TestCompanies.newBusinessNumber();
        String first = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(bn)).post("/api/grievances").then().statusCode(201).extract().path("receiptNumber");
        String second = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(bn)).post("/api/grievances").then().statusCode(201).extract().path("receiptNumber");

        assertThat(second.substring(0, 5)).isEqualTo(first.substring(0, 5));
        assertThat(Integer.parseInt(second.substring(5))).isGreaterThan(Integer.parseInt(first.substring(5)));
    }

    @Test
    void aReceivedGrievanceIsPublishedAsACloudEventWithoutPersonalData() {
        String bn = TestCompanies.newBusinessNumber();
        String id = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(bn)).post("/api/grievances").then().statusCode(201).extract().path("id");

        try (TopicReader reader = new TopicReader(bootstrap, topic)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
            ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                    .orElseThrow(() -> new AssertionError("grievance.received not published"));
            assertThat(record.value()).contains("\"specversion\":\"1.0\"", "\"type\":\"grievance.received\"",
                    "\"subject\":\"" + id + "\"", "\"category\":\"FUNDING\"", "\"businessNumber\":\"" + bn + "\"");
            assertThat(record.value()).doesNotContain("홍길동", "010-1234-5678", "gildong@example.kr");
        }
    }

    @Test
    void staffMustNameTheCompanyWhenFilingOnItsBehalf() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("kind", "COMPLAINT", "category", "FUNDING", "title", "t", "content", "c", "channel", "PHONE"))
                .post("/api/grievances")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("company"));
    }

    @Test
    void listsShowContactDataMaskedAndTheDetailShowsItWhole() {
        String bn = TestCompanies.newBusinessNumber();
        String id = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(bn)).post("/api/grievances").then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.company(bn)).get("/api/grievances")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].contact.name", equalTo("홍*동"))
                .body("items[0].contact.phone", equalTo("010-****-5678"))
                .body("items[0].content", equalTo(null));
        given().auth().oauth2(TestTokens.company(bn)).get("/api/grievances/" + id)
                .then().statusCode(200)
                .body("contact.name", equalTo("홍길동"))
                .body("timeline[0].statusName", equalTo("접수"))
                .body("timeline[0].at", notNullValue());
    }

    @Test
    void aGrievanceNoRuleRoutesStaysInTheCoordinatorsQueueWithOneEvent() {
        Map<String, Object> body = new java.util.HashMap<>(Api.onBehalfOf(TestCompanies.newBusinessNumber()));
        body.put("category", "SALES");
        String id = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(body).post("/api/grievances").then().statusCode(201)
                .body("status", equalTo("RECEIVED")).body("statusName", equalTo("접수"))
                .extract().path("id");

        assertThat(countOutbox(id)).isEqualTo(1);
    }

    @Test
    void aRoutedGrievanceIsReceivedThenAssignedInOneTransaction() {
        String id = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Api.onBehalfOf(TestCompanies.newBusinessNumber())).post("/api/grievances").then().statusCode(201)
                .body("status", equalTo("ASSIGNED")).body("departmentId", equalTo("ENTERPRISE_ECONOMY"))
                .extract().path("id");

        assertThat(countOutbox(id)).isEqualTo(2);
    }

    private static long countOutbox(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", id));
    }
}
