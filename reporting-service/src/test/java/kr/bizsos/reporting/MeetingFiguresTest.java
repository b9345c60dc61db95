package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.reporting.MeetingEventSender.Meeting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meetings projected from meetings-service's events, counted by indicators and on the meeting figures. */
@QuarkusTest
class MeetingFiguresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.meetings")
    String topic;

    private static final String FIELD = "FIELD-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String AD_HOC = "ADHOC-" + UUID.randomUUID().toString().substring(0, 8);
    private static String programme;

    @BeforeEach
    void sendOnce() {
        if (programme != null) {
            return;
        }
        try (MeetingEventSender sender = new MeetingEventSender(bootstrap, topic)) {
            Meeting pyeongchang = new Meeting(FIELD, true, "맞춤형 기업 간담회 (평창)", "PYEONGCHANG", LocalDate.of(2025, 3, 21));
            pyeongchang.companies = 16;
            pyeongchang.heldVia(sender);
            new Meeting(FIELD, true, "맞춤형 기업 간담회 (춘천)", "CHUNCHEON", LocalDate.of(2025, 6, 10)).heldVia(sender);
            new Meeting(AD_HOC, false, "강원 수출 전략 간담회", "CHUNCHEON", LocalDate.of(2025, 2, 24)).heldVia(sender);
            Meeting planned = new Meeting(FIELD, true, "맞춤형 기업 간담회 (태백)", "TAEBAEK", LocalDate.of(2025, 12, 1));
            sender.send(planned.id.toString(), planned.event("meeting.planned", OffsetDateTime.parse("2025-10-01T09:00:00+09:00")));
            Meeting cancelled = new Meeting(FIELD, true, "맞춤형 기업 간담회 (속초)", "SOKCHO", LocalDate.of(2025, 9, 1));
            sender.send(cancelled.id.toString(), cancelled.event("meeting.planned", OffsetDateTime.parse("2025-07-01T09:00:00+09:00")));
            cancelled.status = "CANCELLED";
            cancelled.cancelReason = "태풍 북상";
            sender.send(cancelled.id.toString(), cancelled.event("meeting.cancelled", OffsetDateTime.parse("2025-08-29T09:00:00+09:00")));
            // meetings-service's own shape: attendance by participant type, attendedTotal beside it
            UUID wonju = UUID.randomUUID();
            sender.send(wonju.toString(), """
                    {"specversion":"1.0","id":"%s","source":"/bizsos/meetings-service","type":"meeting.held","subject":"%s",
                     "time":"2025-05-05T16:00:00+09:00","datacontenttype":"application/json",
                     "data":{"meetingId":"%s","kind":"%s","kindName":"정례","regular":true,"title":"맞춤형 기업 간담회 (원주)",
                             "municipality":"WONJU","venue":"원주시청","programmeId":null,"status":"HELD",
                             "startsAt":"2025-05-05T14:00:00+09:00","endsAt":"2025-05-05T16:00:00+09:00","date":"2025-05-05",
                             "year":2025,"heldOn":"2025-05-05","cancelReason":null,
                             "participants":{"DEPARTMENT":4,"PARTNER_AGENCY":3,"COMPANY":9},
                             "attendance":{"DEPARTMENT":4,"PARTNER_AGENCY":2,"COMPANY":8},"attendedTotal":14,"raisedItemCount":3}}"""
                    .formatted(UUID.randomUUID(), wonju, wonju, FIELD));
            sender.send(wonju.toString(), """
                    {"specversion":"1.0","id":"%s","source":"/bizsos/meetings-service","type":"meeting.item-raised","subject":"%s",
                     "time":"2025-05-05T16:05:00+09:00","data":{"meetingId":"%s","raisedItemId":"%s","title":"판로 지원"}}"""
                    .formatted(UUID.randomUUID(), wonju, wonju, UUID.randomUUID()));
        }
        programme = Api.create(Api.programme("강원기업지원 현장전략회의 운영 " + UUID.randomUUID(), List.of(
                Api.indicator("기업 간담회 운영", "회", Map.of("source", "MEETINGS_HELD", "meetingKinds", List.of(FIELD, AD_HOC)),
                        List.of(Api.target(2024, 4), Api.target(2025, 4))),
                Api.indicator("맞춤형 기업지원 간담회(정례)", "회",
                        Map.of("source", "MEETINGS_HELD", "meetingKinds", List.of(FIELD, AD_HOC), "regularOnly", true), List.of()))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                meetings("year=2025").body("held", equalTo(3)).body("cancelled", equalTo(1)));
    }

    private static io.restassured.response.ValidatableResponse meetings(String query) {
        return given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/meetings?kind=" + FIELD + "&" + query)
                .then().statusCode(200);
    }

    @Test
    void heldMeetingsAreCountedByKind시군AndQuarterWithAttendance() {
        meetings("year=2025")
                .body("held", equalTo(3))
                .body("regularHeld", equalTo(3))
                .body("scheduled", equalTo(1))
                .body("cancelled", equalTo(1))
                .body("byKind", hasSize(1))
                .body("byMunicipality.find { it.municipality == 'PYEONGCHANG' }.held", equalTo(1))
                .body("byMunicipality.find { it.municipality == 'WONJU' }.held", equalTo(1))
                .body("byMunicipality.find { it.municipality == 'SOKCHO' }.held", equalTo(0))
                .body("byQuarter.held", contains(1, 2, 0, 0))
                .body("attendance.companies", equalTo(16 + 0 + 8))
                .body("attendance.total", equalTo(21 + 5 + 14))
                .body("raisedItems", equalTo(2 + 2 + 3));
        meetings("year=2025&quarter=1").body("held", equalTo(1)).body("byQuarter.held", contains(1, 2, 0, 0));
        meetings("year=2019").body("held", equalTo(0)).body("byQuarter.held", contains(0, 0, 0, 0));
    }

    @Test
    void anIndicatorCountsTheMeetingsOfItsKindsHeldByTheReportDate() {
        String base = "/api/reports/programmes/" + programme;
        Api.get(base + "/status?year=2025&quarter=1").statusCode(200)
                .body("rows.find { it.indicator == '기업 간담회 운영' && it.year == 2025 }.actual", equalTo(2))
                .body("rows.find { it.indicator == '기업 간담회 운영' && it.year == 2025 }.status.code", equalTo("IN_PROGRESS_NORMAL"))
                .body("rows.find { it.indicator == '맞춤형 기업지원 간담회(정례)' && it.year == 2025 }.actual", equalTo(1));
        Api.get(base + "/status?year=2025").statusCode(200)
                .body("rows.find { it.indicator == '기업 간담회 운영' && it.year == 2025 }.actual", equalTo(4))
                .body("rows.find { it.indicator == '기업 간담회 운영' && it.year == 2025 }.achievementRate", equalTo(100.0f))
                .body("rows.find { it.indicator == '맞춤형 기업지원 간담회(정례)' && it.year == 2025 }.actual", equalTo(3))
                .body("rows.find { it.indicator == '기업 간담회 운영' && it.year == 2024 }.status.code", equalTo("IN_PROGRESS_LAGGING"));
    }

    @Test
    void theReportListsTheMeetingsAnIndicatorCounted() {
        Api.get("/api/reports/programmes/" + programme + "/report?year=2025&quarter=1").statusCode(200)
                .body("achievements.find { it.year == 2025 }.label", equalTo("2025년 1분기"))
                .body("achievements.find { it.year == 2025 }.meetings.title", contains("강원 수출 전략 간담회", "맞춤형 기업 간담회 (평창)"))
                .body("achievements.find { it.year == 2025 }.meetings[1].municipalityName", equalTo("평창"))
                .body("achievements.find { it.year == 2025 }.meetings[1].attendedCompanies", equalTo(16))
                .body("targetProgress.find { it.year == 2025 }.summary", equalTo("2회 운영"));
    }

    @Test
    void kpiCardsShowTargetAgainstActualForStaff() {
        given().auth().oauth2(TestTokens.officer("ENTERPRISE_SUPPORT")).get("/api/reports/kpis?year=2025")
                .then().statusCode(200)
                .body("find { it.programmeId == '" + programme + "' && it.indicator == '기업 간담회 운영' }.target", equalTo(4))
                .body("find { it.programmeId == '" + programme + "' && it.indicator == '기업 간담회 운영' }.actual", equalTo(4))
                .body("find { it.programmeId == '" + programme + "' && it.indicator == '기업 간담회 운영' }.progress", equalTo(100.0f));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/dashboard?year=2025")
                .then().statusCode(200)
                .body("kpis.find { it.programmeId == '" + programme + "' && it.indicator == '기업 간담회 운영' }.actual", equalTo(4));
        given().auth().oauth2(TestTokens.company("1348672683")).get("/api/reports/dashboard?year=2025")
                .then().statusCode(200).body("kpis", hasSize(0));
        given().auth().oauth2(TestTokens.company("1348672683")).get("/api/reports/meetings").then().statusCode(403);
    }
}
