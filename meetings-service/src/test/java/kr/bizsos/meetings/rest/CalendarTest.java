package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The iCalendar export, read back with ical4j's parser as a calendar program would. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarTest {

    /** A kind of this test's own, so the feed filtered by it holds only this test's meetings. */
    final String kind = "CAL_" + TestData.uniqueWord().toUpperCase();
    String inje;
    String yanggu;

    /** Once per class; in @BeforeEach because REST Assured knows the test port only from then on. */
    @BeforeEach
    void meetings() {
        if (inje != null) {
            return;
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", kind, "name", "달력 시험 간담회", "regular", false))
                .post("/api/meetings/kinds").then().statusCode(201);
        inje = create("인제 기업 현장간담회 — 산림·목재 가공 기업의 판로와 인력 애로 청취", "INJE", "인제군청 대회의실",
                "2030-09-17T10:00:00+09:00", "2030-09-17T12:00:00+09:00");
        yanggu = create("양구 간담회", "YANGGU", null, "2030-10-01T14:00:00+09:00", "2030-10-01T16:00:00+09:00");
        TestData.cancel(yanggu);
    }

    private String create(String title, String municipality, String venue, String start, String end) {
        Map<String, Object> body = TestData.plan(title);
        body.put("kind", kind);
        body.put("municipality", municipality);
        body.put("startsAt", start);
        body.put("endsAt", end);
        if (venue == null) {
            body.remove("venue");
        } else {
            body.put("venue", venue);
        }
        return TestData.create(body);
    }

    private static Calendar fetch(String path) throws Exception {
        String text = given().auth().oauth2(TestTokens.coordinator()).get(path)
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("RFC 5545 line length: %s", line)
                    .isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").noneMatch(e ->
                e.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);
        return calendar;
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void theFeedFilteredByKindHoldsExactlyThatKindsMeetings() throws Exception {
        List<VEvent> events = fetch("/api/meetings/calendar.ics?kind=" + kind).getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactlyInAnyOrder("meeting-" + inje + "@meetings.bizsos", "meeting-" + yanggu + "@meetings.bizsos");
    }

    @Test
    void theFeedFilteredByKindAndMunicipalityHoldsOneMeetingWithItsSummaryStartAndPlace() throws Exception {
        List<VEvent> events = fetch("/api/meetings/calendar.ics?kind=" + kind + "&municipality=INJE")
                .getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, "SUMMARY")).isEqualTo("인제 기업 현장간담회 — 산림·목재 가공 기업의 판로와 인력 애로 청취");
        assertThat(value(event, "LOCATION")).isEqualTo("인제군 인제군청 대회의실");
        Temporal start = event.getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(start)).isEqualTo(Instant.parse("2030-09-17T01:00:00Z"));
        assertThat(value(event, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(event, "CATEGORIES")).isEqualTo("달력 시험 간담회");
    }

    @Test
    void aCancelledMeetingStaysInTheFeedMarkedCancelled() throws Exception {
        List<VEvent> events = fetch("/api/meetings/calendar.ics?kind=" + kind + "&municipality=YANGGU")
                .getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(events.get(0), "LOCATION")).isEqualTo("양구군");
    }

    @Test
    void oneMeetingExportsAsACalendarOfOneEvent() throws Exception {
        Calendar calendar = fetch("/api/meetings/" + inje + "/calendar.ics");
        assertThat(calendar.<Property>getProperty("VERSION").map(Property::getValue)).contains("2.0");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0), "UID")).isEqualTo("meeting-" + inje + "@meetings.bizsos");
        assertThat(value(events.get(0), "DTEND")).isEqualTo("20300917T030000Z");
    }

    @Test
    void anUnknownMunicipalityInTheFeedIsRefused() {
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/calendar.ics?municipality=MARS")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
