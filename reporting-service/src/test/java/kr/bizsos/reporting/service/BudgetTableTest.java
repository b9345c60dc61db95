package kr.bizsos.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.demo.DemoProgrammes;
import kr.bizsos.reporting.service.BudgetTable.Amounts;
import kr.bizsos.reporting.service.BudgetTable.Column;
import kr.bizsos.reporting.service.BudgetTable.Row;
import org.junit.jupiter.api.Test;

class BudgetTableTest {

    private static final List<Column> YEARS = List.of(new Column(2022, "2022"), new Column(2023, "2023"),
            new Column(2024, "2024"), new Column(2025, "2025"), new Column(2026, "2026.6"));

    private static BudgetTable seed003() {
        List<BudgetLine> lines = DemoProgrammes.seed003Budget().stream().map(r -> {
            BudgetLine l = new BudgetLine();
            l.id = UUID.randomUUID();
            l.year = r.year();
            l.fundingSource = r.fundingSource();
            l.planned = r.planned();
            l.secured = r.secured();
            l.executed = r.executed();
            return l;
        }).toList();
        return BudgetTable.of(lines, YEARS);
    }

    @Test
    void seed003sInvestmentPlanAndSecuredTableAddsUp() {
        BudgetTable t = seed003();
        assertThat(t.total().total()).isEqualTo(Amounts.of(898, 884, 753));
        assertThat(t.rows()).extracting(Row::label).containsExactly("도비", "시비", "기타");
        assertThat(t.rows()).extracting(r -> r.total().planned()).containsExactly(339L, 322L, 237L);
        assertThat(t.rows()).extracting(r -> r.total().secured()).containsExactly(337L, 319L, 228L);
        assertThat(t.total().byYear()).extracting(a -> a == null ? null : a.planned()).containsExactly(403L, 229L, 266L, null, null);
        assertThat(t.total().byYear()).extracting(a -> a == null ? null : a.secured()).containsExactly(389L, 229L, 266L, null, null);
    }

    @Test
    void seed003sExecutionTableAddsUp() {
        BudgetTable t = seed003();
        assertThat(t.total().byYear()).extracting(a -> a == null ? null : a.executed()).containsExactly(389L, 229L, 135L, null, null);
        assertThat(t.rows()).extracting(r -> r.total().executed()).containsExactly(285L, 271L, 197L);
        assertThat(t.rows().get(0).byYear()).extracting(a -> a == null ? null : a.executed()).containsExactly(138L, 91L, 56L, null, null);
        assertThat(t.total().total().executionRate()).isEqualByComparingTo(new BigDecimal("85.2")); // 753 / 884
    }

    @Test
    void everyTotalIsTheSumOfItsCells() {
        BudgetTable t = seed003();
        for (int y = 0; y < YEARS.size(); y++) {
            int year = y;
            long sum = t.rows().stream().mapToLong(r -> r.byYear().get(year) == null ? 0 : r.byYear().get(year).executed()).sum();
            assertThat(t.total().byYear().get(y) == null ? 0 : t.total().byYear().get(y).executed()).isEqualTo(sum);
        }
    }

    @Test
    void noLinesGiveZeroTotalsAndNoRows() {
        BudgetTable t = BudgetTable.of(List.of(), YEARS);
        assertThat(t.rows()).isEmpty();
        assertThat(t.total().total()).isEqualTo(Amounts.of(0, 0, 0));
        assertThat(t.total().total().executionRate()).isNull();
    }
}
