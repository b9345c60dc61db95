import { currentToken } from '../auth/session'
import type {
  AddParticipantRequest,
  AnswerRequest,
  AssignRequest,
  AttendanceMark,
  Category,
  CodeName,
  BudgetLineRequest,
  BudgetView,
  Dashboard,
  GrievanceBreakdown,
  KpiCard,
  OutcomeRequest,
  OutcomesView,
  OutreachRequest,
  OutreachView,
  OverrideRequest,
  OverrideView,
  ProgrammeReport,
  ProgrammeSummary,
  ProgrammeView,
  QuarterCount,
  ReportReference,
  IndicatorActualView,
  Department,
  ExtendRequest,
  FieldError,
  GrievanceDetail,
  GrievanceDraft,
  GrievancePage,
  GrievanceQuery,
  GrievanceReceipt,
  HoldMeetingRequest,
  Holiday,
  IssuedPartnerKey,
  LoginResponse,
  Meeting,
  MeetingKind,
  MeetingPage,
  MeetingQuery,
  MinutesView,
  NewPartnerKey,
  Participant,
  ParticipantContact,
  PartnerKey,
  PlanMeetingRequest,
  Problem,
  RaisedItem,
  RaiseItemRequest,
  RatingRequest,
  Rotation,
  RoutingRule,
  RoutingRuleInput,
  TransferRequest,
} from './types'

export const SESSION_EXPIRED_MESSAGE = '세션이 만료되었습니다. 다시 로그인해 주세요.'

/** An API call that did not succeed, carrying a Korean message fit to show as it is. */
export class ApiError extends Error {
  readonly status: number
  readonly problem?: Problem
  readonly fieldErrors: FieldError[]

  constructor(status: number, message: string, problem?: Problem) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : []
  }
}

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler = () => {}

/** The auth provider registers here what to do when any call answers 401. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  onUnauthorized = handler
  return () => {
    if (onUnauthorized === handler) onUnauthorized = () => {}
  }
}

function defaultMessage(status: number): string {
  if (status === 400 || status === 422) return '입력 내용을 확인해 주세요.'
  if (status === 401) return SESSION_EXPIRED_MESSAGE
  if (status === 403) return '이 기능을 사용할 권한이 없습니다.'
  if (status === 404) return '요청한 정보를 찾을 수 없습니다.'
  if (status === 409) return '이미 처리된 요청입니다. 화면을 새로 고친 뒤 다시 시도해 주세요.'
  if (status === 413) return '보내는 내용이 너무 큽니다.'
  if (status === 429) return '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.'
  if (status === 502 || status === 503 || status === 504)
    return '서비스가 일시적으로 응답하지 않습니다. 잠시 후 다시 시도해 주세요.'
  return '일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.'
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
  /** false for the login call itself: a 401 there means wrong credentials, not an expired session. */
  auth?: boolean
}

export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, auth = true } = opts
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth) {
    const token = currentToken()
    if (token) headers.Authorization = `Bearer ${token}`
  }

  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, '서버에 연결할 수 없습니다. 네트워크 상태를 확인한 뒤 다시 시도해 주세요.')
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T
    const text = await res.text()
    return (text ? JSON.parse(text) : undefined) as T
  }

  const problem = await readProblem(res)
  if (res.status === 401 && auth) {
    onUnauthorized()
    throw new ApiError(401, SESSION_EXPIRED_MESSAGE, problem)
  }
  throw new ApiError(res.status, problem?.detail || defaultMessage(res.status), problem)
}

async function readProblem(res: Response): Promise<Problem | undefined> {
  const type = res.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) return undefined
  try {
    const p = (await res.json()) as unknown
    return p && typeof p === 'object' ? (p as Problem) : undefined
  } catch {
    return undefined
  }
}

export interface Download {
  blob: Blob
  filename: string
}

/**
 * A file the API sends (an iCalendar, for one), fetched with the session's token: a plain link would go
 * without the Authorization header. Failures are read as problems, as in apiRequest.
 */
