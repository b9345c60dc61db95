import type { FieldError, PlanMeetingRequest } from '../../api/types'
import { mapFieldErrors } from '../../components/form'
import { withoutIndices } from '../../lib/meetings'

export const MEETING_TITLE_MAX = 200
export const VENUE_MAX = 200
export const AGENDA_MAX = 4000
export const CAPACITY_MAX = 100_000

/** The plan form's fields, in the order it shows them (and focuses the first wrong one). */
export const PLAN_FIELDS = [
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'municipality',
  'venue',
  'hostOrganization',
  'hostDepartmentId',
  'publicMeeting',
  'capacity',
  'agenda',
  'invitedDepartments',
  'partnerAgencies',
] as const
export type PlanField = (typeof PLAN_FIELDS)[number]
export type PlanErrors = Partial<Record<PlanField, string>>

export interface PlanValues {
  kind: string
  title: string
  /** YYYY-MM-DDTHH:mm, Seoul time, as the date-time input gives it. */
  startsAt: string
  endsAt: string
  municipality: string
  venue: string
  hostOrganization: string
  hostDepartmentId: string
  publicMeeting: boolean
  capacity: string
  agenda: string
  invitedDepartments: string[]
  partnerAgencies: string[]
}

export const EMPTY_PLAN: PlanValues = {
  kind: '',
  title: '',
  startsAt: '',
  endsAt: '',
  municipality: '',
  venue: '',
  hostOrganization: 'PROVINCE',
  hostDepartmentId: '',
  publicMeeting: false,
  capacity: '',
  agenda: '',
  invitedDepartments: [],
  partnerAgencies: [],
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/

/** Two hours after a local date-time, kept on the same day (23:59 at the latest). */
export function twoHoursLater(local: string): string {
  if (!LOCAL_DATE_TIME.test(local)) return ''
  const [date, time] = local.split('T')
  const [h, m] = time.split(':').map(Number)
  const minutes = Math.min(h * 60 + m + 120, 23 * 60 + 59)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

export function validatePlan(v: PlanValues): PlanErrors {
  const e: PlanErrors = {}
  if (!v.kind) e.kind = '회의 종류를 선택해 주세요. (필수 입력)'
  const title = v.title.trim()
  if (!title) e.title = '회의명을 입력해 주세요. (필수 입력)'
  else if (title.length > MEETING_TITLE_MAX)
    e.title = `회의명은 ${MEETING_TITLE_MAX}자 이내로 입력해 주세요. (글자 수 초과: ${title.length}자)`
  if (!v.startsAt) e.startsAt = '시작 일시를 입력해 주세요. (필수 입력)'
  else if (!LOCAL_DATE_TIME.test(v.startsAt)) e.startsAt = '시작 일시를 날짜와 시각으로 입력해 주세요. (예: 2026-03-21 14:00)'
  if (!v.endsAt) e.endsAt = '종료 일시를 입력해 주세요. (필수 입력)'
  else if (!LOCAL_DATE_TIME.test(v.endsAt)) e.endsAt = '종료 일시를 날짜와 시각으로 입력해 주세요. (예: 2026-03-21 16:00)'
  else if (!e.startsAt && v.endsAt <= v.startsAt) e.endsAt = '종료 일시는 시작 일시보다 늦어야 합니다.'
  if (!v.municipality) e.municipality = '개최 시군을 선택해 주세요. (필수 입력)'
  if (v.venue.trim().length > VENUE_MAX) e.venue = `장소는 ${VENUE_MAX}자 이내로 입력해 주세요.`
  const capacity = v.capacity.trim()
  if (capacity && (!/^\d{1,6}$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > CAPACITY_MAX))
    e.capacity = `정원은 1부터 ${CAPACITY_MAX.toLocaleString('ko-KR')}까지의 정수로 입력해 주세요.`
  if (v.agenda.trim().length > AGENDA_MAX)
    e.agenda = `안건은 ${AGENDA_MAX.toLocaleString('ko-KR')}자 이내로 입력해 주세요. (글자 수 초과: ${v.agenda
      .trim()
      .length.toLocaleString('ko-KR')}자)`
  return e
}

export function toPlanRequest(v: PlanValues): PlanMeetingRequest {
  const body: PlanMeetingRequest = {
    kind: v.kind,
    title: v.title.trim(),
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    municipality: v.municipality,
    hostOrganization: v.hostOrganization || 'PROVINCE',
    publicMeeting: v.publicMeeting,
  }
  if (v.venue.trim()) body.venue = v.venue.trim()
  if (v.hostDepartmentId) body.hostDepartmentId = v.hostDepartmentId
  if (v.publicMeeting && v.capacity.trim()) body.capacity = Number(v.capacity.trim())
  if (v.agenda.trim()) body.agenda = v.agenda.trim()
  if (v.invitedDepartments.length > 0) body.invitedDepartments = v.invitedDepartments
  if (v.partnerAgencies.length > 0) body.partnerAgencies = v.partnerAgencies
  return body
}

export function mapPlanErrors(errors: FieldError[]) {
  return mapFieldErrors(withoutIndices(errors), PLAN_FIELDS)
}
