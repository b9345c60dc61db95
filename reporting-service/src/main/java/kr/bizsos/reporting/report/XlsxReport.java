package kr.bizsos.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kr.bizsos.reporting.report.ProgrammeReport.AchievementYear;
import kr.bizsos.reporting.report.ProgrammeReport.GridCell;
import kr.bizsos.reporting.report.ProgrammeReport.GridGroup;
import kr.bizsos.reporting.report.ProgrammeReport.MeetingLine;
import kr.bizsos.reporting.report.ProgrammeReport.OutcomeSeries;
import kr.bizsos.reporting.report.ProgrammeReport.OutcomeValue;
import kr.bizsos.reporting.report.ProgrammeReport.OutreachRow;
import kr.bizsos.reporting.report.ProgrammeReport.TargetProgress;
import kr.bizsos.reporting.report.ProgrammeReport.TargetRow;
import kr.bizsos.reporting.report.ProgrammeReport.TypeColumn;
import kr.bizsos.reporting.service.BudgetTable;
import kr.bizsos.reporting.service.BudgetTable.Amounts;
import kr.bizsos.reporting.service.BudgetTable.Row;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the 이행 보고서 as XLSX with fastexcel, one sheet per section. Every figure is written
 * as a number value (totals included, computed here), never only as a formula: fastexcel stores
 * formulas without results, so a reader that does not recalculate would see nothing.
 */
