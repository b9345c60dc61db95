import type {
  AnswerResult,
  Channel,
  GrievanceAction,
  GrievanceKind,
  GrievanceStatus,
  HolidaySource,
  Role,
  User,
} from '../api/types'

export const KIND_OPTIONS: { value: GrievanceKind; label: string; hint: string }[] = [
  { value: 'COMPLAINT', label: '애로(고충)', hint: '경영 활동 중 겪는 어려움' },
  { value: 'SUGGESTION', label: '건의', hint: '제도·정책 개선 제안' },
  { value: 'LEGAL_QUESTION', label: '법령 질의', hint: '법령·조례 해석 문의' },
  { value: 'PROCEDURE_QUESTION', label: '제도·절차 질의', hint: '지원사업·인허가 절차 문의' },
  { value: 'OTHER', label: '기타', hint: '그 밖의 사항' },
]

export const KIND_LABELS: Record<GrievanceKind, string> = Object.fromEntries(
  KIND_OPTIONS.map((o) => [o.value, o.label]),
) as Record<GrievanceKind, string>

export type BadgeTone = 'primary' | 'secondary' | 'information' | 'warning' | 'success' | 'gray' | 'danger'

export const STATUS_META: Record<GrievanceStatus, { label: string; tone: BadgeTone }> = {
  RECEIVED: { label: '접수', tone: 'primary' },
  ASSIGNED: { label: '배정', tone: 'secondary' },
  IN_PROGRESS: { label: '처리중', tone: 'information' },
  TRANSFERRED: { label: '이송', tone: 'warning' },
  ANSWERED: { label: '처리완료', tone: 'success' },
  CLOSED: { label: '종결', tone: 'gray' },
  REOPENED: { label: '재개', tone: 'danger' },
}

export function statusMeta(status: string): { label: string; tone: BadgeTone } {
  return STATUS_META[status as GrievanceStatus] ?? { label: status, tone: 'gray' }
}

/** Used when the category list cannot be loaded, and for codes the list lacks. */
export const CATEGORY_FALLBACK: Record<string, string> = {
  FUNDING: '자금',
  SALES: '판로',
  EXPORT: '수출',
  MANPOWER: '인력',
  REGULATION: '규제·인허가',
  SITE: '입지·인프라',
  TECHNOLOGY: '기술·R&D',
  TAX: '세제',
  OTHER: '기타',
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '관리자',
  COORDINATOR: '총괄 담당자',
  OFFICER: '처리 담당자',
  COMPANY: '기업',
}

const ROLE_ORDER: Role[] = ['ADMIN', 'COORDINATOR', 'OFFICER', 'COMPANY']

export function primaryRole(user: User): Role | undefined {
  return ROLE_ORDER.find((r) => user.roles.includes(r))
}

export function isCompany(user: User): boolean {
  return primaryRole(user) === 'COMPANY'
}

export function hasRole(user: User | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r))
}

/** Staff handle grievances: they see the inbox and may file on a company's behalf. */
export function isStaff(user: User | null | undefined): boolean {
  return hasRole(user, 'ADMIN', 'COORDINATOR', 'OFFICER')
}

export function isAdmin(user: User | null | undefined): boolean {
  return hasRole(user, 'ADMIN')
}

export const STATUS_OPTIONS = (Object.keys(STATUS_META) as GrievanceStatus[]).map((value) => ({
  value,
  label: STATUS_META[value].label,
}))

/** 접수 경로. WEB is the company's own filing; staff choose one of the others. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  WEB: '온라인',
  PHONE: '전화',
  VISIT: '현장방문',
  MEETING: '간담회',
  PARTNER: '유관기관',
}

export const STAFF_CHANNEL_OPTIONS: { value: Channel; label: string; hint: string }[] = [
  { value: 'PHONE', label: '전화', hint: '기업의 전화 상담' },
  { value: 'VISIT', label: '현장방문', hint: '기업 현장 방문' },
  { value: 'MEETING', label: '간담회', hint: '간담회·회의에서 건의' },
  { value: 'PARTNER', label: '유관기관', hint: '유관기관에서 이관' },
]

/** 강원특별자치도 and its 18 시군, in the order the province lists them. */
export const MUNICIPALITIES: { code: string; name: string }[] = [
  { code: 'CHUNCHEON', name: '춘천시' },
  { code: 'WONJU', name: '원주시' },
  { code: 'GANGNEUNG', name: '강릉시' },
  { code: 'DONGHAE', name: '동해시' },
  { code: 'TAEBAEK', name: '태백시' },
  { code: 'SOKCHO', name: '속초시' },
  { code: 'SAMCHEOK', name: '삼척시' },
  { code: 'HONGCHEON', name: '홍천군' },
  { code: 'HOENGSEONG', name: '횡성군' },
  { code: 'YEONGWOL', name: '영월군' },
  { code: 'PYEONGCHANG', name: '평창군' },
  { code: 'JEONGSEON', name: '정선군' },
  { code: 'CHEORWON', name: '철원군' },
  { code: 'HWACHEON', name: '화천군' },
  { code: 'YANGGU', name: '양구군' },
  { code: 'INJE', name: '인제군' },
  { code: 'GOSEONG', name: '고성군' },
  { code: 'YANGYANG', name: '양양군' },
  { code: 'PROVINCE', name: '강원특별자치도' },
]

