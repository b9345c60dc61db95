package kr.bizsos.grievance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.outbox.OutboxEvent;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverdueAndDuplicateTest {

    @Inject
    OverdueCheck overdueCheck;

    @Test
    void aGrievancePastItsDeadlineIsMarkedOverdueOnceWithAnEvent() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        QuarkusTransaction.requiringNew().run(() -> {
            Grievance g = Grievance.findById(UUID.fromString(id));
            g.dueAt = OffsetDateTime.now().minusHours(1);
        });

        overdueCheck.markBatch();
        overdueCheck.markBatch();

        Api.get(TestTokens.coordinator(), id).statusCode(200).body("overdue", equalTo(true))
                .body("timeline.action", hasItem("OVERDUE"));
        long overdueEvents = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("messageKey = ?1 and type = ?2", id, "grievance.overdue"));
        assertThat(overdueEvents).isEqualTo(1);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/grievances?overdue=true&size=100").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void anAnsweredGrievanceIsNeverMarkedOverdue() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        Api.act(TestTokens.officer("ENTERPRISE_ECONOMY"), id, "answer", Api.answer("ACCEPTED")).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            Grievance g = Grievance.findById(UUID.fromString(id));
            g.dueAt = OffsetDateTime.now().minusHours(1);
        });

        overdueCheck.markBatch();

        Api.get(TestTokens.coordinator(), id).body("overdue", equalTo(false));
    }

    @Test
    void aSimilarComplaintOfTheSameCompanyWithin30DaysIsFlagged() {
        String bn = TestCompanies.newBusinessNumber();
        Map<String, Object> first = new HashMap<>(Api.onBehalfOf(bn));
        first.put("title", "공장 증설 인허가 지연 문의");
        String firstId = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(first)
                .post("/api/grievances").then().statusCode(201).body("possibleDuplicate", equalTo(false))
                .extract().path("id");

        Map<String, Object> again = new HashMap<>(first);
        again.put("title", "공장 증설 인허가 지연 재문의");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(again)
                .post("/api/grievances").then().statusCode(201)
                .body("possibleDuplicate", equalTo(true)).body("possibleDuplicateOf", equalTo(firstId));
    }

    @Test
    void aDifferentCompanysSimilarTitleIsNoDuplicate() {
        Map<String, Object> first = new HashMap<>(Api.onBehalfOf(TestCompanies.newBusinessNumber()));
        first.put("title", "수출 물류비 지원 확대 건의");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(first)
                .post("/api/grievances").then().statusCode(201);
        Map<String, Object> other = new HashMap<>(Api.onBehalfOf(TestCompanies.newBusinessNumber()));
        other.put("title", "수출 물류비 지원 확대 건의");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(other)
                .post("/api/grievances").then().statusCode(201).body("possibleDuplicate", equalTo(false));
    }
}
