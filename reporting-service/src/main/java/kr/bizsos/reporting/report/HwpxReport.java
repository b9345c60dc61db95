package kr.bizsos.reporting.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineWidth;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.borderfill.Border;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
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

/**
 * Writes the 이행 보고서 as HWPX (한글) with hwpxlib: headings and paragraphs in the seeds'
 * order, and the grid, target, progress, outreach, investment and execution tables as real
 * tables with solid borders. hwpxlib needs every table attribute set by hand, and the blank's
 * border styles draw no lines, so a solid one is added to the header. The package is rewritten
 * with {@code mimetype} stored uncompressed as its first entry, as the format expects.
 */
public final class HwpxReport {

    public static final String MEDIA_TYPE = "application/hwp+zip";

    /** A4 width minus the blank's left and right margins, in HWPUNIT. */
    private static final long TEXT_WIDTH = 42520;
    private static final long ROW_HEIGHT = 1800;
    private static final String NORMAL = "0";

    private final HWPXFile file;
    private final SectionXMLFile section;
    private final String border;
    private final String bold;
    private final String title;
    private final AtomicLong ids = new AtomicLong(1_000_000);

    private HwpxReport() {
        file = BlankFileMaker.make();
        section = file.sectionXMLFileList().get(0);
        RefList refs = file.headerXMLFile().refList();
        border = solidBorder(refs);
        bold = boldChar(refs, "bold", 1000);
        title = boldChar(refs, "title", 1500);
    }

