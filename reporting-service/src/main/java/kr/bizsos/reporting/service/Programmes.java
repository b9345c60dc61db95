package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.reporting.BudgetLine;
import kr.bizsos.reporting.Indicator;
import kr.bizsos.reporting.IndicatorActual;
import kr.bizsos.reporting.IndicatorSource;
import kr.bizsos.reporting.IndicatorTarget;
import kr.bizsos.reporting.Outcome;
import kr.bizsos.reporting.OutreachEntry;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeActivity;
import kr.bizsos.reporting.SourceType;
import kr.bizsos.reporting.StatusOverride;
import kr.bizsos.reporting.service.Requests.ActualRequest;
import kr.bizsos.reporting.service.Requests.IndicatorRequest;
import kr.bizsos.reporting.service.Requests.OverrideRequest;
import kr.bizsos.reporting.service.Requests.ProgrammeRequest;
import kr.bizsos.reporting.service.Requests.TargetRequest;

/**
 * Programmes, their indicators, yearly targets, manual actuals and 이행구분 overrides. Every
 * check runs before the first write, and each method is one transaction: on any error nothing
 * is stored.
 */
@ApplicationScoped
public class Programmes {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public Programme find(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw ProblemException.notFound("해당 사업을 찾을 수 없습니다.");
        }
        return programme;
    }

    public Indicator indicator(Programme programme, UUID indicatorId) {
        Indicator indicator = Indicator.findById(indicatorId);
        if (indicator == null || !indicator.programmeId.equals(programme.id)) {
            throw ProblemException.notFound("해당 지표를 찾을 수 없습니다.");
        }
        return indicator;
    }

    public List<Programme> list() {
        return Programme.list("order by name");
    }

    @Transactional
    public Programme create(ProgrammeRequest request) {
        checkPeriod(request);
        String code = blankToNull(request.code());
        if (code != null && Programme.byCode(code).isPresent()) {
            throw ProblemException.invalid("code", "이미 다른 사업이 쓰는 코드입니다.");
        }
        List<IndicatorRequest> indicators = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            checkIndicator("indicators[" + i + "].", indicators.get(i), request.startYear(), request.endYear(),
                    endMonth(request));
        }
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.createdAt = now();
        write(programme, request);
        programme.persist();
        for (int i = 0; i < indicators.size(); i++) {
            addIndicator(programme, indicators.get(i), i);
        }
        return programme;
    }

    @Transactional
    public Programme update(UUID id, ProgrammeRequest request) {
        Programme programme = find(id);
        checkPeriod(request);
        String code = blankToNull(request.code());
        if (code != null && Programme.byCode(code).filter(p -> !p.id.equals(id)).isPresent()) {
            throw ProblemException.invalid("code", "이미 다른 사업이 쓰는 코드입니다.");
        }
        if (request.indicators() != null && !request.indicators().isEmpty()) {
            throw ProblemException.invalid("indicators", "지표는 지표 주소(/indicators)에서 고칩니다.");
        }
        checkDataWithin(programme.id, request.startYear(), request.endYear());
        write(programme, request);
        return programme;
    }

    @Transactional
    public void delete(UUID id) {
        Programme programme = find(id);
        programme.delete();
    }

    @Transactional
    public Indicator addIndicator(UUID programmeId, IndicatorRequest request) {
        Programme programme = find(programmeId);
        checkIndicator("", request, programme.startYear, programme.endYear, programme.endMonth);
        long count = Indicator.count("programmeId", programmeId);
        if (count >= 20) {
            throw ProblemException.conflict("한 사업의 지표는 20개까지입니다.");
        }
        return addIndicator(programme, request, (int) count);
    }

    @Transactional
    public Indicator updateIndicator(UUID programmeId, UUID indicatorId, IndicatorRequest request) {
        Programme programme = find(programmeId);
        Indicator indicator = indicator(programme, indicatorId);
        checkIndicator("", request, programme.startYear, programme.endYear, programme.endMonth);
        if (request.source().source() != SourceType.MANUAL) {
            IndicatorActual.delete("indicatorId", indicator.id);
        }
        indicator.name = request.name().strip();
        indicator.unit = request.unit().strip();
        indicator.source = request.source().source().name();
        indicator.sourceSpec = request.source();
        indicator.confirmation = blankToNull(request.confirmation());
        if (request.targets() != null) {
            replaceTargets(indicator, request.targets());
        }
        return indicator;
    }

    @Transactional
    public void deleteIndicator(UUID programmeId, UUID indicatorId) {
        indicator(find(programmeId), indicatorId).delete();
    }

    @Transactional
    public Indicator replaceTargets(UUID programmeId, UUID indicatorId, List<TargetRequest> targets) {
        Programme programme = find(programmeId);
        Indicator indicator = indicator(programme, indicatorId);
        checkTargets("targets", targets, programme.startYear, programme.endYear, programme.endMonth);
        replaceTargets(indicator, targets);
        return indicator;
    }

    @Transactional
    public IndicatorActual setActual(UUID programmeId, UUID indicatorId, int year, ActualRequest request, String by) {
        Programme programme = find(programmeId);
        Indicator indicator = indicator(programme, indicatorId);
        checkYear(programme, "year", year);
        if (indicator.sourceSpec.source() != SourceType.MANUAL) {
            throw ProblemException.conflict("이 지표의 실적은 " + indicator.sourceSpec.source().label()
                    + "으로 산출되어 직접 입력할 수 없습니다.");
        }
        IndicatorActual actual = IndicatorActual.of(indicatorId, year).orElseGet(() -> {
            IndicatorActual a = new IndicatorActual();
            a.id = UUID.randomUUID();
            a.indicatorId = indicatorId;
            a.year = year;
            return a;
        });
        actual.value = request.value();
        actual.note = blankToNull(request.note());
        actual.updatedBy = by;
        actual.updatedAt = now();
        actual.persist();
        return actual;
    }

    @Transactional
    public void deleteActual(UUID programmeId, UUID indicatorId, int year) {
        indicator(find(programmeId), indicatorId);
        IndicatorActual.delete("indicatorId = ?1 and year = ?2", indicatorId, year);
    }

    @Transactional
    public StatusOverride override(UUID programmeId, int year, OverrideRequest request, String by) {
        Programme programme = find(programmeId);
        checkYear(programme, "year", year);
        StatusOverride override = StatusOverride.of(programmeId, year).orElseGet(() -> {
            StatusOverride o = new StatusOverride();
            o.id = UUID.randomUUID();
            o.programmeId = programmeId;
            o.year = year;
            return o;
        });
        override.status = request.status();
        override.rate = request.rate();
        override.reason = request.reason().strip();
        override.decidedBy = by;
        override.decidedAt = now();
        override.persist();
        return override;
    }

    @Transactional
    public void clearOverride(UUID programmeId, int year) {
        find(programmeId);
        StatusOverride.delete("programmeId = ?1 and year = ?2", programmeId, year);
    }

    /** 400 naming {@code field} unless the programme's period covers the year. */
    public static void checkYear(Programme programme, String field, Integer year) {
        if (year == null || !programme.covers(year)) {
            throw ProblemException.invalid(field, "사업기간(" + programme.startYear + "~" + programme.endYear
                    + "년) 밖의 연도입니다.");
        }
    }

    private Indicator addIndicator(Programme programme, IndicatorRequest request, int order) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.programmeId = programme.id;
        indicator.name = request.name().strip();
        indicator.unit = request.unit().strip();
        indicator.source = request.source().source().name();
        indicator.sourceSpec = request.source();
        indicator.confirmation = blankToNull(request.confirmation());
        indicator.sortOrder = order;
        indicator.persist();
        replaceTargets(indicator, request.targets() == null ? List.of() : request.targets());
        return indicator;
    }

    private void replaceTargets(Indicator indicator, List<TargetRequest> targets) {
        IndicatorTarget.delete("indicatorId", indicator.id);
        IndicatorTarget.getEntityManager().flush();
        Programme programme = Programme.findById(indicator.programmeId);
        for (TargetRequest t : targets) {
            IndicatorTarget target = new IndicatorTarget();
            target.id = UUID.randomUUID();
            target.indicatorId = indicator.id;
            target.year = t.year();
            target.value = t.value();
            target.untilMonth = t.untilMonth() != null ? t.untilMonth() : programme.lastMonthOf(t.year());
            target.persist();
        }
    }

    private static void checkPeriod(ProgrammeRequest request) {
        if (request.endYear() < request.startYear()) {
            throw ProblemException.invalid("endYear", "종료 연도는 시작 연도와 같거나 뒤여야 합니다.");
        }
    }

    private static int endMonth(ProgrammeRequest request) {
        return request.endMonth() == null ? 12 : request.endMonth();
    }

    /** Shrinking the period must not leave entered data outside it. */
    private static void checkDataWithin(UUID programmeId, int startYear, int endYear) {
        String outside = "programmeId = ?1 and (year < ?2 or year > ?3)";
        boolean targetsOutside = IndicatorTarget.count(
                "indicatorId in (select i.id from Indicator i where i.programmeId = ?1) and (year < ?2 or year > ?3)",
                programmeId, startYear, endYear) > 0;
        if (targetsOutside || BudgetLine.count(outside, programmeId, startYear, endYear) > 0
                || OutreachEntry.count(outside, programmeId, startYear, endYear) > 0
                || Outcome.count(outside, programmeId, startYear, endYear) > 0
                || ProgrammeActivity.count(outside, programmeId, startYear, endYear) > 0
                || StatusOverride.count(outside, programmeId, startYear, endYear) > 0) {
            throw ProblemException.invalid("startYear", "입력된 목표·예산·실적 중 새 사업기간(" + startYear + "~" + endYear
                    + "년) 밖의 것이 있습니다. 먼저 고쳐 주세요.");
        }
    }

    private static void checkIndicator(String prefix, IndicatorRequest request, int startYear, int endYear, int endMonth) {
        checkSource(prefix + "source.", request.source());
        if (request.targets() != null) {
            checkTargets(prefix + "targets", request.targets(), startYear, endYear, endMonth);
        }
    }

    private static void checkTargets(String field, List<TargetRequest> targets, int startYear, int endYear, int endMonth) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRequest t = targets.get(i);
            String at = field + "[" + i + "]";
            if (t.year() < startYear || t.year() > endYear) {
                throw ProblemException.invalid(at + ".year", "사업기간(" + startYear + "~" + endYear + "년) 밖의 연도입니다.");
            }
            if (!years.add(t.year())) {
                throw ProblemException.invalid(at + ".year", "같은 연도의 목표가 두 번 있습니다.");
            }
            if (t.untilMonth() != null && t.year() == endYear && t.untilMonth() > endMonth) {
                throw ProblemException.invalid(at + ".untilMonth", "사업은 " + endYear + "년 " + endMonth + "월에 끝납니다.");
            }
        }
    }

    /** The source's filters must be ones that apply to it, with codes that exist. */
    static void checkSource(String prefix, IndicatorSource source) {
        if (source.source() == null) {
            throw ProblemException.invalid(prefix + "source",
                    "산출 방식(MEETINGS_HELD, GRIEVANCES_HANDLED, GRIEVANCES_RECEIVED, MANUAL)을 선택해 주세요.");
        }
        boolean meetings = source.source() == SourceType.MEETINGS_HELD;
        boolean grievances = source.source() == SourceType.GRIEVANCES_HANDLED
                || source.source() == SourceType.GRIEVANCES_RECEIVED;
        notFor(!meetings, prefix + "meetingKinds", source.meetingKinds() != null && !source.meetingKinds().isEmpty());
        notFor(!meetings, prefix + "regularOnly", source.regularOnly() != null);
        notFor(!meetings, prefix + "programmeLinked", source.programmeLinked() != null);
        notFor(source.source() != SourceType.GRIEVANCES_HANDLED, prefix + "statuses",
                source.statuses() != null && !source.statuses().isEmpty());
        notFor(!grievances, prefix + "kinds", source.kinds() != null && !source.kinds().isEmpty());
        notFor(!grievances, prefix + "categories", source.categories() != null && !source.categories().isEmpty());
        notFor(!grievances, prefix + "departments", source.departments() != null && !source.departments().isEmpty());
        notFor(source.source() == SourceType.MANUAL, prefix + "municipalities",
                source.municipalities() != null && !source.municipalities().isEmpty());
        codes(prefix + "meetingKinds", source.meetingKinds(), null, "회의 종류 코드");
        codes(prefix + "statuses", source.statuses(), Codes.GRIEVANCE_STATUSES.keySet(), "처리 상태");
        codes(prefix + "kinds", source.kinds(), Codes.GRIEVANCE_KINDS.keySet(), "유형");
        codes(prefix + "categories", source.categories(), null, "분야 코드");
        codes(prefix + "departments", source.departments(), null, "부서 코드");
        List<String> municipalities = new ArrayList<>();
        for (Municipality m : Municipality.values()) {
            municipalities.add(m.name());
        }
        codes(prefix + "municipalities", source.municipalities(), Set.copyOf(municipalities), "시군");
    }

    private static void notFor(boolean notApplicable, String field, boolean given) {
        if (notApplicable && given) {
            throw ProblemException.invalid(field, "이 산출 방식에는 쓸 수 없는 조건입니다.");
        }
    }

    private static void codes(String field, List<String> values, Set<String> known, String what) {
        if (values == null) {
            return;
        }
        if (values.size() > 50) {
            throw ProblemException.invalid(field, what + "는 50개까지입니다.");
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank() || v.length() > 60) {
                throw ProblemException.invalid(field + "[" + i + "]", what + "를 1~60자로 입력해 주세요.");
            }
            if (known != null && !known.contains(v)) {
                throw ProblemException.invalid(field + "[" + i + "]", "알 수 없는 " + what + "입니다: " + v);
            }
        }
    }

    private static void write(Programme p, ProgrammeRequest r) {
        p.code = blankToNull(r.code());
        p.name = r.name().strip();
        p.department = r.department().strip();
        p.manager = blankToNull(r.manager());
        p.managerPhone = blankToNull(r.managerPhone());
        p.cooperatingDepartments = blankToNull(r.cooperatingDepartments());
        p.nature = r.nature();
        p.startYear = r.startYear();
        p.endYear = r.endYear();
        p.endMonth = endMonth(r);
        p.periodLabel = blankToNull(r.periodLabel());
        p.fundingType = r.fundingType();
        p.practiceGoal = blankToNull(r.practiceGoal());
        p.progressNote = blankToNull(r.progressNote());
        p.finalGoal = blankToNull(r.finalGoal());
        p.overview = lines(r.overview());
        p.futurePlan = lines(r.futurePlan());
        p.expectedEffect = lines(r.expectedEffect());
        p.centralSupport = blankToNull(r.centralSupport());
        p.executor = blankToNull(r.executor());
        p.completionLabel = blankToNull(r.completionLabel());
        p.updatedAt = now();
    }

    static String lines(List<String> lines) {
        if (lines == null) {
            return null;
        }
        String joined = String.join("\n", lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList());
        return joined.isEmpty() ? null : joined;
    }

    public static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(SEOUL);
    }
}
