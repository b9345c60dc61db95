import type { GrievanceDetail, GrievanceSummary } from '../api/types'

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
