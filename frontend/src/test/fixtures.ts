import type {
  GrievanceDetail,
  GrievanceSummary,
  GroupFigures,
  KpiCard,
  Meeting,
  Participant,
  ProgrammeReport,
  ProgrammeView,
  RaisedItem,
} from '../api/types'

export function summary(overrides: Partial<GrievanceSummary> = {}): GrievanceSummary {
  return {
    id: 'g-1',
    receiptNumber: '2026-000123',
    kind: 'COMPLAINT',
    kindName: '애로(고충)',
    category: 'FUNDING',
    categoryName: '자금',
    title: '운전자금 지원 문의',
    status: 'ASSIGNED',
    statusName: '배정',
    channel: 'WEB',
    channelName: '온라인',
    municipality: 'CHUNCHEON',
    municipalityName: '춘천시',
    company: { businessNumber: '1348672683', name: '㈜강원정밀' },
    contact: { name: '김*수', phone: '010-****-5678', email: 'k***@example.com' },
    departmentId: 'ENTERPRISE_ECONOMY',
    departmentName: '기업경제과 기업SOS팀',
    receivedAt: '2026-03-02T09:00:00+09:00',
    dueAt: '2099-03-11T18:00:00+09:00',
    overdue: false,
    possibleDuplicate: false,
    ...overrides,
  }
}

export function detail(overrides: Partial<GrievanceDetail> = {}): GrievanceDetail {
  return {
    ...summary(),
    content: '원자재 가격 상승으로 운전자금이 부족합니다.\n도 육성자금 신청 자격을 알려 주십시오.',
    contact: { name: '김영수', phone: '010-1234-5678', email: 'kim@example.com' },
    cooperatingDepartments: [],
    extensions: [],
    timeline: [
      {
        action: 'RECEIVED',
        status: 'RECEIVED',
        statusName: '접수',
        actor: '㈜강원정밀 사용자',
        note: null,
        at: '2026-03-02T09:00:00+09:00',
      },
      {
        action: 'ASSIGNED',
        status: 'ASSIGNED',
        statusName: '배정',
        actor: '기업지원과 김지원',
        note: '자금 분야',
        at: '2026-03-02T10:00:00+09:00',
      },
    ],
    allowedActions: [],
    ...overrides,
  }
}

export function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: 'p-dept',
    meetingId: 'm-1',
    type: 'DEPARTMENT',
    typeName: '부서',
    origin: 'INVITED',
    originName: '초청',
    departmentId: 'ENTERPRISE_ECONOMY',
    name: '기업경제과 기업SOS팀',
    attended: null,
    addedAt: '2026-03-02T09:00:00+09:00',
    ...overrides,
  }
}

export function raisedItem(overrides: Partial<RaisedItem> = {}): RaisedItem {
  return {
    id: 'ri-1',
    meetingId: 'm-1',
    businessNumber: '1348672683',
    companyName: '㈜강원정밀',
    companyMunicipality: 'CHUNCHEON',
    companyMunicipalityName: '춘천시',
    kind: 'SUGGESTION',
    kindName: '건의',
    category: 'FUNDING',
    categoryName: '자금',
    title: '운전자금 한도 상향 건의',
    content: '도 육성자금의 업체당 한도를 늘려 주십시오.',
    raisedAt: '2026-03-21T15:00:00+09:00',
    progress: {
      grievanceId: null,
      receiptNumber: null,
      status: null,
      statusName: '접수 대기',
      overdue: false,
    },
    ...overrides,
  }
}

