package kr.bizsos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kr.bizsos.reporting.demo.DemoProgrammes;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoProgrammesTest {

    @Inject
    DemoProgrammes demo;

    private static String idOf(String code) {
        return Api.get("/api/reports/programmes").statusCode(200).extract().path("find { it.code == '" + code + "' }.id");
    }

    @Test
    void theSeedsProgrammesAreMadeOnceWithTheirFigures() {
        demo.ensurePresent();
        assertThat(demo.ensurePresent()).isZero();

        String sos = idOf(DemoProgrammes.BIZ_SOS);
        Api.get("/api/reports/programmes/" + sos).statusCode(200)
                .body("department", equalTo("기업경제과 기업SOS팀"))
                .body("indicators[0].targets.value", contains(60, 65, 70, 75))
                .body("indicators[0].targets[3].label", equalTo("2026년 6월"))
                .body("indicators[0].source.statuses", contains("ANSWERED", "CLOSED"));
        Api.get("/api/reports/programmes/" + sos + "/budget").statusCode(200)
                .body("table.total.total.planned", equalTo(898)).body("table.total.total.secured", equalTo(884))
                .body("table.total.total.executed", equalTo(753))
                .body("table.rows.total.executed", contains(285, 271, 197));
        Api.get("/api/reports/programmes/" + sos + "/report?year=2024&quarter=3").statusCode(200)
                .body("outreach.total.counts.MEETING_HEARING", equalTo(7))
                .body("outreach.total.counts.SATISFACTION_SURVEY", equalTo(2))
                .body("outreach.total.counts.PRESS", equalTo(4));

        String industry = idOf(DemoProgrammes.REGIONAL_INDUSTRY);
        Api.get("/api/reports/programmes/" + industry + "/outcomes").statusCode(200)
                .body("series.find { it.metric == '신규 고용' }.values.value", contains(221, 278))
                .body("series.find { it.metric == '신규 고용' }.values[1].change", equalTo(57))
                .body("series.find { it.metric == '사업화 매출' }.unit", equalTo("억원"))
                .body("series.find { it.metric == '사업화 매출' }.values[1].value", equalTo(691))
                .body("series.find { it.metric == '사업화 매출' }.values[1].change", equalTo(67));

        String field = idOf(DemoProgrammes.FIELD_STRATEGY);
        Api.get("/api/reports/programmes/" + field).statusCode(200)
                .body("department", equalTo("기업지원과"))
                .body("indicators[0].source.source", equalTo("MEETINGS_HELD"))
                .body("indicators[0].targets.value", contains(4, 4, 4, 4))
                .body("indicators[1].source.regularOnly", equalTo(true));
    }
}
