import { useEffect, useState } from 'react'
import { api, ApiError } from '../api/client'
import type { CodeName, Meeting, MeetingKind, MeetingStatus, ParticipantType, RaisedItem, User } from '../api/types'
import { formatDate, formatDateTime } from './datetime'
import { hasRole, MUNICIPALITIES, type BadgeTone } from './labels'

export const MEETING_STATUS_META: Record<MeetingStatus, { label: string; tone: BadgeTone }> = {
  PLANNED: { label: '계획', tone: 'secondary' },
  CONFIRMED: { label: '확정', tone: 'primary' },
  HELD: { label: '개최', tone: 'success' },
  CANCELLED: { label: '취소', tone: 'gray' },
}

export function meetingStatusMeta(status: string): { label: string; tone: BadgeTone } {
  return MEETING_STATUS_META[status as MeetingStatus] ?? { label: status, tone: 'gray' }
}

export const MEETING_STATUS_OPTIONS = (Object.keys(MEETING_STATUS_META) as MeetingStatus[]).map((value) => ({
  value,
  label: MEETING_STATUS_META[value].label,
}))

export const PARTICIPANT_TYPES: { value: ParticipantType; label: string; unit: string }[] = [
  { value: 'DEPARTMENT', label: '부서', unit: '곳' },
  { value: 'PARTNER_AGENCY', label: '유관기관', unit: '곳' },
  { value: 'COMPANY', label: '기업', unit: '개사' },
]

/** 기업 규모 as meetings-service codes it. */
export const COMPANY_SIZES = [
  { value: 'SMALL_BUSINESS', label: '소상공인' },
  { value: 'SME', label: '중소기업' },
  { value: 'MIDSIZE', label: '중견기업' },
  { value: 'LARGE', label: '대기업' },
]

/** The 18 시군 where meetings are held (the province itself is a host, never a place). */
export const CITIES = MUNICIPALITIES.filter((m) => m.code !== 'PROVINCE')

/** 2023 is the first year of the field meetings in the seeds. */
export const FIRST_MEETING_YEAR = 2023

export function seoulToday(): string {
  return formatDate(new Date())
}

export function seoulYear(): number {
  return Number(seoulToday().slice(0, 4))
}

export function seoulMonth(): number {
  return Number(seoulToday().slice(5, 7))
}

/** 2026-03-21 14:00 ~ 16:00, or both ends in full when the meeting runs over several days. */
export function formatMeetingTime(startsAt: string, endsAt?: string | null): string {
  const start = formatDateTime(startsAt)
  if (!endsAt) return start
  const end = formatDateTime(endsAt)
  if (start === '-' || end === '-') return start
  return start.slice(0, 10) === end.slice(0, 10) ? `${start} ~ ${end.slice(11)}` : `${start} ~ ${end}`
}

/** The meeting's Seoul calendar date (the server sends it; computed from the start otherwise). */
export function meetingDate(m: Pick<Meeting, 'date' | 'startsAt'>): string {
  return m.date ?? formatDate(m.startsAt)
}

/** A company may still register: public, open (planned or confirmed), not started, and a place left. */
export function hasRoom(m: Meeting): boolean {
  return m.remainingPlaces === null || m.remainingPlaces === undefined || m.remainingPlaces > 0
}

export function isOpenForRegistration(m: Meeting, now = new Date()): boolean {
  return (
    m.publicMeeting &&
    (m.status === 'PLANNED' || m.status === 'CONFIRMED') &&
    new Date(m.startsAt).getTime() > now.getTime() &&
    hasRoom(m)
  )
}

/**
 * Whether the grievance a raised item became may be opened by this user: the coordinator and admins see
 * every grievance, an officer those of its department, a company its own (the API lists it only its own).
 */
export function canOpenGrievance(user: User | null | undefined, item: RaisedItem): boolean {
  if (!user || !item.progress?.grievanceId) return false
  if (hasRole(user, 'ADMIN', 'COORDINATOR', 'COMPANY')) return true
  return hasRole(user, 'OFFICER') && !!user.departmentId && user.departmentId === item.progress.responsibleDepartmentId
}

/** One piece of reference data; an empty list (and `failed`) when it cannot be loaded. */
function useReference<T>(load: (signal: AbortSignal) => Promise<T[]>, enabled = true) {
  const [data, setData] = useState<T[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled) return
    const ctrl = new AbortController()
    load(ctrl.signal)
      .then((list) => {
        setData(list)
        setFailed(false)
      })
      .catch((e) => {
        if (ctrl.signal.aborted || (e instanceof ApiError && e.status === 401)) return
        setFailed(true)
        setData([])
      })
    return () => ctrl.abort()
  }, [enabled])
  return { data, failed }
}

export function useMeetingKinds() {
  const { data, failed } = useReference<MeetingKind>((s) => api.meetingKinds(s))
  return { kinds: data, failed }
}

export function useMeetingDepartments(enabled = true) {
  const { data, failed } = useReference<CodeName>((s) => api.meetingDepartments(s), enabled)
  return { departments: data, failed }
}

export function usePartnerAgencies(enabled = true) {
  const { data, failed } = useReference<CodeName>((s) => api.meetingPartnerAgencies(s), enabled)
  return { agencies: data, failed }
}

export function nameOf(list: CodeName[] | null | undefined, code: string | null | undefined): string {
  if (!code) return '-'
  return list?.find((x) => x.code === code)?.name ?? code
}

/** Field names from a problem's errors[] without list indices: `raisedItems[0].title` → `raisedItems.title`. */
export function withoutIndices<E extends { field: string }>(errors: E[]): E[] {
  return errors.map((e) => ({ ...e, field: (e.field ?? '').replace(/\[\d+\]/g, '') }))
}
