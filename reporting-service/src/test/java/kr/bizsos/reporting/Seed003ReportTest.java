package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.bizsos.platform.testing.TestTokens;
import kr.bizsos.reporting.GrievanceEventSender.Grievance;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (기업SOS 시스템 운영, ’24. 3분기) entered as raw data — targets, budget lines, outreach,
 * and grievances handled through grievance-service's events — reproduces the seed's tables in
 * the report, its XLSX and its HWPX.
 */
@QuarkusTest
class Seed003ReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "bizsos.topics.grievance")
    String topic;

    private static String programme;
    private static final String CATEGORY = "SOS-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void enterSeed003Once() {
        if (programme != null) {
            return;
        }
        String id = Api.create(Api.programme("기업SOS 시스템 운영", List.of(
                Api.indicator("기업SOS처리 실적", "건", Api.handledGrievances(CATEGORY), Api.seed003Targets()))));
        String base = "/api/reports/programmes/" + id;
        Api.put(base + "/budget", Map.of("lines", Api.seed003Budget())).statusCode(200);
        Api.post(base + "/outreach", Map.of("year", 2024, "type", "MEETING_HEARING", "count", 7)).statusCode(201);
        Api.post(base + "/outreach", Map.of("year", 2024, "quarter", 2, "type", "SATISFACTION_SURVEY", "count", 2)).statusCode(201);
        Api.post(base + "/outreach", Map.of("year", 2024, "type", "PRESS", "count", 4)).statusCode(201);
        Api.post(base + "/outreach", Map.of("year", 2024, "quarter", 4, "type", "SNS", "count", 9)).statusCode(201); // after Q3
        Api.post(base + "/activities", Map.of("year", 2022, "text", "▶ 찾아가는 기업SOS 기동반 : 9회")).statusCode(201);
        Api.post(base + "/activities", Map.of("year", 2024, "quarter", 3, "text", "▶ 기업원스톱처리 회의 : 4회")).statusCode(201);

        try (GrievanceEventSender sender = new GrievanceEventSender(bootstrap, topic)) {
            handled(sender, 62, OffsetDateTime.parse("2023-03-02T10:00:00+09:00"), true);
            handled(sender, 50, OffsetDateTime.parse("2024-02-01T10:00:00+09:00"), false);
            // answered after the third quarter, and received but never answered: neither counts on 30 September
            for (int i = 0; i < 3; i++) {
                Grievance late = grievance(OffsetDateTime.parse("2024-09-20T10:00:00+09:00"));
                late.answer(OffsetDateTime.parse("2024-10-02T10:00:00+09:00"), "ACCEPTED");
                sender.send(late, late.event("grievance.answered", late.answeredAt));
                Grievance open = grievance(OffsetDateTime.parse("2024-05-20T10:00:00+09:00"));
                sender.send(open, open.event("grievance.received", open.receivedAt));
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                Api.get(base + "/status?year=2024&quarter=3").statusCode(200)
                        .body("rows.find { it.year == 2023 }.actual", equalTo(62))
                        .body("rows.find { it.year == 2024 }.actual", equalTo(50)));
        programme = id;
    }

    private static Grievance grievance(OffsetDateTime receivedAt) {
        Grievance g = new Grievance(receivedAt);
        g.category = CATEGORY;
        g.businessNumber = "2208162517";
        g.departmentId = "ENTERPRISE_ECONOMY";
        return g;
    }

    /** {@code count} grievances of the year answered, a third of them then closed with a rating. */
    private static void handled(GrievanceEventSender sender, int count, OffsetDateTime first, boolean viaLifecycle) {
        for (int i = 0; i < count; i++) {
            Grievance g = grievance(first.plusDays(i * 2L));
            if (viaLifecycle) {
                sender.send(g, g.event("grievance.received", g.receivedAt));
                g.status = "ASSIGNED";
                sender.send(g, g.event("grievance.assigned", g.receivedAt.plusHours(1)));
            }
            g.answer(g.receivedAt.plusDays(5), "ACCEPTED");
            sender.send(g, g.event("grievance.answered", g.answeredAt));
            if (i % 3 == 0) {
                g.close(g.answeredAt.plusDays(3), 5);
                sender.send(g, g.event("grievance.closed", g.closedAt));
            }
        }
    }

    private String base() {
        return "/api/reports/programmes/" + programme;
    }

    @Test
    void theReportFollowsTheSeedsSectionsAndFigures() {
        Api.get(base() + "/report?year=2024&quarter=3").statusCode(200)
                .body("title", equalTo("기업SOS 시스템 운영 2024년 3분기 이행 보고서"))
                .body("basis", equalTo("’24. 3분기 기준"))
                .body("asOf", equalTo("2024-09-30"))
                .body("overview.period", equalTo("2022~2026년 6월 (임기내)"))
                .body("overview.confirmationIndicators", contains("기업 애로 발굴 및 처리 실적"))
                .body("yearlyTargets.columns.label", contains("2023년", "2024년", "2025년", "2026년 6월"))
                .body("yearlyTargets.rows[0].values", contains(60, 65, 70, 75))
                .body("targetProgress.year", contains(2023, 2024))
                .body("targetProgress[0].actual", equalTo(62))
                .body("targetProgress[0].status.groupLabel", equalTo("완료"))
                .body("targetProgress[0].summary", equalTo("62건 처리"))
                .body("targetProgress[1].actual", equalTo(50))
                .body("targetProgress[1].status.code", equalTo("IN_PROGRESS_NORMAL"))
                .body("implementation.status.code", equalTo("COMPLETED_CONTINUING"))
                .body("implementation.status.label", equalTo("지속추진"))
                .body("implementation.rate", equalTo(100))
                .body("implementation.completionLabel", equalTo("2022년"))
                .body("achievements.label", contains("2022년", "2023년", "2024년 3분기"))
                .body("achievements[0].items", contains("▶ 찾아가는 기업SOS 기동반 : 9회"))
                .body("achievements[1].items", hasItem("▶ 기업SOS처리 실적 : 62건"))
                .body("achievements[2].items", contains("▶ 기업원스톱처리 회의 : 4회", "▶ 기업SOS처리 실적 : 50건"))
                .body("outreach.total.counts.MEETING_HEARING", equalTo(7))
                .body("outreach.total.counts.SATISFACTION_SURVEY", equalTo(2))
                .body("outreach.total.counts.PRESS", equalTo(4))
                .body("outreach.total.counts.SNS", equalTo(0))
                .body("outreach.total.total", equalTo(13))
                .body("futurePlan", contains("2024. 1. ~ 12. : 사업 추진"));
    }

    @Test
    void theReportReproducesSeed003sInvestmentAndExecutionTables() {
        Api.get(base() + "/report?year=2024&quarter=3").statusCode(200)
                .body("budget.unit", equalTo("백만원"))
                .body("budget.years.label", contains("2022", "2023", "2024", "2025", "2026.6"))
                .body("budget.total.total.planned", equalTo(898))
                .body("budget.total.total.secured", equalTo(884))
                .body("budget.total.total.executed", equalTo(753))
                .body("budget.total.byYear", hasSize(5))
                .body("budget.total.byYear[3]", nullValue())
                .body("budget.total.byYear[4]", nullValue())
                .body("budget.total.byYear.planned", contains(403, 229, 266))
                .body("budget.total.byYear.secured", contains(389, 229, 266))
                .body("budget.total.byYear.executed", contains(389, 229, 135))
                .body("budget.rows.label", contains("도비", "시비", "기타"))
                .body("budget.rows.total.planned", contains(339, 322, 237))
                .body("budget.rows.total.secured", contains(337, 319, 228))
                .body("budget.rows.total.executed", contains(285, 271, 197))
                .body("budget.total.total.executionRate", equalTo(85.2f));
    }

    @Test
    void theXlsxHoldsEveryFigureAsAValue() throws Exception {
        Response response = given().auth().oauth2(TestTokens.coordinator()).get(base() + "/report.xlsx?year=2024&quarter=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = response.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("기업SOS 시스템 운영_2024년_3분기_이행보고서.xlsx");

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Row> plan = rows(wb, "투자계획");
            assertThat(numbers(plan, "계")).containsExactly(898, 884, 403, 389, 229, 229, 266, 266);
            assertThat(numbers(plan, "도비")).containsExactly(339, 337, 140, 138, 91, 91, 108, 108);
            assertThat(numbers(plan, "시비")).containsExactly(322, 319, 134, 131, 89, 89, 99, 99);
            assertThat(numbers(plan, "기타")).containsExactly(237, 228, 129, 120, 49, 49, 59, 59);
            List<Row> execution = rows(wb, "집행실적");
            assertThat(numbers(execution, "계")).containsExactly(753, 389, 229, 135, 85); // 85.2% is the last cell
            assertThat(numbers(execution, "도비")).startsWith(285, 138, 91, 56);
            assertThat(numbers(execution, "시비")).startsWith(271, 131, 89, 51);
            assertThat(numbers(execution, "기타")).startsWith(197, 120, 49, 28);
            List<Row> targets = rows(wb, "연차별 목표");
            assertThat(targets.get(0).getCellText(5)).isEqualTo("2026년 6월");
            assertThat(numbers(targets, "기업SOS처리 실적")).containsExactly(60, 65, 70, 75);
            List<Row> progress = rows(wb, "목표달성");
            assertThat(progress.get(1).getCellAsNumber(3)).hasValue(new BigDecimal("62"));
            assertThat(progress.get(1).getCellText(6)).isEqualTo("완료");
            List<Row> outreach = rows(wb, "소통실적");
            assertThat(numbers(outreach, "계")).containsExactly(13, 7, 2, 0, 4, 0, 0);
        }
    }

    @Test
    void theHwpxOpensWithHwpxlibAndCarriesTheTablesFigures() throws Exception {
        Response response = given().auth().oauth2(TestTokens.coordinator()).get(base() + "/report.hwpx?year=2024&quarter=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains("filename*=UTF-8''");
        byte[] bytes = response.asByteArray();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/hwp+zip");
        }
        Path file = Files.createTempFile("report", ".hwpx");
        try {
            Files.write(file, bytes);
            HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
            TextMarks marks = new TextMarks();
            marks.paraSeparator("\n");
            marks.tableCellSeparator("|");
            marks.tableRowSeparator("\n");
            String text = TextExtractor.extract(hwpx, TextExtractMethod.InsertControlTextBetweenParagraphText, false, marks);
            assertThat(text).contains("기업SOS 시스템 운영 2024년 3분기 이행 보고서", "□ 연차별 목표", "□ 연차별 투자계획 및 집행",
                    "2026년 6월", "기업SOS처리 실적 (건)|60|65|70|75", "계|898|884|403|389|229|229|266|266",
                    "도비|339|337|140|138|91|91|108|108", "시비|322|319|134|131|89|89|99|99",
                    "기타|237|228|129|120|49|49|59|59", "계|753|389|229|135", "도비|285|138|91|56", "시비|271|131|89|51",
                    "기타|197|120|49|28", "지속추진", "100%", "▶ 기업SOS처리 실적 : 62건");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theJsonOfAQuarterBeforeTheGrievancesCountsOnlyWhatWasHandledByThen() {
        Api.get(base() + "/report?year=2023&quarter=1").statusCode(200)
                .body("asOf", equalTo("2023-03-31"))
                .body("targetProgress[0].year", equalTo(2023))
                .body("targetProgress[0].actual", org.hamcrest.Matchers.lessThan(62))
                .body("outreach.total.total", equalTo(0))
                .body("achievements.label", contains("2022년", "2023년 1분기"));
    }

    @Test
    void aReportYearOutsideThePeriodOrABadQuarterIsRefused() {
        Api.get(base() + "/report?year=2030&quarter=1").statusCode(400).body("errors[0].field", equalTo("year"));
        Api.get(base() + "/report?year=2024&quarter=5").statusCode(400).body("errors[0].field", equalTo("quarter"));
        Api.get(base() + "/report.xlsx?year=2024&quarter=0").statusCode(400)
                .body("detail", containsString("분기"));
    }

    private static List<Row> rows(ReadableWorkbook wb, String sheet) throws Exception {
        Sheet s = wb.findSheet(sheet).orElseThrow();
        return s.read();
    }

    /** The numeric cells of the row whose first cell is {@code label}, left to right. */
    private static List<Integer> numbers(List<Row> rows, String label) {
        Row row = rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow();
        java.util.ArrayList<Integer> values = new java.util.ArrayList<>();
        for (int c = 1; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getType() == CellType.NUMBER) {
                values.add(cell.asNumber().intValue());
            }
        }
        return values;
    }
}
