import type { GrievanceDetail, GrievanceSummary, Meeting, Participant, RaisedItem } from '../api/types'

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
