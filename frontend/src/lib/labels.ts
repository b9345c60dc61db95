import type { GrievanceKind, GrievanceStatus, Role, User } from '../api/types'

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
