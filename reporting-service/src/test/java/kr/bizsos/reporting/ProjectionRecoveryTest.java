package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.reporting.GrievanceEventSender.Grievance;
import kr.bizsos.reporting.MeetingEventSender.Meeting;
import kr.bizsos.reporting.event.FaultyGrievanceProjector;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure stays exact when the projection fails in the middle of a stream, when events are
 * delivered again (as after a restart that lost its last offset commits), when a rebuild is
 * interrupted, and after a full rebuild from the start of the topics.
 */
@QuarkusTest
class ProjectionRecoveryTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String grievanceTopic;

    @ConfigProperty(name = "bizsos.topics.meetings")
    String meetingTopic;

    @AfterEach
    void disarm() {
        FaultyGrievanceProjector.disarm();
    }

    /** The grievances of one department through their lifecycles, every event kept in order. */
    private record Stream(String department, List<Grievance> finals, List<String[]> events) {
    }

    private static Stream stream(String department, int count) {
        List<Grievance> finals = new ArrayList<>();
        List<String[]> events = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2025-01-02T09:00:00+09:00");
        for (int i = 0; i < count; i++) {
            Grievance g = new Grievance(start.plusDays(i * 7L));
            g.departmentId = department;
            g.kind = List.of("COMPLAINT", "SUGGESTION", "LEGAL_QUESTION").get(i % 3);
            g.municipality = List.of("WONJU", "CHUNCHEON", "GANGNEUNG", "SOKCHO").get(i % 4);
            events.add(new String[] {g.id.toString(), g.event("grievance.received", g.receivedAt)});
            g.status = "ASSIGNED";
            events.add(new String[] {g.id.toString(), g.event("grievance.assigned", g.receivedAt.plusHours(3))});
            switch (i % 5) {
                case 0 -> answer(g, events, 1 + i % 17);
                case 1 -> {
                    answer(g, events, 2 + i % 11);
                    g.close(g.answeredAt.plusDays(2), 1 + i % 5);
                    events.add(new String[] {g.id.toString(), g.event("grievance.closed", g.closedAt)});
                }
                case 2 -> {
                    g.overdue = true;
                    events.add(new String[] {g.id.toString(), g.event("grievance.overdue", g.dueAt.plusHours(1))});
                }
                case 3 -> {
                    answer(g, events, 20 + i % 3);
                    g.status = "REOPENED";
                    events.add(new String[] {g.id.toString(), g.event("grievance.reopened", g.answeredAt.plusDays(1))});
                }
                default -> {
                    g.status = "IN_PROGRESS";
                    g.dueAt = OffsetDateTime.parse("2099-01-01T00:00:00+09:00");
                    events.add(new String[] {g.id.toString(), g.event("grievance.started", g.receivedAt.plusDays(1))});
                }
            }
            finals.add(g);
        }
        return new Stream(department, finals, events);
    }

    private static void answer(Grievance g, List<String[]> events, int days) {
        g.status = "IN_PROGRESS";
        events.add(new String[] {g.id.toString(), g.event("grievance.started", g.receivedAt.plusDays(1))});
        g.answer(g.receivedAt.plusDays(days), "ACCEPTED");
        events.add(new String[] {g.id.toString(), g.event("grievance.answered", g.answeredAt)});
    }

    /** What the figures of 2025 must be, computed from the grievances' final states. */
    private static Map<String, Object> expected(Stream s) {
        List<Grievance> answered = s.finals().stream().filter(g -> g.answeredAt != null && year(g.answeredAt) == 2025).toList();
        List<Grievance> closed = s.finals().stream().filter(g -> g.closedAt != null && year(g.closedAt) == 2025).toList();
        List<Long> days = answered.stream().map(g -> ChronoUnit.DAYS.between(date(g.receivedAt), date(g.answeredAt))).sorted().toList();
        double median = days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        long within = answered.stream().filter(g -> g.answeredWithinDeadline).count();
        List<Grievance> rated = closed.stream().filter(g -> g.rating != null).toList();
        double satisfaction = rated.stream().mapToInt(g -> g.rating).average().orElse(0);
        long overdue = s.finals().stream().filter(g -> !"ANSWERED".equals(g.status) && !"CLOSED".equals(g.status)
                && (g.overdue || g.dueAt.isBefore(OffsetDateTime.now()))).count();
        return Map.of(
                "received", (int) s.finals().stream().filter(g -> year(g.receivedAt) == 2025).count(),
                "answered", answered.size(),
                "closed", closed.size(),
                "medianHandlingDays", (float) median,
                "answeredWithinDeadlineRate", BigDecimal.valueOf(within * 100.0 / answered.size()).setScale(1, RoundingMode.HALF_UP).floatValue(),
                "satisfactionAverage", BigDecimal.valueOf(satisfaction).setScale(2, RoundingMode.HALF_UP).floatValue(),
                "ratedCount", rated.size(),
                "overdueNow", (int) overdue);
    }

    private static int year(OffsetDateTime at) {
        return at.atZoneSameInstant(SEOUL).getYear();
    }

    private static LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(SEOUL).toLocalDate();
    }

    private static Map<String, Object> actual(String department) {
        JsonPath json = given().auth().oauth2(TestTokens.coordinator())
                .get("/api/reports/grievances?year=2025&department=" + department).then().statusCode(200).extract().jsonPath();
        return Map.of(
                "received", json.getInt("totals.received"), "answered", json.getInt("totals.answered"),
                "closed", json.getInt("totals.closed"), "medianHandlingDays", json.getFloat("totals.medianHandlingDays"),
                "answeredWithinDeadlineRate", json.getFloat("totals.answeredWithinDeadlineRate"),
                "satisfactionAverage", json.getFloat("totals.satisfactionAverage"),
                "ratedCount", json.getInt("totals.ratedCount"), "overdueNow", json.getInt("totals.overdueNow"));
    }

    private static void awaitExact(Stream s) {
        Map<String, Object> expected = expected(s);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(actual(s.department())).isEqualTo(expected));
    }

    private void send(List<String[]> events) {
        try (GrievanceEventSender sender = new GrievanceEventSender(bootstrap, grievanceTopic)) {
            events.forEach(e -> sender.send(e[0], e[1]));
        }
    }

    @Test
    void aFailureMidStreamAndRedeliveredEventsLeaveEveryFigureExact() {
        Stream s = stream("CRASH-" + UUID.randomUUID().toString().substring(0, 8), 30);
        FaultyGrievanceProjector.failOn(s.department(), 17, 3);
        send(s.events());
        awaitExact(s);
        assertThat(FaultyGrievanceProjector.thrown()).isEqualTo(3);

        // a restart that lost its last commits delivers the tail of the stream again
        send(s.events().subList(s.events().size() - 25, s.events().size()));
        send(s.events().subList(0, 10));
        Grievance marker = new Grievance(OffsetDateTime.parse("2025-12-30T09:00:00+09:00"));
        marker.departmentId = s.department();
        marker.dueAt = OffsetDateTime.parse("2099-01-01T00:00:00+09:00");
        send(List.<String[]>of(new String[] {marker.id.toString(), marker.event("grievance.received", marker.receivedAt)}));
        List<Grievance> withMarker = new ArrayList<>(s.finals());
        withMarker.add(marker);
        awaitExact(new Stream(s.department(), withMarker, s.events()));
    }

    @Test
    void anInterruptedRebuildAndAFullRebuildLeaveEveryFigureExact() {
        Stream s = stream("REBUILD-" + UUID.randomUUID().toString().substring(0, 8), 25);
        send(s.events());
        String kind = "RB-" + UUID.randomUUID().toString().substring(0, 8);
        try (MeetingEventSender sender = new MeetingEventSender(bootstrap, meetingTopic)) {
            new Meeting(kind, true, "재구성 확인 간담회 1", "INJE", LocalDate.of(2025, 4, 2)).heldVia(sender);
            new Meeting(kind, true, "재구성 확인 간담회 2", "INJE", LocalDate.of(2025, 8, 9)).heldVia(sender);
            new Meeting(kind, false, "재구성 확인 간담회 3", "YANGGU", LocalDate.of(2025, 11, 3)).heldVia(sender);
        }
        awaitExact(s);
        awaitMeetings(kind);

        FaultyGrievanceProjector.failOn(s.department(), 12, 100);
        given().auth().oauth2(TestTokens.admin()).post("/api/reports/admin/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        awaitRebuild("FAILED");
        FaultyGrievanceProjector.disarm();
        given().auth().oauth2(TestTokens.admin()).post("/api/reports/admin/rebuild").then().statusCode(202);
        awaitRebuild("DONE");
        awaitExact(s);
        awaitMeetings(kind);
        given().auth().oauth2(TestTokens.admin()).get("/api/reports/admin/rebuild").then().statusCode(200)
                .body("read.'reporting.grievance-facts'", org.hamcrest.Matchers.greaterThanOrEqualTo(s.events().size()));
    }

    @Test
    void onlyAnAdminMayRebuild() {
        given().auth().oauth2(TestTokens.coordinator()).post("/api/reports/admin/rebuild").then().statusCode(403);
        given().post("/api/reports/admin/rebuild").then().statusCode(401);
    }

    private static void awaitRebuild(String state) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.admin()).get("/api/reports/admin/rebuild").then().statusCode(200)
                        .body("state", equalTo(state)));
    }

    private static void awaitMeetings(String kind) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.coordinator()).get("/api/reports/meetings?year=2025&kind=" + kind)
                        .then().statusCode(200).body("held", equalTo(3)).body("regularHeld", equalTo(2))
                        .body("byMunicipality.find { it.municipality == 'INJE' }.held", equalTo(2))
                        .body("byQuarter.held", org.hamcrest.Matchers.contains(0, 1, 1, 1)));
    }
}
