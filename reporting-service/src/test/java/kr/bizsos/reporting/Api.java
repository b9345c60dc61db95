package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.platform.testing.TestTokens;

/** Short calls to the reporting API for tests, as the coordinator unless a token is given. */
public final class Api {

    private Api() {
    }

    /** A programme body like seed 003's (2022 – 2026년 6월), with the given indicators. */
    public static Map<String, Object> programme(String name, List<Map<String, Object>> indicators) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "T-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("department", "기업경제과 기업SOS팀");
        body.put("manager", "이수연");
        body.put("managerPhone", "2284");
        body.put("nature", "CONTINUING");
        body.put("startYear", 2022);
        body.put("endYear", 2026);
        body.put("endMonth", 6);
        body.put("periodLabel", "임기내");
        body.put("fundingType", "BUDGET");
        body.put("finalGoal", "기업하기 좋은 환경 조성");
        body.put("overview", List.of("발로 뛰는 기업 소통 DAY 운영", "기업 원스톱 처리 회의 운영"));
        body.put("futurePlan", List.of("2024. 1. ~ 12. : 사업 추진"));
        body.put("completionLabel", "2022년");
        body.put("indicators", indicators);
        return body;
    }

    public static Map<String, Object> indicator(String name, String unit, Map<String, Object> source,
            List<Map<String, Object>> targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", unit);
        body.put("source", source);
        body.put("confirmation", "기업 애로 발굴 및 처리 실적");
        body.put("targets", targets);
        return body;
    }

    public static Map<String, Object> target(int year, long value) {
        return Map.of("year", year, "value", value);
    }

    public static Map<String, Object> target(int year, long value, int untilMonth) {
        return Map.of("year", year, "value", value, "untilMonth", untilMonth);
    }

    /** Seed 003's yearly targets: 60, 65, 70 and 75 by June 2026. */
    public static List<Map<String, Object>> seed003Targets() {
        return List.of(target(2023, 60), target(2024, 65), target(2025, 70), target(2026, 75, 6));
    }

    public static String create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body)
                .post("/api/reports/programmes").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String path) {
        return given().auth().oauth2(TestTokens.coordinator()).get(path).then();
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body).put(path).then();
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body).post(path).then();
    }

    public static Map<String, Object> line(int year, String source, long planned, long secured, long executed) {
        return Map.of("year", year, "fundingSource", source, "planned", planned, "secured", secured, "executed", executed);
    }

    /** Seed 003's 투자계획 및 확보실적 and 집행실적, entered line by line. */
    public static List<Map<String, Object>> seed003Budget() {
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(line(2022, "PROVINCIAL", 140, 138, 138));
        lines.add(line(2022, "MUNICIPAL", 134, 131, 131));
        lines.add(line(2022, "OTHER", 129, 120, 120));
        lines.add(line(2023, "PROVINCIAL", 91, 91, 91));
        lines.add(line(2023, "MUNICIPAL", 89, 89, 89));
        lines.add(line(2023, "OTHER", 49, 49, 49));
        lines.add(line(2024, "PROVINCIAL", 108, 108, 56));
        lines.add(line(2024, "MUNICIPAL", 99, 99, 51));
        lines.add(line(2024, "OTHER", 59, 59, 28));
        return lines;
    }

    public static Map<String, Object> handledGrievances(String category) {
        return Map.of("source", "GRIEVANCES_HANDLED", "statuses", List.of("ANSWERED", "CLOSED"), "categories", List.of(category));
    }
}