/** A meeting as its own page shows it: planned, by the province, with a department and an agency invited. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-1',
    kind: 'FIELD_STRATEGY',
    kindName: '맞춤형 기업지원 간담회·현장전략회의',
    regular: true,
    title: '2026년 1차 강원기업지원 현장전략회의',
    startsAt: '2026-03-21T14:00:00+09:00',
    endsAt: '2026-03-21T16:00:00+09:00',
    date: '2026-03-21',
    municipality: 'PYEONGCHANG',
    municipalityName: '평창군',
    venue: '평창군청 대회의실',
    hostOrganization: 'PROVINCE',
    hostOrganizationName: '강원특별자치도',
    hostDepartmentId: 'ENTERPRISE_SUPPORT',
    hostDepartmentName: '기업지원과',
    status: 'PLANNED',
    statusName: '계획',
    publicMeeting: false,
    capacity: null,
    registrationCount: 0,
    remainingPlaces: null,
    participantCounts: { DEPARTMENT: 1, PARTNER_AGENCY: 1, COMPANY: 0 },
    attendedCounts: { DEPARTMENT: 0, PARTNER_AGENCY: 0, COMPANY: 0 },
    raisedItemCount: 0,
    agenda: '기업 애로 청취, 지원사업 안내',
    minutes: null,
    outcomes: null,
    participants: [
      participant(),
      participant({
        id: 'p-agency',
        type: 'PARTNER_AGENCY',
        typeName: '유관기관',
        departmentId: undefined,
        partnerAgencyId: 'GWTP',
        name: '강원테크노파크',
      }),
    ],
    raisedItems: [],
    permissions: { canManage: true, canRegister: false },
    ...overrides,
  }
}

// ---- 보고 (reporting-service) ----

export const STATUS_NORMAL = { code: 'IN_PROGRESS_NORMAL', group: 'IN_PROGRESS', groupLabel: '추진중', label: '정상' }
export const STATUS_CONTINUING = {
  code: 'COMPLETED_CONTINUING',
  group: 'COMPLETED',
  groupLabel: '완료',
  label: '지속추진',
}

export function kpiCard(overrides: Partial<KpiCard> = {}): KpiCard {
  return {
    programmeId: 'p-sos',
    programme: '기업SOS 시스템 운영',
    department: '기업경제과 기업SOS팀',
    indicatorId: 'i-1',
    indicator: '기업SOS 처리 실적',
    unit: '건',
    source: 'GRIEVANCES_HANDLED',
    year: 2024,
    targetLabel: '2024년',
    target: 65,
    actual: 52,
    achievementRate: 80,
    progress: 80,
    status: STATUS_NORMAL,
    programmeStatus: STATUS_NORMAL,
    implementationRate: 93,
    ...overrides,
  }
}

export function groupFigures(overrides: Partial<GroupFigures> = {}): GroupFigures {
  return {
    code: 'CHUNCHEON',
    label: '춘천',
    received: 0,
    answered: 0,
    closed: 0,
    medianHandlingDays: null,
    answeredWithinDeadlineRate: null,
    satisfactionAverage: null,
    ratedCount: 0,
    overdueNow: 0,
    ...overrides,
  }
}

export function programmeView(overrides: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    id: 'p-sos',
    code: 'BIZ_SOS',
    name: '기업SOS 시스템 운영',
    department: '기업경제과 기업SOS팀',
    manager: '이수연',
    managerPhone: '2284',
    nature: 'CONTINUING',
    natureLabel: '계속',
    startYear: 2022,
    endYear: 2026,
    endMonth: 6,
    periodLabel: '임기내',
    fundingTypeLabel: '예산',
    indicators: [
      {
        id: 'i-1',
        name: '기업SOS 처리 실적',
        unit: '건',
        source: { source: 'GRIEVANCES_HANDLED' },
        sourceLabel: '기업애로 처리',
        confirmation: null,
        sortOrder: 0,
        targets: [],
        actuals: [],
      },
    ],
    overrides: [],
    version: 1,
    ...overrides,
  }
}

const amounts = (planned: number, secured: number, executed: number) => ({
  planned,
  secured,
  executed,
  securedRate: null,
  executionRate: null,
})

/** Seed 003's 2024 3분기 report, cut to what the tests read. */
export function programmeReport(overrides: Partial<ProgrammeReport> = {}): ProgrammeReport {
  const years = [2022, 2023, 2024, 2025, 2026].map((y) => ({ year: y, label: y === 2026 ? '2026.6' : String(y) }))
  return {
    title: '기업SOS 시스템 운영 이행 보고서',
    year: 2024,
    quarter: 3,
    asOf: '2024-09-30',
    basis: "’24. 3분기 기준",
    overview: {
      id: 'p-sos',
      code: 'BIZ_SOS',
      name: '기업SOS 시스템 운영',
      department: '기업경제과 기업SOS팀',
      manager: '이수연',
      managerPhone: '2284',
      cooperatingDepartments: null,
      nature: 'CONTINUING',
      natureLabel: '계속',
      startYear: 2022,
      endYear: 2026,
      endMonth: 6,
      period: '임기내',
      fundingType: 'BUDGET',
      fundingTypeLabel: '예산',
      practiceGoal: null,
      progressNote: null,
      finalGoal: '기업의 애로를 적극 발굴·처리하는 맞춤형 기업애로 처리 시스템을 운영',
      overview: ['시장 기업체 현장 방문 및 간담회 실시 : 연 4회'],
      centralSupport: '해당없음',
      executor: '자체',
      confirmationIndicators: ['기업 애로 발굴 및 처리 실적'],
    },
    yearlyTargets: {
      columns: [
        { year: 2023, label: '2023년' },
        { year: 2024, label: '2024년' },
      ],
      rows: [{ indicatorId: 'i-1', name: '기업SOS처리 실적', unit: '건', values: [60, 65] }],
    },
    achievements: [{ year: 2024, label: '2024년 3분기', items: ['▶ 기업애로 간담회 등 : 2회'], meetings: [] }],
    targetProgress: [
      {
        indicatorId: 'i-1',
        indicator: '기업SOS처리 실적',
        unit: '건',
        year: 2024,
        yearLabel: '2024년',
        target: 65,
        actual: 52,
        achievementRate: 80,
        status: STATUS_NORMAL,
        summary: null,
      },
    ],
    implementation: {
      status: STATUS_CONTINUING,
      rate: 100,
      derivedStatus: STATUS_CONTINUING,
      derivedRate: 100,
      overridden: false,
      overrideReason: null,
      overriddenBy: null,
      overriddenAt: null,
      completionLabel: '2022년',
      grid: [
        {
          group: 'COMPLETED',
          label: '완료',
          statuses: [
            { code: 'COMPLETED_ENDED', label: '종료', checked: false },
            { code: 'COMPLETED_CONTINUING', label: '지속추진', checked: true },
          ],
        },
      ],
    },
    outreach: {
      types: [{ type: 'MEETING_HEARING', label: '간담회·공청회' }],
      rows: [{ year: 2024, label: '2024년', counts: { MEETING_HEARING: 7 }, total: 7 }],
      total: { year: null, label: '계', counts: { MEETING_HEARING: 7 }, total: 7 },
    },
    budget: {
      unit: '백만원',
      years,
      total: {
        source: 'TOTAL',
        label: '계',
        total: amounts(898, 884, 753),
        byYear: [amounts(403, 389, 389), amounts(229, 229, 229), amounts(266, 266, 135), null, null],
      },
      rows: [
        {
          source: 'PROVINCIAL',
          label: '도비',
          total: amounts(339, 337, 285),
          byYear: [amounts(140, 138, 138), amounts(91, 91, 91), amounts(108, 108, 56), null, null],
        },
        {
          source: 'MUNICIPAL',
          label: '시비',
          total: amounts(322, 319, 271),
          byYear: [amounts(134, 131, 131), amounts(89, 89, 89), amounts(99, 99, 51), null, null],
        },
        {
          source: 'OTHER',
          label: '기타',
          total: amounts(237, 228, 197),
          byYear: [amounts(129, 120, 120), amounts(49, 49, 49), amounts(59, 59, 28), null, null],
        },
      ],
    },
    outcomes: [],
    futurePlan: ['2024. 1. ~ 12. : 사업 추진'],
    expectedEffect: [],
    generatedAt: '2024-10-01T09:00:00+09:00',
    ...overrides,
  }
}
