package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeApiTest {

    private static final String PROGRAMMES = "/api/reports/programmes";

    private String programmeWithManualIndicator() {
        return Api.create(Api.programme("수기 실적 사업 " + UUID.randomUUID(), List.of(
                Api.indicator("교육 실시", "회", Map.of("source", "MANUAL"), List.of(Api.target(2023, 2))))));
    }

    @Test
    void aProgrammeIsCreatedWithItsIndicatorsTargetsAndSource() {
        String id = Api.create(Api.programme("기업SOS 시스템 운영 " + UUID.randomUUID(), List.of(
                Api.indicator("기업SOS처리 실적", "건", Api.handledGrievances("FUNDING"), Api.seed003Targets()))));
        Api.get(PROGRAMMES + "/" + id).statusCode(200)
                .body("natureLabel", equalTo("계속"))
                .body("fundingTypeLabel", equalTo("예산"))
                .body("endMonth", equalTo(6))
                .body("overview", contains("발로 뛰는 기업 소통 DAY 운영", "기업 원스톱 처리 회의 운영"))
                .body("indicators[0].source.source", equalTo("GRIEVANCES_HANDLED"))
                .body("indicators[0].source.statuses", contains("ANSWERED", "CLOSED"))
                .body("indicators[0].targets.value", contains(60, 65, 70, 75))
                .body("indicators[0].targets[3].label", equalTo("2026년 6월"));
        Api.get(PROGRAMMES).statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aTargetYearOutsideThePeriodIsRefusedNamingTheFieldAndNothingIsStored() {
        String name = "기간 밖 목표 " + UUID.randomUUID();
        Api.post(PROGRAMMES, Api.programme(name, List.of(Api.indicator("실적", "건", Map.of("source", "MANUAL"),
                        List.of(Api.target(2023, 60), Api.target(2027, 80))))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicators[0].targets[1].year"))
                .body("detail", containsString("사업기간"));
        Api.get(PROGRAMMES).body("name", org.hamcrest.Matchers.not(hasItem(name)));
    }

    @Test
    void aNegativeTargetIsRefusedNamingTheField() {
        String id = programmeWithManualIndicator();
        String indicator = Api.get(PROGRAMMES + "/" + id).extract().path("indicators[0].id");
        Api.put(PROGRAMMES + "/" + id + "/indicators/" + indicator + "/targets",
                        Map.of("targets", List.of(Map.of("year", 2024, "value", -1))))
                .statusCode(400).body("errors[0].field", equalTo("targets[0].value"));
        Api.get(PROGRAMMES + "/" + id).body("indicators[0].targets.value", contains(2));
    }

    @Test
    void anUnknownSourceFilterIsRefusedNamingTheField() {
        Api.post(PROGRAMMES, Api.programme("잘못된 산출 방식 " + UUID.randomUUID(), List.of(Api.indicator("처리", "건",
                        Map.of("source", "GRIEVANCES_HANDLED", "statuses", List.of("ANSWERED", "DONE")), List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("indicators[0].source.statuses[1]"));
        Api.post(PROGRAMMES, Api.programme("회의 조건 " + UUID.randomUUID(), List.of(Api.indicator("처리", "건",
                        Map.of("source", "GRIEVANCES_HANDLED", "regularOnly", true), List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("indicators[0].source.regularOnly"));
        Api.post(PROGRAMMES, Api.programme("모르는 방식 " + UUID.randomUUID(), List.of(Api.indicator("처리", "건",
                        Map.of("source", "GUESSED"), List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("indicators[0].source.source"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Map<String, Object> body = new HashMap<>(Api.programme("거꾸로 " + UUID.randomUUID(), List.of()));
        body.put("startYear", 2025);
        body.put("endYear", 2023);
        Api.post(PROGRAMMES, body).statusCode(400).body("errors[0].field", equalTo("endYear"));
    }

    @Test
    void anUnknownProgrammeIs404() {
        Api.get(PROGRAMMES + "/" + UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
        Api.get(PROGRAMMES + "/" + UUID.randomUUID() + "/budget").statusCode(404);
        Api.put(PROGRAMMES + "/" + UUID.randomUUID() + "/budget", Map.of("lines", Api.seed003Budget())).statusCode(404);
        Api.get(PROGRAMMES + "/" + UUID.randomUUID() + "/report?year=2024&quarter=3").statusCode(404);
    }

    @Test
    void badBudgetLinesAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = programmeWithManualIndicator();
        Api.put(PROGRAMMES + "/" + id + "/budget", Map.of("lines", Api.seed003Budget())).statusCode(200);

        List<Map<String, Object>> negative = new java.util.ArrayList<>(Api.seed003Budget());
        negative.set(0, Api.line(2022, "PROVINCIAL", 1, 1, 1));
        negative.add(Api.line(2023, "NATIONAL", -5, 0, 0));
        Api.put(PROGRAMMES + "/" + id + "/budget", Map.of("lines", negative))
                .statusCode(400).body("errors[0].field", equalTo("lines[9].planned"));

        List<Map<String, Object>> unknown = new java.util.ArrayList<>(Api.seed003Budget());
        unknown.set(0, Api.line(2022, "PROVINCIAL", 1, 1, 1));
        unknown.add(Map.of("year", 2023, "fundingSource", "LOTTERY", "planned", 1, "secured", 1, "executed", 1));
        Api.put(PROGRAMMES + "/" + id + "/budget", Map.of("lines", unknown))
                .statusCode(400).body("errors[0].field", equalTo("lines[9].fundingSource"));

        List<Map<String, Object>> outside = new java.util.ArrayList<>(Api.seed003Budget());
        outside.set(0, Api.line(2022, "PROVINCIAL", 1, 1, 1));
        outside.add(Api.line(2027, "NATIONAL", 1, 1, 1));
        Api.put(PROGRAMMES + "/" + id + "/budget", Map.of("lines", outside))
                .statusCode(400).body("errors[0].field", equalTo("lines[9].year"));

        Api.put(PROGRAMMES + "/" + id + "/budget/2023/LOTTERY", Map.of("planned", 1, "secured", 1, "executed", 1))
                .statusCode(400).body("errors[0].field", equalTo("fundingSource"));

        Api.get(PROGRAMMES + "/" + id + "/budget").statusCode(200)
                .body("table.total.total.planned", equalTo(898)).body("lines", hasSize(9));
    }

    @Test
    void negativeOutreachAndOutcomeCountsAreRefusedNamingTheField() {
        String id = programmeWithManualIndicator();
        Api.post(PROGRAMMES + "/" + id + "/outreach", Map.of("year", 2024, "type", "PRESS", "count", -1))
                .statusCode(400).body("errors[0].field", equalTo("count"));
        Api.post(PROGRAMMES + "/" + id + "/outreach", Map.of("year", 2024, "type", "RADIO", "count", 1))
                .statusCode(400).body("errors[0].field", equalTo("type"));
        Api.put(PROGRAMMES + "/" + id + "/outcomes", Map.of("year", 2024, "metric", "신규 고용", "unit", "명", "value", -3))
                .statusCode(400).body("errors[0].field", equalTo("value"));
        Api.get(PROGRAMMES + "/" + id + "/outreach").body("$", hasSize(0));
        Api.get(PROGRAMMES + "/" + id + "/outcomes").body("values", hasSize(0));
    }

    @Test
    void aManualActualIsEnteredAndAComputedOneIsNot() {
        String id = programmeWithManualIndicator();
        String indicator = Api.get(PROGRAMMES + "/" + id).extract().path("indicators[0].id");
        Api.put(PROGRAMMES + "/" + id + "/indicators/" + indicator + "/actuals/2023", Map.of("value", 3, "note", "상반기 2회"))
                .statusCode(200).body("value", equalTo(3));
        Api.get(PROGRAMMES + "/" + id + "/status?year=2023").statusCode(200)
                .body("rows.find { it.year == 2023 }.actual", equalTo(3))
                .body("rows.find { it.year == 2023 }.achievementRate", equalTo(150.0f))
                .body("rows.find { it.year == 2023 }.status.groupLabel", equalTo("완료"));

        String computed = Api.create(Api.programme("자동 산출 " + UUID.randomUUID(), List.of(
                Api.indicator("처리", "건", Api.handledGrievances("NONE-" + UUID.randomUUID()), List.of()))));
        String computedIndicator = Api.get(PROGRAMMES + "/" + computed).extract().path("indicators[0].id");
        Api.put(PROGRAMMES + "/" + computed + "/indicators/" + computedIndicator + "/actuals/2023", Map.of("value", 3))
                .statusCode(409);
    }

    @Test
    void anOverrideNeedsAReasonAndWinsOverTheDerivedStatus() {
        String id = programmeWithManualIndicator();
        Api.put(PROGRAMMES + "/" + id + "/status-overrides/2023", Map.of("status", "COMPLETED_ENDED"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.put(PROGRAMMES + "/" + id + "/status-overrides/2023", Map.of("status", "COMPLETED_ENDED", "reason", " "))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.get(PROGRAMMES + "/" + id + "/status?year=2023").body("verdict.overridden", equalTo(false))
                .body("verdict.status.code", equalTo("NOT_STARTED_REVIEWING"));

        Api.put(PROGRAMMES + "/" + id + "/status-overrides/2023",
                        Map.of("status", "COMPLETED_ENDED", "rate", 100, "reason", "교육을 외부 기관과 공동으로 실시하여 실적이 따로 잡히지 않음"))
                .statusCode(200).body("status.label", equalTo("종료"));
        Api.get(PROGRAMMES + "/" + id + "/status?year=2023").body("verdict.overridden", equalTo(true))
                .body("verdict.status.code", equalTo("COMPLETED_ENDED")).body("verdict.rate", equalTo(100))
                .body("verdict.derivedStatus.code", equalTo("NOT_STARTED_REVIEWING"))
                .body("verdict.overrideReason", containsString("공동으로"));
        Api.get(PROGRAMMES + "/" + id + "/report?year=2023&quarter=4").statusCode(200)
                .body("implementation.overridden", equalTo(true))
                .body("implementation.grid.find { it.group == 'COMPLETED' }.statuses.find { it.code == 'COMPLETED_ENDED' }.checked",
                        equalTo(true));

        given().auth().oauth2(TestTokens.coordinator()).delete(PROGRAMMES + "/" + id + "/status-overrides/2023")
                .then().statusCode(204);
        Api.get(PROGRAMMES + "/" + id + "/status?year=2023").body("verdict.overridden", equalTo(false))
                .body("verdict.overrideReason", nullValue());
    }

    @Test
    void programmeFiguresAreForStaffOnly() {
        String id = programmeWithManualIndicator();
        given().auth().oauth2(TestTokens.company("1348672683")).get(PROGRAMMES).then().statusCode(403);
        given().auth().oauth2(TestTokens.company("1348672683")).get(PROGRAMMES + "/" + id + "/report").then().statusCode(403);
        given().auth().oauth2(TestTokens.company("1348672683")).get("/api/reports/kpis").then().statusCode(403);
        given().get(PROGRAMMES).then().statusCode(401);
        given().auth().oauth2(TestTokens.officer("ENTERPRISE_ECONOMY")).get(PROGRAMMES + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer("ENTERPRISE_ECONOMY")).contentType(ContentType.JSON)
                .body(Map.of("lines", Api.seed003Budget())).put(PROGRAMMES + "/" + id + "/budget").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).delete(PROGRAMMES + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).delete(PROGRAMMES + "/" + id).then().statusCode(204);
        Api.get(PROGRAMMES + "/" + id).statusCode(404);
    }

    @Test
    void theReferenceListsCarryKoreanLabels() {
        given().auth().oauth2(TestTokens.officer("JOBS")).get("/api/reports/reference").then().statusCode(200)
                .body("fundingSources.label", contains("국비", "도비", "시비", "기타", "자부담"))
                .body("outreachTypes.label", contains("간담회·공청회", "만족도 조사", "민간전문가 자문", "언론·방송", "SNS", "기타"))
                .body("implementationStatuses.find { it.code == 'IN_PROGRESS_LAGGING' }.label", equalTo("부진"));
    }
}
