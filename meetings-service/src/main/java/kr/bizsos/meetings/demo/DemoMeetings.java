package kr.bizsos.meetings.demo;

import static kr.bizsos.meetings.CompanySize.MIDSIZE;
import static kr.bizsos.meetings.CompanySize.SME;
import static kr.bizsos.platform.region.Municipality.*;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.bizsos.meetings.Company;
import kr.bizsos.meetings.CompanySize;
import kr.bizsos.meetings.Department;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.MeetingKind;
import kr.bizsos.meetings.MeetingStatus;
import kr.bizsos.meetings.PartnerAgency;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantOrigin;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.RaisedItemCategory;
import kr.bizsos.meetings.RaisedItemKind;
import kr.bizsos.meetings.event.MeetingEvents;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.meetings.service.MeetingCounts;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.region.Municipality;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The meetings of seeds 000 and 001 (regular field meetings 2023–2025 and the ad-hoc ones), all
 * held, and a few planned ones ahead, made when {@code bizsos.demo.enabled=true}. Each has a fixed
 * id, so a restart creates nothing twice; each new one is announced like a real one, so reporting
 * and grievance-service see the same history. Companies, contacts and raised items are
 * illustrations, except the company names the seeds give.
 */
@ApplicationScoped
public class DemoMeetings {

    private static final Logger LOG = Logger.getLogger(DemoMeetings.class);
    private static final String BY = "demo";

    /** The demo company users' companies (gateway demo users "company" and "company2"). */
    static final DemoCompany GANGWON_PRECISION = new DemoCompany("1348672683", "㈜강원정밀", CHUNCHEON, SME, "정밀기계 부품");
    static final DemoCompany SEORAK_BIO = new DemoCompany("2208162517", "㈜설악바이오", SOKCHO, SME, "바이오 소재");

    record DemoCompany(String businessNumber, String name, Municipality municipality, CompanySize size, String industry) {
    }

    record DemoItem(DemoCompany company, RaisedItemKind kind, RaisedItemCategory category, String title, String content) {
    }

    record DemoMeeting(String key, String kind, String title, LocalDate date, Municipality municipality, String venue,
            String hostDepartment, MeetingStatus status, boolean publicMeeting, Integer capacity, String agenda,
            String minutes, List<String> departments, List<String> agencies, List<DemoCompany> companies,
            List<DemoItem> items) {
    }

    private final boolean enabled;
    private final MeetingEvents events;
    private final MeetingCounts counts;