export function municipalityName(code: string | null | undefined): string {
  if (!code) return '-'
  return MUNICIPALITIES.find((m) => m.code === code)?.name ?? code
}

/** 기업 규모, sent as the Korean word (the service stores it as text). */
export const SIZE_CLASSES = ['소상공인', '중소', '중견', '대기업'] as const

export const ANSWER_RESULTS: { value: AnswerResult; label: string; tone: BadgeTone; hint: string }[] = [
  { value: 'ACCEPTED', label: '수용', tone: 'success', hint: '요청한 내용을 받아들임' },
  { value: 'PARTIALLY_ACCEPTED', label: '일부수용', tone: 'information', hint: '일부를 받아들임' },
  { value: 'NOT_ACCEPTED', label: '불수용', tone: 'danger', hint: '사유와 이의신청 방법 안내 필요' },
  { value: 'LONG_TERM_REVIEW', label: '장기검토', tone: 'warning', hint: '제도 개선 등 장기 과제로 검토' },
]

export function answerResultMeta(result: string): { label: string; tone: BadgeTone } {
  return ANSWER_RESULTS.find((r) => r.value === result) ?? { label: result, tone: 'gray' }
}

/** The buttons of the grievance page, in the order they are shown. */
export const ACTION_LABELS: Record<GrievanceAction, string> = {
  ASSIGN: '배정',
  START: '처리 시작',
  TRANSFER: '이송',
  EXTEND: '기한 연장',
  CONTRIBUTE: '협조 의견 등록',
  ANSWER: '답변 등록',
  RATE: '만족도 평가',
  CLOSE: '종결',
  REOPEN: '재개 요청',
}

const TIMELINE_LABELS: Record<string, string> = {
  RECEIVED: '접수',
  SUBMITTED: '접수',
  ROUTED: '자동 배정',
  ASSIGN: '배정',
  ASSIGNED: '배정',
  START: '처리 시작',
  STARTED: '처리 시작',
  TRANSFER: '이송',
  TRANSFERRED: '이송',
  EXTEND: '기한 연장',
  EXTENDED: '기한 연장',
  CONTRIBUTE: '협조 의견 등록',
  CONTRIBUTED: '협조 의견 등록',
  ANSWER: '답변',
  ANSWERED: '답변',
  RATE: '만족도 평가',
  RATED: '만족도 평가',
  CLOSE: '종결',
  CLOSED: '종결',
  REOPEN: '재개',
  REOPENED: '재개',
  OVERDUE: '처리기한 경과',
  PROGRESS_NOTICE: '중간 통보',
}

export function timelineActionLabel(action: string): string {
  return TIMELINE_LABELS[action] ?? action
}

export const HOLIDAY_SOURCE_META: Record<HolidaySource, { label: string; tone: BadgeTone; desc: string }> = {
  OFFICIAL: { label: '공식', tone: 'primary', desc: '정부 월력요항' },
  COMPUTED: { label: '계산', tone: 'information', desc: '월력요항 발표 전 계산' },
  ADMIN: { label: '임시', tone: 'warning', desc: '관리자가 추가한 임시공휴일' },
}

/** Partner agencies a grievance is often transferred to (유관기관); free text is allowed too. */
export const PARTNER_AGENCIES = [
  '강원지방중소벤처기업청',
  '고용노동부 강원지청',
  '강원지방조달청',
  '중소벤처기업진흥공단 강원지역본부',
  '한국무역협회',
  '한국은행',
  '강원특별자치도경제진흥원',
  '강원테크노파크',
  '강원신용보증재단',
  '중소기업중앙회 강원지역본부',
]
