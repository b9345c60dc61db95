package kr.bizsos.grievance.rest;

import static kr.bizsos.grievance.Api.act;
import static kr.bizsos.grievance.Api.answer;
import static kr.bizsos.grievance.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.bizsos.grievance.Api;
import kr.bizsos.grievance.TestCompanies;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** RECEIVED → ASSIGNED → IN_PROGRESS → ANSWERED → CLOSED, and the rules around it. */
@QuarkusTest
class LifecycleTest {

    static final String OFFICER = TestTokens.officer("ENTERPRISE_ECONOMY");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String topic;

    @Test
    void aGrievanceGoesFromReceiptToClosingAndEveryStepIsAnEvent() {
        String bn = TestCompanies.newBusinessNumber();
        String company = TestTokens.company(bn);
        String id = Api.unrouted(bn);

        act(TestTokens.coordinator(), id, "assign", Map.of("departmentId", "ENTERPRISE_ECONOMY"))
                .statusCode(200).body("status", equalTo("ASSIGNED")).body("departmentName", equalTo("기업경제과 기업SOS팀"));
        act(OFFICER, id, "start", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(OFFICER, id, "answer", answer("ACCEPTED")).statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answer.resultName", equalTo("수용"))
                .body("answer.officialName", equalTo("이수연"));
        get(company, id).statusCode(200).body("allowedActions", hasItems("RATE", "REOPEN"));
        act(company, id, "rating", Map.of("score", 5, "comment", "빠른 처리 감사합니다")).statusCode(200)
                .body("status", equalTo("CLOSED")).body("rating.score", equalTo(5))
                .body("timeline.action", contains("RECEIVED", "ASSIGNED", "STARTED", "ANSWERED", "RATED", "CLOSED"));

        try (TopicReader reader = new TopicReader(bootstrap, topic)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(rs -> rs.stream()
                    .filter(r -> id.equals(r.key())).count() >= 5, Duration.ofSeconds(20));
            List<String> types = records.stream().filter(r -> id.equals(r.key()))
                    .map(r -> r.value().replaceAll(".*\"type\":\"([a-z.\\-]+)\".*", "$1")).toList();
            assertThat(types).containsExactly("grievance.received", "grievance.assigned", "grievance.started",
                    "grievance.answered", "grievance.closed");
            assertThat(records.stream().filter(r -> id.equals(r.key())).toList().get(4).value())
                    .contains("\"rating\":5", "\"answerResult\":\"ACCEPTED\"", "\"answeredWithinDeadline\":true");
        }
    }

    @Test
    void anUnassignedGrievanceCannotBeAnsweredAndSays409() {
        String id = Api.unrouted(TestCompanies.newBusinessNumber());
        act(TestTokens.coordinator(), id, "answer", answer("ACCEPTED"))
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("접수"));
    }

    @Test
    void aRatingBeforeTheAnswerIsRefused() {
        String bn = TestCompanies.newBusinessNumber();
        String id = Api.unrouted(bn);
        act(TestTokens.company(bn), id, "rating", Map.of("score", 4)).statusCode(409);
    }

    @Test
    void aClosedGrievanceCannotBeStartedAgainButCanBeReopened() {
        String bn = TestCompanies.newBusinessNumber();
        String id = Api.fileFor(bn, "FUNDING", "COMPLAINT");
        act(OFFICER, id, "answer", answer("PARTIALLY_ACCEPTED")).statusCode(200);
        act(TestTokens.company(bn), id, "rating", Map.of("score", 3)).statusCode(200);

        act(OFFICER, id, "start", null).statusCode(409);
        act(TestTokens.company(bn), id, "reopen", Map.of("reason", "추가 자료를 제출합니다")).statusCode(200)
                .body("status", equalTo("REOPENED")).body("answer", equalTo(null)).body("rating", equalTo(null));
        act(OFFICER, id, "start", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void notAcceptedNeedsAReasonAndHowToAppeal() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        act(OFFICER, id, "answer", answer("NOT_ACCEPTED"))
                .statusCode(400).body("errors.field", hasItems("rejectionReason", "appealGuide"));
        get(OFFICER, id).body("status", equalTo("ASSIGNED"));

        act(OFFICER, id, "answer", Map.of("result", "NOT_ACCEPTED", "text", "관련 법령상 지원이 어렵습니다.",
                "officialName", "이수연", "rejectionReason", "지원 대상 업종이 아닙니다.",
                "appealGuide", "처분을 안 날부터 90일 이내 행정심판을 청구할 수 있습니다."))
                .statusCode(200).body("answer.rejectionReason", notNullValue());
    }

    @Test
    void anAnswerWithoutTheOfficialsNameIsRefused() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        act(OFFICER, id, "answer", Map.of("result", "ACCEPTED", "text", "지원하겠습니다."))
                .statusCode(400).body("errors.field", hasItem("officialName"));
    }