    public static byte[] write(ProgrammeReport r) {
        HwpxReport doc = new HwpxReport();
        doc.render(r);
        try {
            return storedMimetypeFirst(HWPXWriter.toBytes(doc.file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("HWPX could not be written", e);
        }
    }

    private void render(ProgrammeReport r) {
        var o = r.overview();
        para(r.title(), title);
        para(r.basis() + " · " + o.department() + (o.manager() == null ? "" : " " + o.manager())
                + (o.managerPhone() == null ? "" : " ☎" + o.managerPhone()), NORMAL);

        heading("□ 사업구분 및 이행구분");
        List<String> header1 = new ArrayList<>(List.of("성격", "기간", "재원"));
        List<String> header2 = new ArrayList<>(List.of("", "", ""));
        List<String> marks = new ArrayList<>(List.of(o.natureLabel(), o.period(), o.fundingTypeLabel()));
        for (GridGroup group : r.implementation().grid()) {
            for (GridCell cell : group.statuses()) {
                header1.add(group.label());
                header2.add(cell.label());
                marks.add(cell.checked() ? "○" : "");
            }
        }
        header1.add("이행률");
        header2.add("");
        marks.add(r.implementation().rate() == null ? "-" : r.implementation().rate() + "%");
        header1.add("완료시기");
        header2.add("");
        marks.add(r.implementation().completionLabel() == null ? "" : r.implementation().completionLabel());
        table(List.of(header1, header2, marks));
        if (r.implementation().overridden()) {
            para("※ 이행구분 직접 지정 사유: " + r.implementation().overrideReason(), NORMAL);
        }

        if (o.finalGoal() != null) {
            heading("□ 최종목표");
            para(o.finalGoal(), NORMAL);
        }

        heading("□ 연차별 목표");
        List<List<String>> targets = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("구분"));
        r.yearlyTargets().columns().forEach(c -> head.add(c.label()));
        targets.add(head);
        for (TargetRow t : r.yearlyTargets().rows()) {
            List<String> row = new ArrayList<>(List.of(t.name() + " (" + t.unit() + ")"));
            t.values().forEach(v -> row.add(v == null ? "" : String.valueOf(v)));
            targets.add(row);
        }
        table(targets);

        if (!o.confirmationIndicators().isEmpty()) {
            heading("□ 확인지표");
            o.confirmationIndicators().forEach(c -> para("- " + c, NORMAL));
        }
        if (!o.overview().isEmpty()) {
            heading("□ 사업개요");
            o.overview().forEach(line -> para("◦ " + line, NORMAL));
        }

        heading("□ 추진실적");
        for (AchievementYear y : r.achievements()) {
            para("◦ " + y.label(), bold);
            y.items().forEach(item -> para("  " + item, NORMAL));
            for (MeetingLine m : y.meetings()) {
                para("  - " + m.heldOn().getMonthValue() + "." + m.heldOn().getDayOfMonth() + ". "
                        + m.municipalityName() + " : " + m.title(), NORMAL);
            }
        }

        heading("□ 현재까지 목표달성");
        List<List<String>> progress = new ArrayList<>();
        progress.add(List.of("주요사업", "연도", "목표치", "실적", "달성률", "추진상황", "추진내용"));
        for (TargetProgress t : r.targetProgress()) {
            progress.add(List.of(t.indicator(), t.yearLabel(), t.target() + t.unit(),
                    t.actual() == null ? "-" : t.actual() + t.unit(),
                    t.achievementRate() == null ? "-" : t.achievementRate() + "%",
                    t.status() == null ? "" : t.status().groupLabel(), t.summary()));
        }
        table(progress);

        heading("□ 도민(시민)소통 실적");
        List<List<String>> outreach = new ArrayList<>();
        List<String> outreachHead = new ArrayList<>(List.of("구분", "계"));
        r.outreach().types().forEach(t -> outreachHead.add(t.label()));
        outreach.add(outreachHead);
        for (OutreachRow row : r.outreach().rows()) {
            outreach.add(outreachRow(row, r.outreach().types()));
        }
        outreach.add(outreachRow(r.outreach().total(), r.outreach().types()));
        table(outreach);

        heading("□ 연차별 투자계획 및 집행");
        BudgetTable b = r.budget();
        para("【투자계획 및 확보실적】 (단위: " + b.unit() + ")", bold);
        List<List<String>> plan = new ArrayList<>();
        List<String> planHead = new ArrayList<>(List.of("구분", "계", ""));
        List<String> planSub = new ArrayList<>(List.of("", "계획", "확보"));
        b.years().forEach(c -> {
            planHead.add(c.label());
            planHead.add("");
            planSub.add("계획");
            planSub.add("확보");
        });
        plan.add(planHead);
        plan.add(planSub);
        for (BudgetTable.Row line : budgetRows(b)) {
            List<String> row = new ArrayList<>(List.of(line.label(), amount(line.total().planned()),
                    amount(line.total().secured())));
            for (Amounts a : line.byYear()) {
                row.add(a == null ? "" : amount(a.planned()));
                row.add(a == null ? "" : amount(a.secured()));
            }
            plan.add(row);
        }
        table(plan);
        para("【집행실적】 (단위: " + b.unit() + ")", bold);
        List<List<String>> execution = new ArrayList<>();
        List<String> executionHead = new ArrayList<>(List.of("구분", "계"));
        b.years().forEach(c -> executionHead.add(c.label()));
        executionHead.add("집행률");
        execution.add(executionHead);
        for (BudgetTable.Row line : budgetRows(b)) {
            List<String> row = new ArrayList<>(List.of(line.label(), amount(line.total().executed())));
            for (Amounts a : line.byYear()) {
                row.add(a == null ? "" : amount(a.executed()));
            }
            row.add(line.total().executionRate() == null ? "-" : line.total().executionRate() + "%");
            execution.add(row);
        }
        table(execution);

        if (!r.outcomes().isEmpty()) {
            heading("□ 성과");
            for (OutcomeSeries s : r.outcomes()) {
                for (OutcomeValue v : s.values()) {
                    para("◦ " + v.year() + "년 " + s.metric() + " " + String.format("%,d", v.value()) + s.unit()
                            + (v.change() == null ? "" : " (전년 대비 " + (v.change() >= 0 ? "+" : "")
                                    + String.format("%,d", v.change()) + s.unit() + ")"), NORMAL);
                }
            }
        }

        heading("□ 향후계획");
        r.futurePlan().forEach(line -> para("◦ " + line, NORMAL));
        if (!r.expectedEffect().isEmpty()) {
            para("<기대효과>", bold);
            r.expectedEffect().forEach(line -> para("◦ " + line, NORMAL));
        }
    }

    private static List<String> outreachRow(OutreachRow row, List<TypeColumn> types) {
        List<String> cells = new ArrayList<>(List.of(row.label(), dash(row.total())));
        types.forEach(t -> cells.add(dash(row.counts().getOrDefault(t.type(), 0L))));
        return cells;
    }

    private static List<BudgetTable.Row> budgetRows(BudgetTable b) {
        List<BudgetTable.Row> rows = new ArrayList<>();
        rows.add(b.total());
        rows.addAll(b.rows());
        return rows;
    }

    /** The seeds write a zero count as "-". */
    private static String dash(long n) {
        return n == 0 ? "-" : String.valueOf(n);
    }

    private static String amount(long n) {
        return String.format("%,d", n);
    }

    private void heading(String text) {
        para("", NORMAL);
        para(text, bold);
    }

    private void para(String text, String charPr) {
        Para para = section.addNewPara();
        fill(para, text, charPr);
    }

    private void fill(Para para, String text, String charPr) {
        para.idAnd(String.valueOf(ids.incrementAndGet())).paraPrIDRefAnd("0").styleIDRefAnd("0")
                .pageBreakAnd(false).columnBreakAnd(false).mergedAnd(false);
        Run run = para.addNewRun();
        run.charPrIDRef(charPr);
        run.addNewT().addText(text == null ? "" : text);
    }

    /** A table with equal columns and solid borders; the first row is the header (bold). */
    private void table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        long cellWidth = TEXT_WIDTH / columns;
        Para holder = section.addNewPara();
        holder.idAnd(String.valueOf(ids.incrementAndGet())).paraPrIDRefAnd("0").styleIDRefAnd("0")
                .pageBreakAnd(false).columnBreakAnd(false).mergedAnd(false);
        Run run = holder.addNewRun();
        run.charPrIDRef(NORMAL);
        Table table = run.addNewTable();
        table.idAnd(String.valueOf(ids.incrementAndGet())).zOrderAnd(0).numberingTypeAnd(NumberingType.TABLE)
                .textWrapAnd(TextWrapMethod.TOP_AND_BOTTOM).textFlowAnd(TextFlowSide.BOTH_SIDES).lockAnd(false)
                .dropcapstyleAnd(DropCapStyle.None).pageBreakAnd(TablePageBreak.CELL).repeatHeaderAnd(true)
                .rowCntAnd((short) rows.size()).colCntAnd((short) columns).cellSpacingAnd(0)
                .borderFillIDRefAnd(border).noAdjustAnd(false);
        table.createSZ();
        table.sz().widthAnd(cellWidth * columns).widthRelToAnd(WidthRelTo.ABSOLUTE)
                .heightAnd(ROW_HEIGHT * rows.size()).heightRelToAnd(HeightRelTo.ABSOLUTE).protectAnd(false);
        table.createPos();
        table.pos().treatAsCharAnd(true).affectLSpacingAnd(false).flowWithTextAnd(true).allowOverlapAnd(false)
                .holdAnchorAndSOAnd(false).vertRelToAnd(VertRelTo.PARA).horzRelToAnd(HorzRelTo.COLUMN)
                .vertAlignAnd(VertAlign.TOP).horzAlignAnd(HorzAlign.LEFT).vertOffsetAnd(0L).horzOffsetAnd(0L);
        table.createOutMargin();
        table.outMargin().set(283L, 283L, 283L, 283L);
        table.createInMargin();
        table.inMargin().set(510L, 510L, 141L, 141L);
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = table.addNewTr();
            List<String> cells = rows.get(r);
            for (int c = 0; c < columns; c++) {
                Tc tc = tr.addNewTc();
                tc.nameAnd("").headerAnd(r == 0).hasMarginAnd(false).protectAnd(false).editableAnd(false)
                        .dirtyAnd(false).borderFillIDRefAnd(border);
                tc.createSubList();
                SubList sub = tc.subList();
                sub.idAnd("").textDirectionAnd(TextDirection.HORIZONTAL).lineWrapAnd(LineWrapMethod.BREAK)
                        .vertAlignAnd(VerticalAlign2.CENTER).linkListIDRefAnd("0").linkListNextIDRefAnd("0")
                        .textWidthAnd(0).textHeightAnd(0).hasTextRefAnd(false).hasNumRefAnd(false);
                fill(sub.addNewPara(), c < cells.size() ? cells.get(c) : "", r == 0 ? bold : NORMAL);
                tc.createCellAddr();
                tc.cellAddr().colAddrAnd((short) c).rowAddrAnd((short) r);
                tc.createCellSpan();
                tc.cellSpan().colSpanAnd((short) 1).rowSpanAnd((short) 1);
                tc.createCellSz();
                tc.cellSz().set(cellWidth, ROW_HEIGHT);
                tc.createCellMargin();
                tc.cellMargin().set(510L, 510L, 141L, 141L);
            }
        }
        run.addNewT();
    }

    /** The blank's border fills draw no lines: add a copy whose four sides are solid. */
    private static String solidBorder(RefList refs) {
        BorderFill solid = refs.borderFills().get(0).clone();
        String id = String.valueOf(refs.borderFills().count() + 1);
        solid.id(id);
        for (Border side : List.of(solid.leftBorder(), solid.rightBorder(), solid.topBorder(), solid.bottomBorder())) {
            side.type(LineType2.SOLID);
            side.width(LineWidth.MM_0_12);
            side.color("#000000");
        }
        refs.borderFills().add(solid);
        return id;
    }

    private static String boldChar(RefList refs, String what, int height) {
        CharPr charPr = refs.charProperties().get(0).clone();
        String id = String.valueOf(refs.charProperties().count());
        charPr.id(id);
        charPr.height(height);
        charPr.createBold();
        refs.charProperties().add(charPr);
        return id;
    }

    /** Rewrites the package with mimetype first and stored, the way OCF containers (and 한글) expect. */
    static byte[] storedMimetypeFirst(byte[] zip) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        byte[] mimetype = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if ("mimetype".equals(e.getName())) {
                    mimetype = data;
                } else {
                    entries.add(new ZipEntry(e.getName()));
                    contents.add(data);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 64);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            if (mimetype != null) {
                ZipEntry m = new ZipEntry("mimetype");
                m.setMethod(ZipEntry.STORED);
                m.setSize(mimetype.length);
                m.setCompressedSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                m.setCrc(crc.getValue());
                z.putNextEntry(m);
                z.write(mimetype);
                z.closeEntry();
            }
            for (int i = 0; i < entries.size(); i++) {
                z.putNextEntry(entries.get(i));
                z.write(contents.get(i));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
