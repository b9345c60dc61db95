package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.FundingSource;
import kr.bizsos.reporting.Outcome;
import kr.bizsos.reporting.OutreachEntry;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeActivity;
import kr.bizsos.reporting.service.Requests.ActivityRequest;
import kr.bizsos.reporting.service.Requests.AmountsRequest;
import kr.bizsos.reporting.service.Requests.BudgetLineRequest;
import kr.bizsos.reporting.service.Requests.OutcomeRequest;
import kr.bizsos.reporting.service.Requests.OutreachRequest;

/** What staff enter for a programme besides targets: budget lines, outreach, outcomes, 추진실적 lines. */
@ApplicationScoped
public class ProgrammeData {

    private final Programmes programmes;

    ProgrammeData(Programmes programmes) {
        this.programmes = programmes;
    }

    /** Replaces all budget lines of the programme; checked in full before anything is written. */
    @Transactional
    public List<BudgetLine> replaceBudget(UUID programmeId, List<BudgetLineRequest> lines) {
        Programme programme = programmes.find(programmeId);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLineRequest line = lines.get(i);
            Programmes.checkYear(programme, "lines[" + i + "].year", line.year());
            if (!seen.add(line.year() + ":" + line.fundingSource())) {
                throw ProblemException.invalid("lines[" + i + "]", line.year() + "년 " + line.fundingSource().label()
                        + " 항목이 두 번 있습니다.");
            }
        }
        BudgetLine.delete("programmeId", programmeId);
        return lines.stream().map(l -> write(newLine(programmeId, l.year(), l.fundingSource()), l)).toList();
    }

    /** Creates or replaces the line of one year and 재원. */
    @Transactional
    public BudgetLine putBudgetLine(UUID programmeId, int year, FundingSource source, AmountsRequest request) {
        Programme programme = programmes.find(programmeId);
        Programmes.checkYear(programme, "year", year);
        BudgetLine line = BudgetLine.<BudgetLine>find("programmeId = ?1 and year = ?2 and fundingSource = ?3",
                programmeId, year, source).firstResultOptional().orElseGet(() -> newLine(programmeId, year, source));
        return write(line, new BudgetLineRequest(year, source, request.planned(), request.secured(), request.executed()));
    }

    @Transactional
    public void deleteBudgetLine(UUID programmeId, int year, FundingSource source) {
        programmes.find(programmeId);
        BudgetLine.delete("programmeId = ?1 and year = ?2 and fundingSource = ?3", programmeId, year, source);
    }

    @Transactional
    public OutreachEntry addOutreach(UUID programmeId, OutreachRequest request) {
        Programme programme = programmes.find(programmeId);
        Programmes.checkYear(programme, "year", request.year());
        if (request.heldOn() != null && request.heldOn().getYear() != request.year()) {
            throw ProblemException.invalid("heldOn", "일자가 " + request.year() + "년이 아닙니다.");
        }
        OutreachEntry entry = new OutreachEntry();
        entry.id = UUID.randomUUID();
        entry.programmeId = programmeId;
        entry.year = request.year();
        entry.quarter = request.quarter() != null ? request.quarter()
                : request.heldOn() != null ? (request.heldOn().getMonthValue() - 1) / 3 + 1 : null;
        entry.type = request.type();
        entry.count = request.count();
        entry.title = Programmes.blankToNull(request.title());
        entry.heldOn = request.heldOn();
        entry.createdAt = Programmes.now();
        entry.persist();
        return entry;
    }

    @Transactional
    public void deleteOutreach(UUID programmeId, UUID entryId) {
        programmes.find(programmeId);
        if (OutreachEntry.delete("id = ?1 and programmeId = ?2", entryId, programmeId) == 0) {
            throw ProblemException.notFound("해당 소통 실적을 찾을 수 없습니다.");
        }
    }

    /** Creates or replaces the value of one metric in one year. */
    @Transactional
    public Outcome putOutcome(UUID programmeId, OutcomeRequest request) {
        Programme programme = programmes.find(programmeId);
        Programmes.checkYear(programme, "year", request.year());
        String metric = request.metric().strip();
        Outcome outcome = Outcome.<Outcome>find("programmeId = ?1 and year = ?2 and metric = ?3", programmeId,
                request.year(), metric).firstResultOptional().orElseGet(() -> {
                    Outcome o = new Outcome();
                    o.id = UUID.randomUUID();
                    o.programmeId = programmeId;
                    o.year = request.year();
                    o.metric = metric;
                    return o;
                });
        outcome.unit = request.unit().strip();
        outcome.value = request.value();
        outcome.note = Programmes.blankToNull(request.note());
        outcome.persist();
        return outcome;
    }

    @Transactional
    public void deleteOutcome(UUID programmeId, UUID outcomeId) {
        programmes.find(programmeId);
        if (Outcome.delete("id = ?1 and programmeId = ?2", outcomeId, programmeId) == 0) {
            throw ProblemException.notFound("해당 성과를 찾을 수 없습니다.");
        }
    }

    @Transactional
    public ProgrammeActivity addActivity(UUID programmeId, ActivityRequest request) {
        Programme programme = programmes.find(programmeId);
        Programmes.checkYear(programme, "year", request.year());
        ProgrammeActivity activity = new ProgrammeActivity();
        activity.id = UUID.randomUUID();
        activity.programmeId = programmeId;
        activity.year = request.year();
        activity.quarter = request.quarter();
        activity.text = request.text().strip();
        activity.sortOrder = (int) ProgrammeActivity.count("programmeId = ?1 and year = ?2", programmeId, request.year());
        activity.createdAt = Programmes.now();
        activity.persist();
        return activity;
    }

    @Transactional
    public void deleteActivity(UUID programmeId, UUID activityId) {
        programmes.find(programmeId);
        if (ProgrammeActivity.delete("id = ?1 and programmeId = ?2", activityId, programmeId) == 0) {
            throw ProblemException.notFound("해당 추진실적을 찾을 수 없습니다.");
        }
    }

    private static BudgetLine newLine(UUID programmeId, int year, FundingSource source) {
        BudgetLine line = new BudgetLine();
        line.id = UUID.randomUUID();
        line.programmeId = programmeId;
        line.year = year;
        line.fundingSource = source;
        return line;
    }

    private static BudgetLine write(BudgetLine line, BudgetLineRequest request) {
        line.planned = request.planned();
        line.secured = request.secured();
        line.executed = request.executed();
        line.persist();
        return line;
    }
}
