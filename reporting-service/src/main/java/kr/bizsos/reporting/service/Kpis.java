package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.service.ProgrammeFigures.Figures;
import kr.bizsos.reporting.service.ProgrammeFigures.IndicatorYear;
import kr.bizsos.reporting.service.ProgrammeFigures.StatusView;

/** The dashboard's KPI cards: every programme indicator's target and actual of a year, as of a date. */
@ApplicationScoped
public class Kpis {

    /**
     * One card. {@code progress} is the achievement rate capped at 100 for a progress bar;
     * {@code programmeStatus} is the programme's 이행구분 (override included).
     */
    public record Card(UUID programmeId, String programme, String department, UUID indicatorId, String indicator,
            String unit, String source, int year, String targetLabel, Long target, Long actual,
            BigDecimal achievementRate, BigDecimal progress, StatusView status, StatusView programmeStatus,
            Integer implementationRate) {
    }

    private final ProgrammeFigures figures;

    Kpis(ProgrammeFigures figures) {
        this.figures = figures;
    }

    public List<Card> cards(int year, Integer quarter) {
        LocalDate asOf = quarter == null ? ProgrammeFigures.asOfYear(year) : ProgrammeFigures.asOfQuarter(year, quarter);
        List<Card> cards = new ArrayList<>();
        for (Programme p : Programme.<Programme>list("order by name")) {
            if (!p.covers(year)) {
                continue;
            }
            Figures f = figures.of(p, asOf);
            for (IndicatorYear r : f.rows()) {
                if (r.year() != year) {
                    continue;
                }
                BigDecimal progress = r.achievementRate() == null ? null
                        : r.achievementRate().min(BigDecimal.valueOf(100)).setScale(1);
                cards.add(new Card(p.id, p.name, p.department, r.indicatorId(), r.indicator(), r.unit(), r.source(),
                        year, r.yearLabel(), r.target(), r.actual(), r.achievementRate(), progress, r.status(),
                        f.verdict().status(), f.verdict().rate()));
            }
        }
        return cards;
    }
}
