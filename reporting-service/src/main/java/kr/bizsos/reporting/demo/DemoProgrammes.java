package kr.bizsos.reporting.demo;

import static kr.bizsos.reporting.FundingSource.MUNICIPAL;
import static kr.bizsos.reporting.FundingSource.NATIONAL;
import static kr.bizsos.reporting.FundingSource.OTHER;
import static kr.bizsos.reporting.FundingSource.PROVINCIAL;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.bizsos.reporting.FundingSource;
import kr.bizsos.reporting.FundingType;
import kr.bizsos.reporting.IndicatorSource;
import kr.bizsos.reporting.OutreachType;
import kr.bizsos.reporting.Programme;
import kr.bizsos.reporting.ProgrammeNature;
import kr.bizsos.reporting.service.ProgrammeData;
import kr.bizsos.reporting.service.Programmes;
import kr.bizsos.reporting.service.Requests.ActivityRequest;
import kr.bizsos.reporting.service.Requests.BudgetLineRequest;
import kr.bizsos.reporting.service.Requests.IndicatorRequest;
import kr.bizsos.reporting.service.Requests.OutcomeRequest;
import kr.bizsos.reporting.service.Requests.OutreachRequest;
import kr.bizsos.reporting.service.Requests.ProgrammeRequest;
import kr.bizsos.reporting.service.Requests.TargetRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The programmes of seeds 000, 002 and 003 with their targets, budgets, outreach and outcomes,
 * made when {@code bizsos.demo.enabled=true}. Each has a fixed code, so a restart creates nothing
 * twice. The meeting and grievance figures are not entered: they come from the events of
 * meetings-service's and grievance-service's own demo data.
 */
@ApplicationScoped
public class DemoProgrammes {

    private static final Logger LOG = Logger.getLogger(DemoProgrammes.class);

    public static final String FIELD_STRATEGY = "GW-FIELD-STRATEGY";
    public static final String REGIONAL_INDUSTRY = "GW-REGIONAL-INDUSTRY";
    public static final String BIZ_SOS = "GW-BIZ-SOS";

    private final boolean enabled;
    private final Programmes programmes;
    private final ProgrammeData data;

