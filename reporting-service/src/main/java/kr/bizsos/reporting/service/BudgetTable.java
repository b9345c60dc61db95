package kr.bizsos.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.FundingSource;

/**
 * 연차별 투자계획 및 집행 in 백만원, computed from the entered lines and never stored: a row per
 * 재원 that has lines (in the seeds' order), headed by the 계 row; a column per programme year,
 * headed by the 계 column. Each cell is planned / secured / executed; a year without lines is
 * null (the seeds leave it blank), a total is always a number.
 */
public record BudgetTable(String unit, List<Column> years, Row total, List<Row> rows) {

    public static final String UNIT = "백만원";

    /** A year column; its label is 2026.6 when the programme ends before December of that year. */
    public record Column(int year, String label) {
    }

    /** 계획 · 확보 · 집행 with 확보율 (secured ÷ planned) and 집행률 (executed ÷ secured), in percent. */
    public record Amounts(long planned, long secured, long executed, BigDecimal securedRate, BigDecimal executionRate) {

        static final Amounts ZERO = of(0, 0, 0);

        public static Amounts of(long planned, long secured, long executed) {
            return new Amounts(planned, secured, executed, percent(secured, planned), percent(executed, secured));
        }

        Amounts plus(Amounts o) {
            return of(planned + o.planned, secured + o.secured, executed + o.executed);
        }
    }

    /** A 재원 (or the 계 row, source "TOTAL"): its totals over the years and its cell per year. */
    public record Row(String source, String label, Amounts total, List<Amounts> byYear) {
    }

    public static BudgetTable of(List<BudgetLine> lines, List<Column> years) {
        Map<FundingSource, Amounts[]> cells = new LinkedHashMap<>();
        for (FundingSource source : FundingSource.values()) {
            cells.put(source, new Amounts[years.size()]);
        }
        Amounts[] totals = new Amounts[years.size()];
        for (BudgetLine line : lines) {
            int column = indexOf(years, line.year);
            if (column < 0) {
                continue;
            }
            Amounts amounts = Amounts.of(line.planned, line.secured, line.executed);
            Amounts[] row = cells.get(line.fundingSource);
            row[column] = row[column] == null ? amounts : row[column].plus(amounts);
            totals[column] = totals[column] == null ? amounts : totals[column].plus(amounts);
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((source, row) -> {
            if (Arrays.stream(row).anyMatch(a -> a != null)) {
                rows.add(new Row(source.name(), source.label(), sum(row), Arrays.asList(row)));
            }
        });
        return new BudgetTable(UNIT, years, new Row("TOTAL", "계", sum(totals), Arrays.asList(totals)), rows);
    }

    private static int indexOf(List<Column> years, int year) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).year() == year) {
                return i;
            }
        }
        return -1;
    }

    private static Amounts sum(Amounts[] row) {
        Amounts total = Amounts.ZERO;
        for (Amounts a : row) {
            if (a != null) {
                total = total.plus(a);
            }
        }
        return total;
    }

    static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