    DemoMeetings(@ConfigProperty(name = "bizsos.demo.enabled", defaultValue = "false") boolean enabled,
            MeetingEvents events, MeetingCounts counts) {
        this.enabled = enabled;
        this.events = events;
        this.counts = counts;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            int created = ensurePresent();
            LOG.infof("demo meetings: %d created, %d already present", created, MEETINGS.size() - created);
        }
    }

    /** @return how many demo meetings were created */
    @Transactional
    public int ensurePresent() {
        int created = 0;
        for (DemoMeeting demo : MEETINGS) {
            if (Meeting.findById(idOf(demo.key())) == null) {
                create(demo);
                created++;
            }
        }
        return created;
    }

    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("bizsos-demo-meeting:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void create(DemoMeeting demo) {
        OffsetDateTime start = demo.date().atTime(LocalTime.of(14, 0)).atZone(Clock.SEOUL).toOffsetDateTime();
        OffsetDateTime end = start.plusHours(2);
        OffsetDateTime planned = start.minusDays(30);
        Meeting m = new Meeting();
        m.id = idOf(demo.key());
        m.kind = MeetingKind.findById(demo.kind());
        m.title = demo.title();
        m.startsAt = start;
        m.endsAt = end;
        m.municipality = demo.municipality();
        m.venue = demo.venue();
        m.hostOrganization = PROVINCE;
        m.hostDepartment = Department.findById(demo.hostDepartment());
        m.status = MeetingStatus.PLANNED;
        m.publicMeeting = demo.publicMeeting();
        m.capacity = demo.capacity();
        m.agenda = demo.agenda();
        m.createdBy = BY;
        m.createdAt = planned;
        m.updatedAt = planned;
        m.persist();
        for (String code : demo.departments()) {
            Participant p = participant(m, ParticipantType.DEPARTMENT, planned);
            p.department = Department.findById(code);
            p.persist();
        }
        for (String code : demo.agencies()) {
            Participant p = participant(m, ParticipantType.PARTNER_AGENCY, planned);
            p.partnerAgency = PartnerAgency.findById(code);
            p.persist();
        }
        int n = 0;
        for (DemoCompany c : demo.companies()) {
            Participant p = participant(m, ParticipantType.COMPANY, planned);
            p.company = company(c);
            p.contactName = CONTACT_NAMES.get(n % CONTACT_NAMES.size());
            p.contactPhone = "010-0000-%04d".formatted(1000 + n);
            p.contactEmail = "contact%d@company.example".formatted(n);
            p.persist();
            n++;
        }
        events.planned(m, counts.of(m.id).forEvent());
        if (demo.status() == MeetingStatus.PLANNED) {
            return;
        }
        m.status = MeetingStatus.CONFIRMED;
        m.confirmedAt = start.minusDays(14);
        m.updatedAt = m.confirmedAt;
        events.confirmed(m, counts.of(m.id).forEvent());
        if (demo.status() == MeetingStatus.CONFIRMED) {
            return;
        }
        m.status = MeetingStatus.HELD;
        m.heldAt = end;
        m.minutes = demo.minutes();
        m.minutesRecordedAt = end.plusDays(1);
        m.minutesRecordedBy = "기업지원과";
        m.updatedAt = m.minutesRecordedAt;
        Participant.<Participant>list("meetingId", m.id).forEach(p -> p.attended = Boolean.TRUE);
        List<RaisedItem> items = new ArrayList<>();
        for (DemoItem d : demo.items()) {
            RaisedItem item = new RaisedItem();
            item.id = UUID.nameUUIDFromBytes((demo.key() + ":" + d.title()).getBytes(StandardCharsets.UTF_8));
            item.meetingId = m.id;
            item.company = company(d.company());
            item.kind = d.kind();
            item.category = d.category();
            item.title = d.title();
            item.content = d.content();
            item.raisedAt = end;
            item.raisedBy = BY;
            item.persist();
            items.add(item);
        }
        events.held(m, counts.of(m.id).forEvent());
        items.forEach(item -> events.itemRaised(m, item));
    }

    private static Participant participant(Meeting m, ParticipantType type, OffsetDateTime at) {
        Participant p = new Participant();
        p.id = UUID.nameUUIDFromBytes((m.id + ":" + type + ":" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        p.meetingId = m.id;
        p.type = type;
        p.origin = ParticipantOrigin.INVITED;
        p.addedAt = at;
        p.addedBy = BY;
        return p;
    }

    private static Company company(DemoCompany c) {
        Company known = Company.findById(c.businessNumber());
        if (known != null) {
            return known;
        }
        Company company = new Company();
        company.businessNumber = c.businessNumber();
        company.name = c.name();
        company.municipality = c.municipality();
        company.sizeClass = c.size();
        company.industry = c.industry();
        company.createdAt = OffsetDateTime.now(Clock.SEOUL);
        company.persist();
        return company;
    }

    /** A demo company with a made-up but valid 사업자등록번호 derived from its name. */
    static DemoCompany c(String name, Municipality where, CompanySize size, String industry) {
        int nine = 100_000_000 + Math.floorMod(name.hashCode(), 800_000_000);
        return new DemoCompany(BusinessNumber.withCheckDigit(Integer.toString(nine)), name, where, size, industry);
    }

    /** Made-up contact persons; phone numbers in the unassigned 010-0000 block, mail on example domains. */
    private static final List<String> CONTACT_NAMES = List.of("김민준", "이서연", "박지훈", "최수빈", "정예준", "강하은",
            "조도윤", "윤지우", "장서준", "임하린");

    private static final List<String> FIELD_DEPARTMENTS = List.of("ENTERPRISE_ECONOMY", "INVESTMENT", "EXPORT_TRADE",
            "JOBS", "INDUSTRY_LOCATION");
    private static final List<String> FIELD_AGENCIES = List.of("SMBA_GANGWON", "MOEL_GANGWON", "PPS_GANGWON",
            "KOSMES_GANGWON", "KITA", "BOK", "GWEPA", "GWTP", "GWSINBO", "KBIZ_GANGWON");
    private static final String FIELD_AGENDA = "기업 경영 애로사항 공유 및 해결방안 모색 (자금·판로·수출·인력 등)";
    private static final String FIELD_MINUTES = "기업 경영 애로사항을 공유하고 해결방안을 모색함. 건의·질의사항은 소관부서로 이관하여 처리 결과를 회신하기로 함.";

    private static DemoMeeting field(String key, LocalDate date, Municipality where, String venue,
            List<DemoCompany> companies, List<DemoItem> items) {
        return new DemoMeeting(key, "FIELD_STRATEGY", "맞춤형 기업지원 간담회 (" + where.shortName() + ")", date, where, venue,
                "ENTERPRISE_SUPPORT", MeetingStatus.HELD, false, null, FIELD_AGENDA, FIELD_MINUTES, FIELD_DEPARTMENTS,
                FIELD_AGENCIES, companies, items);
    }

    private static DemoMeeting adHoc(String key, String title, LocalDate date, Municipality where, String venue,
            String host, String topic, List<DemoCompany> companies, List<DemoItem> items) {
        return new DemoMeeting(key, "AD_HOC", title, date, where, venue, host, MeetingStatus.HELD, false, null, topic,
                topic + " 관련 의견을 청취하고 후속 조치를 논의함.", List.of("ENTERPRISE_ECONOMY"), List.of("SMBA_GANGWON"),
                companies, items);
    }

    private static List<DemoCompany> local(Municipality where, String... names) {
        List<DemoCompany> list = new ArrayList<>();
        for (String name : names) {
            list.add(c(name, where, SME, "제조업"));
        }
        return list;
    }

    private static List<DemoCompany> plus(List<DemoCompany> list, DemoCompany... more) {
        List<DemoCompany> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    static final List<DemoCompany> PYEONGCHANG_16 = local(PYEONGCHANG, "㈜대관령식품", "㈜평창수", "㈜봉평메밀", "㈜진부목재",
            "㈜오대산약초", "㈜평창한우가공", "㈜알펜시아테크", "㈜용평레저", "㈜횡계냉동", "㈜미탄석재", "㈜방림농산", "㈜대화정밀",
            "㈜평창에코팜", "㈜평창바이오랩", "㈜진부산업", "㈜봉평유통");

    static final List<DemoCompany> WIN_WIN = List.of(
            c("바디텍메드(주)", CHUNCHEON, MIDSIZE, "체외진단 의료기기"),
            c("㈜서울에프엔비", HOENGSEONG, MIDSIZE, "유가공 식품"),
            c("㈜강원중견산업", WONJU, MIDSIZE, "자동차 부품"),
            c("㈜동해중견화학", DONGHAE, MIDSIZE, "화학 소재"),
            c("㈜퀸비애그리푸드", CHUNCHEON, SME, "농식품"),
            c("㈜한성정보시스템", CHUNCHEON, SME, "정보시스템"),
            GANGWON_PRECISION,
            c("㈜춘천융합소재", CHUNCHEON, SME, "소재"),
            c("㈜원주메디텍", WONJU, SME, "의료기기"),
            c("㈜강릉해양식품", GANGNEUNG, SME, "수산 가공"),
            c("㈜홍천발효", HONGCHEON, SME, "발효 식품"),
            c("㈜횡성정밀", HOENGSEONG, SME, "금속 가공"),
            c("㈜삼척세라믹", SAMCHEOK, SME, "세라믹"),
            c("㈜속초디자인", SOKCHO, SME, "디자인"),
            c("㈜철원농기계", CHEORWON, SME, "농기계"));

    static final List<DemoMeeting> MEETINGS = List.of(
            // Seed 000 ➀: 맞춤형 기업지원 간담회, 정례
            field("2023-04-27-hoengseong", LocalDate.of(2023, 4, 27), HOENGSEONG, "횡성군청 회의실",
                    local(HOENGSEONG, "㈜횡성정밀", "㈜횡성한우식품", "㈜우천산업"), List.of()),
            field("2023-06-30-gangneung", LocalDate.of(2023, 6, 30), GANGNEUNG, "강릉시청 회의실",
                    local(GANGNEUNG, "㈜강릉해양식품", "㈜경포테크", "㈜주문진수산"), List.of()),
            field("2023-08-30-hwacheon", LocalDate.of(2023, 8, 30), HWACHEON, "화천군청 회의실",
                    local(HWACHEON, "㈜화천산천어식품", "㈜파로호농산"), List.of()),
            field("2024-03-29-chuncheon", LocalDate.of(2024, 3, 29), CHUNCHEON, "춘천시청 회의실",
                    plus(local(CHUNCHEON, "㈜퀸비애그리푸드", "㈜한성정보시스템"), GANGWON_PRECISION),
                    List.of(new DemoItem(GANGWON_PRECISION, RaisedItemKind.COMPLAINT, RaisedItemCategory.FUNDING,
                            "운전자금 정책자금 한도 확대 요청",
                            "원자재 가격 상승으로 운전자금이 부족하나 정책자금 한도가 소진되어 추가 대출이 어렵습니다."))),
            field("2024-06-21-jeongseon", LocalDate.of(2024, 6, 21), JEONGSEON, "정선군청 회의실",
                    local(JEONGSEON, "㈜정선아리랑식품", "㈜사북광업"), List.of()),
            field("2024-10-23-samcheok", LocalDate.of(2024, 10, 23), SAMCHEOK, "삼척시청 회의실",
                    local(SAMCHEOK, "㈜삼척세라믹", "㈜삼척수소에너지"), List.of()),
            field("2024-12-18-jeongseon", LocalDate.of(2024, 12, 18), JEONGSEON, "정선군청 회의실",
                    local(JEONGSEON, "㈜정선약초", "㈜고한관광개발"), List.of()),
            field("2025-03-21-pyeongchang", LocalDate.of(2025, 3, 21), PYEONGCHANG, "평창군청 회의실", PYEONGCHANG_16,
                    List.of(new DemoItem(PYEONGCHANG_16.get(0), RaisedItemKind.SUGGESTION, RaisedItemCategory.SALES,
                                    "도 공공구매 우선구매 품목 확대 건의", "지역 식품 제조기업 제품을 도 공공구매 우선구매 품목에 포함해 주십시오."),
                            new DemoItem(PYEONGCHANG_16.get(3), RaisedItemKind.PROCEDURE_QUESTION,
                                    RaisedItemCategory.MANPOWER, "외국인 근로자 고용허가 절차 문의",
                                    "제재목 생산 인력 부족으로 외국인 근로자 고용을 검토 중이며 고용허가 절차와 소요 기간을 알고 싶습니다."))),
            // Seed 000 ➁: 기타 기업 간담회, 필요시
            adHoc("2022-12-20-wonju", "중소기업 현장간담회", LocalDate.of(2022, 12, 20), WONJU, null, "ENTERPRISE_SUPPORT",
                    "수출입 및 내수기업 고충 공유", local(WONJU, "㈜원주메디텍", "㈜문막산업"), List.of()),
            adHoc("2023-01-18-donghae", "강원도 수출기업 현장간담회", LocalDate.of(2023, 1, 18), DONGHAE, null, "EXPORT_TRADE",
                    "수출 및 국내판로 문제점과 개선사항", plus(local(DONGHAE, "㈜묵호수산수출"), WIN_WIN.get(3)),
                    List.of()),
            adHoc("2023-02-23-hoengseong-fire", "횡성 우천면 공장 화재 현장간담회", LocalDate.of(2023, 2, 23), HOENGSEONG,
                    "횡성군 우천면", "ENTERPRISE_SUPPORT", "화재 피해 기업 애로사항 청취 및 격려",
                    List.of(c("㈜케이프라이드", HOENGSEONG, SME, "식품 제조")), List.of()),
            adHoc("2023-09-14-chuncheon-un", "2023년 UN·해외정부 진출사업 선정기업 간담회", LocalDate.of(2023, 9, 14), CHUNCHEON,
                    null, "EXPORT_TRADE", "해외 조달시장 진출, 마케팅 역량 강화",
                    local(CHUNCHEON, "㈜한성정보시스템", "㈜춘천융합소재"), List.of()),
            adHoc("2023-11-01-chuncheon-youth", "청년기업 간담회", LocalDate.of(2023, 11, 1), CHUNCHEON, null, "JOBS",
                    "경영 애로사항 및 건의사항, 경영노하우 공유", local(CHUNCHEON, "㈜청년랩", "㈜스타트업춘천"), List.of()),
            adHoc("2023-11-15-chuncheon-governor", "도지사 - 중소기업 정책간담회", LocalDate.of(2023, 11, 15), CHUNCHEON,
                    "도청", "ENTERPRISE_SUPPORT", "도내 기업 애로·건의사항 수렴", plus(List.of(), GANGWON_PRECISION),
                    List.of()),
            adHoc("2023-12-12-chuncheon-bio", "강원 바이오 기업 간담회", LocalDate.of(2023, 12, 12), CHUNCHEON, null,
                    "BIO_INDUSTRY", "도내 주요 바이오기업 애로사항 청취, 발전방향 논의", List.of(SEORAK_BIO), List.of()),
            adHoc("2024-02-06-wonju", "중소기업 소통간담회", LocalDate.of(2024, 2, 6), WONJU, "남산골 문화센터",
                    "ENTERPRISE_SUPPORT", "기업 애로 및 건의사항 의견청취 (의료기기, 자동차제품, 식품제조 등 11개 기업)",
                    local(WONJU, "㈜원주메디텍", "㈜문막산업", "㈜원주자동차부품", "㈜치악식품", "㈜부론의료기", "㈜호저정밀",
                            "㈜지정전자", "㈜소초식품", "㈜흥업바이오", "㈜판부산업", "㈜귀래금속"), List.of()),
            adHoc("2024-08-27-chuncheon-bio", "강원특별자치도 바이오기업 간담회", LocalDate.of(2024, 8, 27), CHUNCHEON, null,
                    "BIO_INDUSTRY", "바이오 국가첨단전략산업 특화단지 활성화 방안", List.of(SEORAK_BIO),
                    List.of(new DemoItem(SEORAK_BIO, RaisedItemKind.COMPLAINT, RaisedItemCategory.REGULATION,
                            "바이오 소재 공장 증설 인허가 지연",
                            "특화단지 내 공장 증설을 위한 건축 인허가 협의가 3개월째 지연되고 있어 신속한 처리를 요청합니다."))),
            // Seed 001: 중견+중소기업 상생 간담회 (4 중견 + 11 중소)
            adHoc("2024-11-29-chuncheon-win-win", "강원특별자치도 중견+중소기업 상생 간담회", LocalDate.of(2024, 11, 29),
                    CHUNCHEON, "도청 별관 대회의실", "ENTERPRISE_SUPPORT",
                    "중견+중소기업 간 협업 애로사항 수렴 (판로 협력, 원부자재 공동체, 설비 공유, 오픈이노베이션)", WIN_WIN,
                    List.of()),
            // Seed 000, 2025년 1분기: 분야별 기업 간담회 (장소 미기재: 도청 소재지 춘천으로 둠), 강원 수출 전략 간담회
            adHoc("2025-01-20-sector-cosmetics", "분야별 기업 간담회 (화장품, 건강기능식품)", LocalDate.of(2025, 1, 20),
                    CHUNCHEON, null, "BIO_INDUSTRY", "화장품, 건강기능식품 분야 애로사항", List.of(SEORAK_BIO), List.of()),
            adHoc("2025-02-20-sector-auto", "분야별 기업 간담회 (자동차 부품)", LocalDate.of(2025, 2, 20), CHUNCHEON, null,
                    "ENTERPRISE_SUPPORT", "자동차 부품 분야 애로사항", local(WONJU, "㈜원주자동차부품"), List.of()),
            adHoc("2025-02-24-export-strategy", "강원 수출 전략 간담회", LocalDate.of(2025, 2, 24), CHUNCHEON, "도청 회의실",
                    "EXPORT_TRADE", "2025년 강원수출 전망 및 전략 발표, 종합토론", local(DONGHAE, "㈜묵호수산수출"), List.of()),
            adHoc("2025-03-27-sector-medical", "분야별 기업 간담회 (의료기기 헬스케어)", LocalDate.of(2025, 3, 27), CHUNCHEON,
                    null, "BIO_INDUSTRY", "의료기기 헬스케어 분야 애로사항", local(WONJU, "㈜원주메디텍"), List.of()),
            // Ahead: planned
            new DemoMeeting("2026-12-09-taebaek", "FIELD_STRATEGY", "맞춤형 기업지원 간담회 (태백)", LocalDate.of(2026, 12, 9),
                    TAEBAEK, "태백시청 회의실", "ENTERPRISE_SUPPORT", MeetingStatus.PLANNED, false, null, FIELD_AGENDA, null,
                    FIELD_DEPARTMENTS, FIELD_AGENCIES, List.of(GANGWON_PRECISION), List.of()),
            new DemoMeeting("2026-12-03-briefing", "BRIEFING", "2027년 기업지원사업 통합 설명회", LocalDate.of(2026, 12, 3),
                    CHUNCHEON, "강원특별자치도 경제진흥원 대강당", "ENTERPRISE_ECONOMY", MeetingStatus.PLANNED, true, 30,
                    "2027년 도 기업지원사업 안내, 1:1 상담", null, List.of("ENTERPRISE_SUPPORT", "JOBS"),
                    List.of("GWEPA", "GWSINBO"), List.of(), List.of()),
            new DemoMeeting("2027-03-18-sokcho", "FIELD_STRATEGY", "맞춤형 기업지원 간담회 (속초)", LocalDate.of(2027, 3, 18),
                    SOKCHO, "속초시청 회의실", "ENTERPRISE_SUPPORT", MeetingStatus.PLANNED, false, null, FIELD_AGENDA, null,
                    FIELD_DEPARTMENTS, FIELD_AGENCIES, List.of(SEORAK_BIO), List.of()));
}