    DemoProgrammes(@ConfigProperty(name = "bizsos.demo.enabled", defaultValue = "false") boolean enabled,
            Programmes programmes, ProgrammeData data) {
        this.enabled = enabled;
        this.programmes = programmes;
        this.data = data;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            LOG.infof("demo programmes: %d created", ensurePresent());
        }
    }

    /** @return how many demo programmes were created (0 when all exist) */
    @Transactional
    public int ensurePresent() {
        int created = 0;
        if (Programme.byCode(FIELD_STRATEGY).isEmpty()) {
            fieldStrategy();
            created++;
        }
        if (Programme.byCode(REGIONAL_INDUSTRY).isEmpty()) {
            regionalIndustry();
            created++;
        }
        if (Programme.byCode(BIZ_SOS).isEmpty()) {
            bizSos();
            created++;
        }
        return created;
    }

    /**
     * Seed 000. Its 현재까지 목표달성 counts every company meeting held (정례 and 필요시: 2024 → 7회,
     * 2025 1분기 → 5회) against the target of 4, so the indicator counts both kinds; the regular
     * (정례) meetings alone are a second indicator without targets.
     */
    private void fieldStrategy() {
        Programme p = programmes.create(new ProgrammeRequest(FIELD_STRATEGY, "강원기업지원 현장전략회의 운영", "기업지원과", "임유나",
                "2753", "도 및 시군 관련부서", ProgrammeNature.CONTINUING, 2023, 2026, 12, "연중", FundingType.NON_BUDGET,
                "임기 내 완료", "이행 후 계속 추진",
                "도 부서·시군·유관기관이 함께 기업의 현장 애로를 듣고 해결하는 민관합동 회의를 정례화함",
                List.of("사업기간 : 연중", "운영장소 : 도내 시군 순회",
                        "주요내용 : 도 부서 및 시군, 유관기관 참석 민관합동 회의 - 자금·판로·수출·인력 등 애로사항 청취 및 논의 등",
                        "참석대상 : 건의·질의사항이 있는 도·시군 부서 및 관련기관, 중소기업 대표"),
                List.of("현장 중심의 기업지원 간담회 및 회의 지속 추진"),
                List.of("자금조달·고용 및 판로, 투자 등 기업이 느끼는 고충을 공유하고 해결방안을 모색하여 기업의 경영 환경을 개선함으로써 "
                        + "경제위기를 극복하고 지역경제 성장 도모"),
                null, "자체", null,
                List.of(new IndicatorRequest("강원기업지원 현장전략회의 운영", "회",
                                new IndicatorSource(kr.bizsos.reporting.SourceType.MEETINGS_HELD,
                                        List.of("FIELD_STRATEGY", "AD_HOC"), null, null, null, null, null, null, null),
                                "맞춤형 기업지원 간담회(정례)와 기타 기업 간담회(필요시) 개최 실적",
                                List.of(target(2023, 4), target(2024, 4), target(2025, 4), target(2026, 4))),
                        new IndicatorRequest("맞춤형 기업지원 간담회(정례)", "회",
                                IndicatorSource.meetingsHeld(List.of("FIELD_STRATEGY"), true), null, List.of()))));
        data.addOutreach(p.id, new OutreachRequest(2024, 4, OutreachType.PRESS, 10, "언론·방송 보도(’24. 4분기 기준 누계)", null));
    }

    /** Seed 002: outcomes 2022 → 2023 (신규 고용 221 → 278명, 사업화 매출 624 → 691억원) and the budgets it names. */
    private void regionalIndustry() {
        Programme p = programmes.create(new ProgrammeRequest(REGIONAL_INDUSTRY, "지역산업육성사업", "강원특별자치도 경제국", null, null,
                "강원지방중소벤처기업청, 강원테크노파크, 강원지역산업진흥원", ProgrammeNature.CONTINUING, 2022, 2024, 12, null,
                FundingType.BUDGET, null, "지역진흥계획에 따라 계속 추진",
                "중소기업 협력(협업) 활성화 및 동반성장 지원을 통한 대표기업군 협력생태계 육성",
                List.of("비수도권 14개 시·도의 지역산업진흥계획에 따라 중소벤처기업부가 추진하는 국가균형발전 사업",
                        "주축산업 : 천연물바이오소재, 세라믹원료소재, 디지털헬스케어",
                        "미래신산업 : 디지털헬스 데이터분석 활용, 차세대 고성능 센서(지역협력형)",
                        "지역혁신기관 협의체를 통한 기획·실행·성과관리·확산의 전주기 환류체계"),
                List.of("대표기업군 협력생태계 육성, 기업 성장 단계별 육성 전략 마련, 지역맞춤형 지원사업 기획"),
                List.of("미래산업 글로벌 도시를 견인하는 강원 주축산업 육성"), null, "강원테크노파크", null, List.of()));
        data.putOutcome(p.id, new OutcomeRequest(2022, "신규 고용", "명", 221L, null));
        data.putOutcome(p.id, new OutcomeRequest(2023, "신규 고용", "명", 278L, null));
        data.putOutcome(p.id, new OutcomeRequest(2022, "사업화 매출", "억원", 624L, null));
        data.putOutcome(p.id, new OutcomeRequest(2023, "사업화 매출", "억원", 691L, null));
        data.replaceBudget(p.id, List.of(
                line(2023, NATIONAL, 14_000, 14_000, 14_000), line(2023, PROVINCIAL, 4_600, 4_600, 4_600),
                line(2024, NATIONAL, 10_700, 10_700, 0), line(2024, PROVINCIAL, 3_000, 3_000, 0)));
    }

    /** Seed 003: targets 60/65/70/75, the investment and execution tables, 시민소통 실적, 추진실적. */
    private void bizSos() {
        Programme p = programmes.create(new ProgrammeRequest(BIZ_SOS, "기업SOS 시스템 운영", "기업경제과 기업SOS팀", "이수연", "2284",
                null, ProgrammeNature.CONTINUING, 2022, 2026, 6, "임기내", FundingType.BUDGET, null, null,
                "기업의 애로를 적극 발굴·처리하는 맞춤형 기업애로 처리 시스템(기업 SOS시스템)을 운영하여 기업하기 좋은 환경을 조성하고자 함.",
                List.of("시장 기업체 현장 방문 및 간담회 실시 : 연 4회",
                        "발로 뛰는 기업 소통 DAY 운영 - 기업 현장을 방문하여 기업 애로사항 및 민원 처리",
                        "기업 원스톱 처리 회의 운영(찾아가는 기업SOS 기동반 운영) - 관련 부서 및 기관이 합동하여 복합 기업 애로 해결",
                        "기업환경 개선사업 추진 - 중소기업의 열악한 기업 환경 개선 사업(도비40%, 시비40%, 자부담20%), 지식산업센터 대상 법령교육 및 애로사항 청취"),
                List.of("2024. 1. ~ 12. : 사업 추진"), List.of(), "해당없음", "자체", "2022년",
                List.of(new IndicatorRequest("기업SOS처리 실적", "건",
                        IndicatorSource.grievancesHandled(List.of("ANSWERED", "CLOSED")), "기업 애로 발굴 및 처리 실적",
                        List.of(target(2023, 60), target(2024, 65), target(2025, 70),
                                new TargetRequest(2026, 75L, 6))))));
        data.replaceBudget(p.id, seed003Budget());
        data.addOutreach(p.id, new OutreachRequest(2024, null, OutreachType.MEETING_HEARING, 7, "간담회 등", null));
        data.addOutreach(p.id, new OutreachRequest(2024, null, OutreachType.SATISFACTION_SURVEY, 2, "만족도 조사", null));
        data.addOutreach(p.id, new OutreachRequest(2024, null, OutreachType.PRESS, 4, "언론·방송 보도", null));
        activities(p.id, 2022, null, "▶ 시장 기업체 현장방문 : 4회", "▶ 시장 주관 기업애로 간담회 : 2회",
                "▶ 찾아가는 기업SOS 기동반 : 9회", "▶ 발로뛰는 기업소통 Day : 69회", "▶ 소규모 기업환경 개선사업 : 13개소");
        activities(p.id, 2023, null, "▶ 기업SOS 시스템 운영계획 수립", "▶ 기업애로 간담회 등 : 3회", "▶ 시장 기업체 현장방문 : 4회",
                "▶ 기업원스톱처리 회의 : 7회", "▶ 발로뛰는 기업소통 Day : 308회 (기업 창립기념일 축하서한문 전달 등 (21회))",
                "▶ 소규모 기업환경 개선사업 : 14개소");
        activities(p.id, 2024, 3, "▶ 기업SOS 시스템 운영계획 수립", "▶ 기업애로 간담회 등 : 2회", "▶ 시장 기업체 현장방문 : 2회",
                "▶ 기업원스톱처리 회의 : 4회", "▶ 발로뛰는 기업소통 Day : 155회 (기업 창립기념일 축하서한문 전달 등 (21회))",
                "▶ 기업환경 개선사업 : 12개소", "▶ 지식산업센터 개선을 위한 교육 실시");
    }

    /** Seed 003's 투자계획 및 확보실적 and 집행실적, line by line (백만원). */
    public static List<BudgetLineRequest> seed003Budget() {
        return List.of(
                line(2022, PROVINCIAL, 140, 138, 138), line(2022, MUNICIPAL, 134, 131, 131), line(2022, OTHER, 129, 120, 120),
                line(2023, PROVINCIAL, 91, 91, 91), line(2023, MUNICIPAL, 89, 89, 89), line(2023, OTHER, 49, 49, 49),
                line(2024, PROVINCIAL, 108, 108, 56), line(2024, MUNICIPAL, 99, 99, 51), line(2024, OTHER, 59, 59, 28));
    }

    private void activities(UUID programmeId, int year, Integer quarter, String... lines) {
        for (String line : lines) {
            data.addActivity(programmeId, new ActivityRequest(year, quarter, line));
        }
    }

    private static TargetRequest target(int year, long value) {
        return new TargetRequest(year, value, null);
    }

    private static BudgetLineRequest line(int year, FundingSource source, long planned, long secured, long executed) {
        return new BudgetLineRequest(year, source, planned, secured, executed);
    }
}