    @Test
    void aTransferToAnotherDepartmentMovesItAndTellsTheCompany() {
        String bn = TestCompanies.newBusinessNumber();
        String id = Api.fileFor(bn, "FUNDING", "COMPLAINT");
        act(OFFICER, id, "transfer", Map.of("toDepartmentId", "INVESTMENT", "reason", "투자유치 보조금 소관"))
                .statusCode(200).body("status", equalTo("TRANSFERRED")).body("departmentId", equalTo("INVESTMENT"));
        get(OFFICER, id).statusCode(404);
        act(TestTokens.officer("INVESTMENT"), id, "start", null).statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.company(bn)).get("/api/grievances/notices")
                .then().statusCode(200).body("message", hasItem(containsString("투자유치과")));
    }

    @Test
    void aTransferToAnOutsideAgencyEndsOurHandling() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        act(OFFICER, id, "transfer", Map.of("toAgency", "강원신용보증재단", "reason", "보증 상담은 재단 소관"))
                .statusCode(200).body("transfer.toAgency", equalTo("강원신용보증재단"))
                .body("allowedActions", not(hasItem("ANSWER")));
        act(TestTokens.coordinator(), id, "close", Map.of()).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aTransferNeedsExactlyOneTarget() {
        String id = Api.fileFor(TestCompanies.newBusinessNumber(), "FUNDING", "COMPLAINT");
        act(OFFICER, id, "transfer", Map.of("reason", "x")).statusCode(400)
                .body("errors.field", hasItems("toDepartmentId", "toAgency"));
    }

    @Test
    void aCooperatingDepartmentContributesButCannotAnswer() {
        String id = Api.unrouted(TestCompanies.newBusinessNumber());
        act(TestTokens.coordinator(), id, "assign", Map.of("departmentId", "ENTERPRISE_ECONOMY",
                "cooperatingDepartmentIds", List.of("JOBS", "INDUSTRY_LOCATION"))).statusCode(200)
                .body("cooperatingDepartments.id", contains("INDUSTRY_LOCATION", "JOBS"));
        String jobs = TestTokens.officer("JOBS");
        get(jobs, id).statusCode(200).body("allowedActions", contains("CONTRIBUTE"));
        act(jobs, id, "contributions", Map.of("text", "고용장려금 연계 가능")).statusCode(200)
                .body("cooperatingDepartments.find { it.id == 'JOBS' }.contribution", equalTo("고용장려금 연계 가능"));
        act(jobs, id, "answer", answer("ACCEPTED")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theLeadDepartmentCannotAlsoCooperate() {
        String id = Api.unrouted(TestCompanies.newBusinessNumber());
        act(TestTokens.coordinator(), id, "assign", Map.of("departmentId", "JOBS",
                "cooperatingDepartmentIds", List.of("JOBS"))).statusCode(400)
                .body("errors.field", hasItem("cooperatingDepartmentIds"));
        act(TestTokens.coordinator(), id, "assign", Map.of("departmentId", "NOWHERE")).statusCode(400)
                .body("errors.field", hasItem("departmentId"));
        get(TestTokens.coordinator(), id).body("status", equalTo("RECEIVED"));
    }
}