export async function apiDownload(path: string, fallbackName: string, accept = '*/*'): Promise<Download> {
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` }
  const token = currentToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(path, { headers, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, '서버에 연결할 수 없습니다. 네트워크 상태를 확인한 뒤 다시 시도해 주세요.')
  }
  if (!res.ok) {
    const problem = await readProblem(res)
    if (res.status === 401) {
      onUnauthorized()
      throw new ApiError(401, SESSION_EXPIRED_MESSAGE, problem)
    }
    throw new ApiError(res.status, problem?.detail || defaultMessage(res.status), problem)
  }
  const disposition = res.headers.get('Content-Disposition') ?? ''
  // The Korean name comes as RFC 5987 filename*=UTF-8''…, after an ASCII filename="…": prefer it.
  const named =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  return { blob: await res.blob(), filename: named ? decodeURIComponent(named[1].trim()) : fallbackName }
}

/** Hands a downloaded file to the browser to save. */
export function saveDownload({ blob, filename }: Download): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** `?a=1&b=2` from the values that are set; '' when none is. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue
    q.set(k, String(v))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

const grievancePath = (id: string | number, action = '') =>
  `/api/grievances/${encodeURIComponent(String(id))}${action ? `/${action}` : ''}`

const post = <T,>(path: string, body: unknown) => apiRequest<T>(path, { method: 'POST', body })

const programmePath = (id: string, rest = '') =>
  `/api/reports/programmes/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}`

export interface ReportPeriod {
  year?: number
  quarter?: number
}

export interface GrievanceStatsQuery {
  year?: number
  quarter?: number
  municipality?: string
  department?: string
  category?: string
  kind?: string
}

const meetingPath = (id: string, rest = '') => `/api/meetings/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}`

/** The iCalendar feed of the meetings one may see, by kind and 시군 (a relative URL). */
export function meetingFeedPath(filter: { kind?: string; municipality?: string } = {}): string {
  return `/api/meetings/calendar.ics${queryString({ kind: filter.kind, municipality: filter.municipality })}`
}

export const api = {
  login: (username: string, password: string) =>
    apiRequest<LoginResponse>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
      auth: false,
    }),
  categories: (signal?: AbortSignal) =>
    apiRequest<Category[]>('/api/grievances/categories', { signal }),
  addCategory: (category: Category) => post<Category>('/api/grievances/categories', category),
  departments: (signal?: AbortSignal) =>
    apiRequest<Department[]>('/api/grievances/departments', { signal }),
  createGrievance: (draft: GrievanceDraft) =>
    apiRequest<GrievanceReceipt>('/api/grievances', { method: 'POST', body: draft }),
  grievances: (query: GrievanceQuery = {}, signal?: AbortSignal) =>
    apiRequest<GrievancePage>(`/api/grievances${queryString({ ...query })}`, { signal }),
  grievance: (id: string | number, signal?: AbortSignal) =>
    apiRequest<GrievanceDetail>(grievancePath(id), { signal }),
  assign: (id: string | number, body: AssignRequest) => post<GrievanceDetail>(grievancePath(id, 'assign'), body),
  start: (id: string | number) => post<GrievanceDetail>(grievancePath(id, 'start'), {}),
  transfer: (id: string | number, body: TransferRequest) =>
    post<GrievanceDetail>(grievancePath(id, 'transfer'), body),
  extend: (id: string | number, body: ExtendRequest) => post<GrievanceDetail>(grievancePath(id, 'extend'), body),
  contribute: (id: string | number, text: string) =>
    post<GrievanceDetail>(grievancePath(id, 'contributions'), { text }),
  answer: (id: string | number, body: AnswerRequest) => post<GrievanceDetail>(grievancePath(id, 'answer'), body),
  rate: (id: string | number, body: RatingRequest) => post<GrievanceDetail>(grievancePath(id, 'rating'), body),
  close: (id: string | number, note?: string) =>
    post<GrievanceDetail>(grievancePath(id, 'close'), note ? { note } : {}),
  reopen: (id: string | number, reason: string) => post<GrievanceDetail>(grievancePath(id, 'reopen'), { reason }),
  routingRules: (signal?: AbortSignal) =>
    apiRequest<RoutingRule[]>('/api/grievances/routing-rules', { signal }),
  createRoutingRule: (rule: RoutingRuleInput) => post<RoutingRule>('/api/grievances/routing-rules', rule),
  updateRoutingRule: (id: string | number, rule: RoutingRuleInput) =>
    apiRequest<RoutingRule>(`/api/grievances/routing-rules/${encodeURIComponent(String(id))}`, {
      method: 'PUT',
      body: rule,
    }),
  deleteRoutingRule: (id: string | number) =>
    apiRequest<void>(`/api/grievances/routing-rules/${encodeURIComponent(String(id))}`, { method: 'DELETE' }),
  holidays: (year: number, signal?: AbortSignal) =>
    apiRequest<Holiday[]>(`/api/grievances/holidays${queryString({ year })}`, { signal }),
  addHoliday: (holiday: { date: string; name: string }) => post<Holiday>('/api/grievances/holidays', holiday),
  deleteHoliday: (date: string) =>
    apiRequest<void>(`/api/grievances/holidays/${encodeURIComponent(date)}`, { method: 'DELETE' }),
  dashboard: (year?: number, signal?: AbortSignal) =>
    apiRequest<Dashboard>(`/api/reports/dashboard${queryString({ year })}`, { signal }),
  grievanceStats: (query: GrievanceStatsQuery = {}, signal?: AbortSignal) =>
    apiRequest<GrievanceBreakdown>(`/api/reports/grievances${queryString({ ...query })}`, { signal }),
  grievanceTrend: (fromYear: number, toYear: number, signal?: AbortSignal) =>
    apiRequest<QuarterCount[]>(`/api/reports/grievances/trend${queryString({ fromYear, toYear })}`, { signal }),
  kpis: (year?: number, quarter?: number, signal?: AbortSignal) =>
    apiRequest<KpiCard[]>(`/api/reports/kpis${queryString({ year, quarter })}`, { signal }),
  reportReference: (signal?: AbortSignal) => apiRequest<ReportReference>('/api/reports/reference', { signal }),
  programmes: (signal?: AbortSignal) => apiRequest<ProgrammeSummary[]>('/api/reports/programmes', { signal }),
  programme: (id: string, signal?: AbortSignal) => apiRequest<ProgrammeView>(programmePath(id), { signal }),
  programmeReport: (id: string, period: ReportPeriod, signal?: AbortSignal) =>
    apiRequest<ProgrammeReport>(programmePath(id, `report${queryString({ ...period })}`), { signal }),
  programmeReportFile: (id: string, period: ReportPeriod, format: 'xlsx' | 'hwpx') =>
    apiDownload(
      programmePath(id, `report.${format}${queryString({ ...period })}`),
      `report-${period.year ?? ''}-${period.quarter ?? ''}.${format}`,
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/hwp+zip',
    ),
  budget: (id: string, signal?: AbortSignal) => apiRequest<BudgetView>(programmePath(id, 'budget'), { signal }),
  putBudgetLine: (id: string, line: BudgetLineRequest) =>
    apiRequest<BudgetView>(
      programmePath(id, `budget/${line.year}/${encodeURIComponent(line.fundingSource)}`),
      { method: 'PUT', body: { planned: line.planned, secured: line.secured, executed: line.executed } },
    ),
  deleteBudgetLine: (id: string, year: number, fundingSource: string) =>
    apiRequest<void>(programmePath(id, `budget/${year}/${encodeURIComponent(fundingSource)}`), { method: 'DELETE' }),
  outreach: (id: string, signal?: AbortSignal) => apiRequest<OutreachView[]>(programmePath(id, 'outreach'), { signal }),
  addOutreach: (id: string, body: OutreachRequest) => post<OutreachView>(programmePath(id, 'outreach'), body),
  deleteOutreach: (id: string, entryId: string) =>
    apiRequest<void>(programmePath(id, `outreach/${encodeURIComponent(entryId)}`), { method: 'DELETE' }),
  outcomes: (id: string, signal?: AbortSignal) => apiRequest<OutcomesView>(programmePath(id, 'outcomes'), { signal }),
  putOutcome: (id: string, body: OutcomeRequest) =>
    apiRequest<OutcomesView>(programmePath(id, 'outcomes'), { method: 'PUT', body }),
  deleteOutcome: (id: string, outcomeId: string) =>
    apiRequest<void>(programmePath(id, `outcomes/${encodeURIComponent(outcomeId)}`), { method: 'DELETE' }),
  setActual: (id: string, indicatorId: string, year: number, body: { value: number; note?: string | null }) =>
    apiRequest<IndicatorActualView>(
      programmePath(id, `indicators/${encodeURIComponent(indicatorId)}/actuals/${year}`),
      { method: 'PUT', body },
    ),
  overrideStatus: (id: string, year: number, body: OverrideRequest) =>
    apiRequest<OverrideView>(programmePath(id, `status-overrides/${year}`), { method: 'PUT', body }),
  clearOverride: (id: string, year: number) =>
    apiRequest<void>(programmePath(id, `status-overrides/${year}`), { method: 'DELETE' }),

  meetings: (query: MeetingQuery = {}, signal?: AbortSignal) =>
    apiRequest<MeetingPage>(`/api/meetings${queryString({ ...query })}`, { signal }),
  meeting: (id: string, signal?: AbortSignal) => apiRequest<Meeting>(meetingPath(id), { signal }),
  planMeeting: (body: PlanMeetingRequest) => post<Meeting>('/api/meetings', body),
  confirmMeeting: (id: string) => post<Meeting>(meetingPath(id, 'confirm'), {}),
  holdMeeting: (id: string, body: HoldMeetingRequest) => post<Meeting>(meetingPath(id, 'hold'), body),
  cancelMeeting: (id: string, reason: string) => post<Meeting>(meetingPath(id, 'cancel'), { reason }),
  recordMinutes: (id: string, body: { minutes: string; outcomes?: string }) =>
    apiRequest<MinutesView>(meetingPath(id, 'minutes'), { method: 'PUT', body }),
  recordAttendance: (id: string, attendance: AttendanceMark[]) =>
    apiRequest<Meeting>(meetingPath(id, 'attendance'), { method: 'PUT', body: { attendance } }),
  addParticipant: (id: string, body: AddParticipantRequest) => post<Participant>(meetingPath(id, 'participants'), body),
  removeParticipant: (id: string, participantId: string) =>
    apiRequest<void>(meetingPath(id, `participants/${encodeURIComponent(participantId)}`), { method: 'DELETE' }),
  registrations: (id: string, signal?: AbortSignal) =>
    apiRequest<Participant[]>(meetingPath(id, 'registrations'), { signal }),
  register: (id: string, contact?: ParticipantContact) =>
    post<Participant>(meetingPath(id, 'registrations'), contact ? { contact } : {}),
  withdrawRegistration: (id: string, registrationId: string) =>
    apiRequest<void>(meetingPath(id, `registrations/${encodeURIComponent(registrationId)}`), { method: 'DELETE' }),
  raiseItem: (id: string, body: RaiseItemRequest) => post<RaisedItem>(meetingPath(id, 'raised-items'), body),
  meetingKinds: (signal?: AbortSignal) => apiRequest<MeetingKind[]>('/api/meetings/kinds', { signal }),
  meetingPartnerAgencies: (signal?: AbortSignal) =>
    apiRequest<CodeName[]>('/api/meetings/partner-agencies', { signal }),
  meetingDepartments: (signal?: AbortSignal) => apiRequest<CodeName[]>('/api/meetings/departments', { signal }),
  rotation: (year: number, signal?: AbortSignal) =>
    apiRequest<Rotation>(`/api/meetings/rotation${queryString({ year })}`, { signal }),
  meetingCalendar: (id: string) =>
    apiDownload(meetingPath(id, 'calendar.ics'), `meeting-${id}.ics`, 'text/calendar'),
  meetingFeed: (filter: { kind?: string; municipality?: string } = {}) =>
    apiDownload(meetingFeedPath(filter), 'bizsos-meetings.ics', 'text/calendar'),

  partnerKeys: (signal?: AbortSignal) => apiRequest<PartnerKey[]>('/api/partner-keys', { signal }),
  issuePartnerKey: (body: NewPartnerKey) => post<IssuedPartnerKey>('/api/partner-keys', body),
  revokePartnerKey: (id: number) =>
    apiRequest<void>(`/api/partner-keys/${encodeURIComponent(String(id))}`, { method: 'DELETE' }),
}