public final class XlsxReport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxReport() {
    }

    public static byte[] write(ProgrammeReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "bizsos", "1.0");
            overview(wb.newWorksheet("개요"), r);
            yearlyTargets(wb.newWorksheet("연차별 목표"), r);
            achievements(wb.newWorksheet("추진실적"), r);
            progress(wb.newWorksheet("목표달성"), r);
            outreach(wb.newWorksheet("소통실적"), r);
            plan(wb.newWorksheet("투자계획"), r.budget());
            execution(wb.newWorksheet("집행실적"), r.budget());
            outcomes(wb.newWorksheet("성과"), r.outcomes());
            lines(wb.newWorksheet("향후계획"), "향후계획", r.futurePlan(), "기대효과", r.expectedEffect());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void overview(Worksheet ws, ProgrammeReport r) {
        ws.width(0, 18);
        ws.width(1, 60);
        ws.value(0, 0, r.title());
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, r.basis());
        var o = r.overview();
        String[][] rows = {
                {"사업명", o.name()}, {"추진부서", o.department()}, {"담당자", join(o.manager(), o.managerPhone())},
                {"협조부서", o.cooperatingDepartments()}, {"성격", o.natureLabel()}, {"기간", o.period()},
                {"재원", o.fundingTypeLabel()}, {"실천목표", o.practiceGoal()}, {"추진상황", o.progressNote()},
                {"중앙정부 도움 필요성", o.centralSupport()}, {"사업주체", o.executor()}, {"최종목표", o.finalGoal()},
                {"확인지표", String.join(", ", o.confirmationIndicators())}};
        int row = 3;
        for (String[] pair : rows) {
            label(ws, row, 0, pair[0]);
            ws.value(row++, 1, pair[1] == null ? "" : pair[1]);
        }
        row++;
        label(ws, row, 0, "이행구분");
        ws.value(row, 1, r.implementation().status().groupLabel() + " · " + r.implementation().status().label());
        row++;
        label(ws, row, 0, "이행률(%)");
        if (r.implementation().rate() != null) {
            ws.value(row, 1, r.implementation().rate());
        }
        row++;
        label(ws, row, 0, "완료시기");
        ws.value(row++, 1, r.implementation().completionLabel() == null ? "" : r.implementation().completionLabel());
        if (r.implementation().overridden()) {
            label(ws, row, 0, "직접 지정 사유");
            ws.value(row++, 1, r.implementation().overrideReason());
        }
        int column = 0;
        int gridRow = row + 1;
        for (GridGroup group : r.implementation().grid()) {
            for (GridCell cell : group.statuses()) {
                label(ws, gridRow, column, group.label());
                label(ws, gridRow + 1, column, cell.label());
                ws.value(gridRow + 2, column, cell.checked() ? "○" : "");
                column++;
            }
        }
        row = gridRow + 4;
        label(ws, row++, 0, "사업개요");
        for (String line : o.overview()) {
            ws.value(row++, 1, line);
        }
    }

    private static void yearlyTargets(Worksheet ws, ProgrammeReport r) {
        ws.width(0, 30);
        label(ws, 0, 0, "구분");
        label(ws, 0, 1, "단위");
        var columns = r.yearlyTargets().columns();
        for (int c = 0; c < columns.size(); c++) {
            label(ws, 0, c + 2, columns.get(c).label());
        }
        int row = 1;
        for (TargetRow t : r.yearlyTargets().rows()) {
            ws.value(row, 0, t.name());
            ws.value(row, 1, t.unit());
            for (int c = 0; c < t.values().size(); c++) {
                number(ws, row, c + 2, t.values().get(c));
            }
            row++;
        }
    }

    private static void achievements(Worksheet ws, ProgrammeReport r) {
        ws.width(0, 16);
        ws.width(1, 70);
        label(ws, 0, 0, "구분");
        label(ws, 0, 1, "추진 실적");
        int row = 1;
        for (AchievementYear y : r.achievements()) {
            ws.value(row, 0, y.label());
            ws.style(row, 0).bold().set();
            for (String item : y.items()) {
                ws.value(row++, 1, item);
            }
            for (MeetingLine m : y.meetings()) {
                ws.value(row++, 1, "- " + m.heldOn() + " " + m.municipalityName() + " " + m.title());
            }
            if (y.items().isEmpty() && y.meetings().isEmpty()) {
                row++;
            }
        }
    }

    private static void progress(Worksheet ws, ProgrammeReport r) {
        String[] header = {"주요사업", "연도", "목표치", "실적", "단위", "달성률(%)", "추진상황", "이행구분", "추진내용"};
        for (int c = 0; c < header.length; c++) {
            label(ws, 0, c, header[c]);
        }
        ws.width(0, 30);
        int row = 1;
        for (TargetProgress t : r.targetProgress()) {
            ws.value(row, 0, t.indicator());
            ws.value(row, 1, t.yearLabel());
            number(ws, row, 2, t.target());
            number(ws, row, 3, t.actual());
            ws.value(row, 4, t.unit());
            number(ws, row, 5, t.achievementRate());
            ws.value(row, 6, t.status() == null ? "" : t.status().groupLabel());
            ws.value(row, 7, t.status() == null ? "" : t.status().label());
            ws.value(row, 8, t.summary());
            row++;
        }
    }

    private static void outreach(Worksheet ws, ProgrammeReport r) {
        label(ws, 0, 0, "구분");
        label(ws, 0, 1, "계");
        List<TypeColumn> types = r.outreach().types();
        for (int c = 0; c < types.size(); c++) {
            label(ws, 0, c + 2, types.get(c).label());
        }
        int row = 1;
        for (OutreachRow o : r.outreach().rows()) {
            outreachRow(ws, row++, o, types);
        }
        outreachRow(ws, row, r.outreach().total(), types);
    }

    private static void outreachRow(Worksheet ws, int row, OutreachRow o, List<TypeColumn> types) {
        ws.value(row, 0, o.label());
        ws.value(row, 1, o.total());
        Map<String, Long> counts = o.counts();
        for (int c = 0; c < types.size(); c++) {
            ws.value(row, c + 2, counts.getOrDefault(types.get(c).type(), 0L));
        }
    }

    /** 투자계획 및 확보실적: 구분 | 계 (계획, 확보) | each year (계획, 확보). */
    private static void plan(Worksheet ws, BudgetTable b) {
        ws.value(0, 0, "(단위: " + b.unit() + ")");
        label(ws, 1, 0, "구분");
        label(ws, 1, 1, "계");
        ws.range(1, 1, 1, 2).merge();
        for (int y = 0; y < b.years().size(); y++) {
            label(ws, 1, 3 + 2 * y, b.years().get(y).label());
            ws.range(1, 3 + 2 * y, 1, 4 + 2 * y).merge();
        }
        for (int c = 0; c <= b.years().size(); c++) {
            label(ws, 2, 1 + 2 * c, "계획");
            label(ws, 2, 2 + 2 * c, "확보");
        }
        int row = 3;
        for (Row line : rows(b)) {
            ws.value(row, 0, line.label());
            ws.value(row, 1, line.total().planned());
            ws.value(row, 2, line.total().secured());
            for (int y = 0; y < line.byYear().size(); y++) {
                Amounts a = line.byYear().get(y);
                if (a != null) {
                    ws.value(row, 3 + 2 * y, a.planned());
                    ws.value(row, 4 + 2 * y, a.secured());
                }
            }
            row++;
        }
    }

    /** 집행실적: 구분 | 계 | each year | 집행률(%). */
    private static void execution(Worksheet ws, BudgetTable b) {
        ws.value(0, 0, "(단위: " + b.unit() + ")");
        label(ws, 1, 0, "구분");
        label(ws, 1, 1, "계");
        for (int y = 0; y < b.years().size(); y++) {
            label(ws, 1, 2 + y, b.years().get(y).label());
        }
        int rateColumn = 2 + b.years().size();
        label(ws, 1, rateColumn, "집행률(%)");
        int row = 2;
        for (Row line : rows(b)) {
            ws.value(row, 0, line.label());
            ws.value(row, 1, line.total().executed());
            for (int y = 0; y < line.byYear().size(); y++) {
                Amounts a = line.byYear().get(y);
                if (a != null) {
                    ws.value(row, 2 + y, a.executed());
                }
            }
            number(ws, row, rateColumn, line.total().executionRate());
            row++;
        }
    }

    private static List<Row> rows(BudgetTable b) {
        List<Row> rows = new java.util.ArrayList<>();
        rows.add(b.total());
        rows.addAll(b.rows());
        return rows;
    }

    private static void outcomes(Worksheet ws, List<OutcomeSeries> outcomes) {
        String[] header = {"성과 항목", "단위", "연도", "값", "전년 대비"};
        for (int c = 0; c < header.length; c++) {
            label(ws, 0, c, header[c]);
        }
        int row = 1;
        for (OutcomeSeries s : outcomes) {
            for (OutcomeValue v : s.values()) {
                ws.value(row, 0, s.metric());
                ws.value(row, 1, s.unit());
                ws.value(row, 2, v.year());
                ws.value(row, 3, v.value());
                number(ws, row, 4, v.change());
                row++;
            }
        }
    }

    private static void lines(Worksheet ws, String first, List<String> firstLines, String second, List<String> secondLines) {
        ws.width(0, 90);
        int row = 0;
        label(ws, row++, 0, first);
        for (String line : firstLines) {
            ws.value(row++, 0, line);
        }
        row++;
        label(ws, row++, 0, second);
        for (String line : secondLines) {
            ws.value(row++, 0, line);
        }
    }

    private static void label(Worksheet ws, int row, int column, String text) {
        ws.value(row, column, text);
        ws.style(row, column).bold().fillColor("E7EEF7").horizontalAlignment("center").set();
    }

    private static void number(Worksheet ws, int row, int column, Number value) {
        if (value instanceof BigDecimal d) {
            ws.value(row, column, d);
        } else if (value != null) {
            ws.value(row, column, value);
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + " (☎" + b + ")";
    }
}
