export type Role = 'ADMIN' | 'COORDINATOR' | 'OFFICER' | 'COMPANY'

export interface User {
  username: string
  displayName: string
  roles: Role[]
  departmentId?: string
  companyId?: string
}

export interface LoginResponse {
  accessToken: string
  tokenType: 'Bearer'
  /** Lifetime of the token in seconds. */
  expiresIn: number
  user: User
}

export type GrievanceKind =
  | 'COMPLAINT'
  | 'SUGGESTION'
  | 'LEGAL_QUESTION'
  | 'PROCEDURE_QUESTION'
  | 'OTHER'

export type GrievanceStatus =
  | 'RECEIVED'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'TRANSFERRED'
  | 'ANSWERED'
  | 'CLOSED'
  | 'REOPENED'

/** How a grievance reached us: WEB is the company's own; staff file the others on its behalf. */
export type Channel = 'WEB' | 'PHONE' | 'VISIT' | 'MEETING' | 'PARTNER'

export type GrievanceAction =
  | 'ASSIGN'
  | 'START'
  | 'TRANSFER'
  | 'EXTEND'
  | 'CONTRIBUTE'
  | 'ANSWER'
  | 'RATE'
  | 'CLOSE'
  | 'REOPEN'

export type AnswerResult = 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'NOT_ACCEPTED' | 'LONG_TERM_REVIEW'

export interface Category {
  code: string
  name: string
}

export interface Department {
  id: string
  name: string
}

export interface CompanyDetails {
  businessNumber: string
  name: string
  municipality: string
  sizeClass?: string
  industry?: string
}

export interface Contact {
  name?: string
  phone?: string
  email?: string
}

export interface GrievanceDraft {
  kind: GrievanceKind
  category: string
  title: string
  content: string
  /** Staff only; a company's own filing is always WEB. */
  channel?: Channel
  /** Required when staff file on a company's behalf. */
  company?: CompanyDetails
  contact?: Contact
}

export interface GrievanceReceipt {
  id: string | number
  receiptNumber: string
  status: GrievanceStatus
  kind: GrievanceKind
  category: string
  title: string
  receivedAt: string
  dueAt?: string
  /** Older servers sent a calendar date. */
  dueDate?: string
  departmentName?: string
}

export interface GrievanceSummary {
  id: string | number
  receiptNumber: string
  kind: GrievanceKind
  kindName?: string
  category: string
  categoryName?: string
  title: string
  status: GrievanceStatus
  statusName?: string
  channel?: Channel
  channelName?: string
  municipality?: string
  municipalityName?: string
  company?: { businessNumber: string; name: string }
  /** Masked in lists; whole on the detail when the caller may see it. */
  contact?: Contact
  departmentId?: string
  departmentName?: string
  receivedAt: string
  dueAt?: string
  overdue?: boolean
  possibleDuplicate?: boolean
  /** The earlier grievance this one may repeat, when the service names it. */
  possibleDuplicateOf?: string
  /** The partner agency that sent it over Open311 (channel PARTNER); grievance-service does not send it yet. */
  partnerId?: string | null
}

export interface CooperatingDepartment {
  id: string
  name: string
  contribution?: string
  contributedAt?: string
}

export interface Extension {
  previousDueAt: string
  newDueAt: string
  reason: string
  companyConsent: boolean
  at: string
}

export interface Answer {
  result: AnswerResult
  resultName?: string
  text: string
  officialName: string
  departmentName?: string
  answeredAt: string
  rejectionReason?: string
  appealGuide?: string
}

export interface Rating {
  score: number
  comment?: string
  ratedAt: string
}

export interface Transfer {
  toDepartmentId?: string
  toAgency?: string
  reason: string
  at?: string
}

export interface TimelineItem {
  action: string
  status: GrievanceStatus
  statusName?: string
  actor: string
  note?: string | null
  at: string
}

export interface GrievanceDetail extends GrievanceSummary {
  content: string
  cooperatingDepartments?: CooperatingDepartment[]
  meetingId?: string
  raisedItemId?: string
  extensions?: Extension[]
  progressNoticeDueAt?: string
  answer?: Answer
  rating?: Rating
  transfer?: Transfer
  timeline?: TimelineItem[]
  allowedActions?: GrievanceAction[]
}

export interface GrievancePage {
  items: GrievanceSummary[]
  total: number
  page?: number
  size?: number
}

export type GrievanceSort = 'dueAt' | '-receivedAt'

/** The list's query; empty values are left out of the request. */
export interface GrievanceQuery {
  status?: string
  department?: string
  category?: string
  municipality?: string
  kind?: string
  overdue?: boolean
  q?: string
  /** Asked for by the partner screen; grievance-service ignores it until it supports it (the screen filters too). */
  channel?: Channel
  /** A partner agency's code; as channel, not yet supported by grievance-service. */
  partner?: string
  sort?: GrievanceSort
  page?: number
  size?: number
}

export interface AssignRequest {
  departmentId: string
  cooperatingDepartmentIds?: string[]
  note?: string
}

export interface TransferRequest {
  toDepartmentId?: string
  toAgency?: string
  reason: string
}

export interface ExtendRequest {
  /** YYYY-MM-DD */
  newDueDate: string
  reason: string
  companyConsent: boolean
}

export interface AnswerRequest {
  result: AnswerResult
  text: string
  officialName: string
  rejectionReason?: string
  appealGuide?: string
}

export interface RatingRequest {
  score: number
  comment?: string
}

export interface RoutingRule {
  id: string | number
  category?: string | null
  municipality?: string | null
  keyword?: string | null
  departmentId: string
  departmentName?: string
  priority: number
  active: boolean
}

export type RoutingRuleInput = Omit<RoutingRule, 'id' | 'departmentName'>

export type HolidaySource = 'OFFICIAL' | 'COMPUTED' | 'ADMIN'

export interface Holiday {
  /** YYYY-MM-DD */
  date: string
  name: string
  source: HolidaySource
}

export interface Dashboard {
  asOf: string
  year: number
  received: number
  answered: number
  closed: number
  overdueNow?: number
  medianHandlingDays?: number | null
  answeredWithinDeadlineRate?: number | null
  satisfactionAverage?: number | null
  ratedCount?: number
  byQuarter?: QuarterCount[]
  /** Staff only; empty for a company. */
  kpis?: KpiCard[]
}

// ---- 보고 (reporting-service) ----

export interface QuarterCount {
  year: number
  quarter: number
  received: number
  answered: number
  closed: number
}

/** 이행구분: code (e.g. ONGOING_NORMAL), its group (완료/추진중/미착수) and labels. */
export interface StatusView {
  code: string
  group: string
  groupLabel: string
  label: string
}

export interface KpiCard {
  programmeId: string
  programme: string
  department: string
  indicatorId?: string
  indicator: string
  unit: string
  source?: string
  year: number
  targetLabel: string
  target: number | null
  actual: number | null
  achievementRate: number | null
  progress: number | null
  status: StatusView | null
  programmeStatus: StatusView | null
  implementationRate: number | null
}

export interface GrievanceFigures {
  code?: string
  label?: string
  received: number
  answered: number
  closed: number
  medianHandlingDays: number | null
  answeredWithinDeadlineRate: number | null
  satisfactionAverage: number | null
  ratedCount: number
  overdueNow: number
}

export interface GroupFigures extends GrievanceFigures {
  code: string
  label: string
}

export interface GrievanceBreakdown {
  totals: GrievanceFigures
  byQuarter: QuarterCount[]
  byMunicipality: GroupFigures[]
  byDepartment: GroupFigures[]
  byCategory: GroupFigures[]
  byKind: GroupFigures[]
}

export interface ProgrammeSummary {
  id: string
  code: string
  name: string
  department: string
  nature: string
  natureLabel: string
  startYear: number
  endYear: number
  endMonth: number
  indicatorCount: number
  status: StatusView | null
  rate: number | null
  overridden: boolean
}

export interface IndicatorTargetView {
  year: number
  value: number
  untilMonth: number
  label: string
}

export interface IndicatorActualView {
  year: number
  value: number
  note: string | null
  updatedBy: string | null
  updatedAt: string | null
}

export interface IndicatorView {
  id: string
  name: string
  unit: string
  source: { source: string } & Record<string, unknown>
  sourceLabel: string
  confirmation: string | null
  sortOrder: number
  targets: IndicatorTargetView[]
  actuals: IndicatorActualView[]
}

export interface OverrideView {
  year: number
  status: StatusView
  rate: number | null
  reason: string
  decidedBy: string | null
  decidedAt: string | null
}

export interface ProgrammeView {
  id: string
  code: string
  name: string
  department: string
  manager: string | null
  managerPhone: string | null
  nature: string
  natureLabel: string
  startYear: number
  endYear: number
  endMonth: number
  periodLabel: string | null
  fundingTypeLabel: string | null
  indicators: IndicatorView[]
  overrides: OverrideView[]
  version: number
}

export interface BudgetAmounts {
  planned: number
  secured: number
  executed: number
  securedRate: number | null
  executionRate: number | null
}

export interface BudgetRow {
  source: string
  label: string
  total: BudgetAmounts
  byYear: (BudgetAmounts | null)[]
}

export interface BudgetTable {
  unit: string
  years: { year: number; label: string }[]
  total: BudgetRow
  rows: BudgetRow[]
}

export interface BudgetLineView {
  year: number
  fundingSource: string
  fundingSourceLabel: string
  planned: number
  secured: number
  executed: number
}

export interface BudgetView {
  lines: BudgetLineView[]
  table: BudgetTable
}

export interface OutreachView {
  id: string
  year: number
  quarter: number | null
  type: string
  typeLabel: string
  count: number
  title: string | null
  heldOn: string | null
}

export interface OutcomeSeries {
  metric: string
  unit: string
  values: { year: number; value: number; change: number | null }[]
}

export interface OutcomeView {
  id: string
  year: number
  metric: string
  unit: string
  value: number
  note: string | null
}

export interface OutcomesView {
  values: OutcomeView[]
  series: OutcomeSeries[]
}

export interface ReportOverview {
  id: string
  code: string
  name: string
  department: string
  manager: string | null
  managerPhone: string | null
  cooperatingDepartments: string | null
  nature: string
  natureLabel: string
  startYear: number
  endYear: number
  endMonth: number
  period: string | null
  fundingType: string | null
  fundingTypeLabel: string | null
  practiceGoal: string | null
  progressNote: string | null
  finalGoal: string | null
  overview: string[]
  centralSupport: string | null
  executor: string | null
  confirmationIndicators: string[]
}

export interface MeetingLine {
  heldOn: string
  municipality: string | null
  municipalityName: string | null
  title: string
  kind: string
  kindName: string
  regular: boolean
  attendedCompanies: number | null
}

export interface TargetProgress {
  indicatorId: string
  indicator: string
  unit: string
  year: number
  yearLabel: string
  target: number | null
  actual: number | null
  achievementRate: number | null
  status: StatusView | null
  summary: string | null
}

export interface ReportImplementation {
  status: StatusView | null
  rate: number | null
  derivedStatus: StatusView | null
  derivedRate: number | null
  overridden: boolean
  overrideReason: string | null
  overriddenBy: string | null
  overriddenAt: string | null
  completionLabel: string | null
  grid: { group: string; label: string; statuses: { code: string; label: string; checked: boolean }[] }[]
}

export interface OutreachRow {
  year: number | null
  label: string
  counts: Record<string, number>
  total: number
}

export interface ProgrammeReport {
  title: string
  year: number
  quarter: number
  asOf: string
  basis: string
  overview: ReportOverview
  yearlyTargets: {
    columns: { year: number; label: string }[]
    rows: { indicatorId: string; name: string; unit: string; values: (number | null)[] }[]
  }
  achievements: { year: number; label: string; items: string[]; meetings: MeetingLine[] }[]
  targetProgress: TargetProgress[]
  implementation: ReportImplementation
  outreach: { types: { type: string; label: string }[]; rows: OutreachRow[]; total: OutreachRow }
  budget: BudgetTable
  outcomes: OutcomeSeries[]
  futurePlan: string[]
  expectedEffect: string[]
  generatedAt: string
}

export interface ReferenceOption {
  code: string
  label: string
  group: string | null
}

export interface ReportReference {
  fundingSources: ReferenceOption[]
  outreachTypes: ReferenceOption[]
  implementationStatuses: ReferenceOption[]
  [key: string]: ReferenceOption[]
}

export interface BudgetLineRequest {
  year: number
  fundingSource: string
  planned: number
  secured: number
  executed: number
}

export interface OutreachRequest {
  year: number
  quarter?: number | null
  type: string
  count: number
  title?: string | null
  heldOn?: string | null
}

export interface OutcomeRequest {
  year: number
  metric: string
  unit: string
  value: number
  note?: string | null
}

export interface OverrideRequest {
  status: string
  rate?: number | null
  reason: string
}

/** RFC 9457 problem details, as the services send them. */
export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

/* 회의·간담회 (meetings-service) ------------------------------------------------ */

export type MeetingStatus = 'PLANNED' | 'CONFIRMED' | 'HELD' | 'CANCELLED'
export type ParticipantType = 'DEPARTMENT' | 'PARTNER_AGENCY' | 'COMPANY'
export type ParticipantOrigin = 'INVITED' | 'REGISTERED'

export interface MeetingKind {
  code: string
  name: string
  /** 정례 (counted in the 시군 rotation) or 필요시. */
  regular: boolean
  regularName?: string
  description?: string | null
  sortOrder?: number
  active?: boolean
}

/** 유관기관 and 부서 as meetings-service names them. */
export interface CodeName {
  code: string
  name: string
}

export interface ParticipantContact {
  name?: string | null
  phone?: string | null
  email?: string | null
}

export interface Participant {
  id: string
  meetingId: string
  type: ParticipantType
  typeName?: string
  origin: ParticipantOrigin
  originName?: string
  departmentId?: string
  partnerAgencyId?: string
  businessNumber?: string
  name: string
  municipality?: string
  municipalityName?: string
  companySize?: string
  companySizeName?: string
  /** Masked in lists; absent for other companies. */
  contact?: ParticipantContact
  /** Recorded once the meeting is held. */
  attended?: boolean | null
  addedAt?: string
}

/** The grievance a raised item became, as grievance-service's events told meetings-service. */
export interface RaisedItemProgress {
  grievanceId?: string | null
  receiptNumber?: string | null
  /** null until grievance-service has received it (statusName is then 접수 대기). */
  status?: string | null
  statusName?: string | null
  responsibleDepartmentId?: string | null
  dueAt?: string | null
  overdue?: boolean
  answerResult?: string | null
  answerResultName?: string | null
  answerSummary?: string | null
  answeredAt?: string | null
  updatedAt?: string | null
}

export interface RaisedItem {
  id: string
  meetingId: string
  businessNumber: string
  companyName: string
  companyMunicipality?: string
  companyMunicipalityName?: string
  kind: GrievanceKind
  kindName?: string
  category: string
  categoryName?: string
  title: string
  content: string
  raisedAt: string
  progress?: RaisedItemProgress | null
}

export interface MeetingPermissions {
  canManage: boolean
  canRegister: boolean
}

export interface Meeting {
  id: string
  kind: string
  kindName?: string
  regular: boolean
  title: string
  startsAt: string
  endsAt: string
  /** The Seoul calendar date of the start, YYYY-MM-DD. */
  date?: string
  municipality: string
  municipalityName?: string
  venue?: string | null
  hostOrganization?: string
  hostOrganizationName?: string
  hostDepartmentId?: string
  hostDepartmentName?: string
  programmeId?: string | null
  status: MeetingStatus
  statusName?: string
  publicMeeting: boolean
  capacity?: number | null
  registrationCount: number
  remainingPlaces?: number | null
  participantCounts?: Partial<Record<ParticipantType, number>>
  attendedCounts?: Partial<Record<ParticipantType, number>>
  raisedItemCount: number
  /** For a company: how it takes part (absent when it does not). */
  myParticipation?: ParticipantOrigin | null
  agenda?: string | null
  minutes?: string | null
  outcomes?: string | null
  minutesRecordedAt?: string | null
  minutesRecordedBy?: string | null
  cancelReason?: string | null
  confirmedAt?: string | null
  heldAt?: string | null
  cancelledAt?: string | null
  createdAt?: string
  updatedAt?: string
  /** Only on the meeting's own page. */
  participants?: Participant[]
  raisedItems?: RaisedItem[]
  permissions?: MeetingPermissions
}

export interface MeetingPage {
  items: Meeting[]
  total: number
  page: number
  size: number
}

/** The list's query; empty values are left out of the request. */
export interface MeetingQuery {
  kind?: string
  municipality?: string
  year?: number
  month?: number
  status?: string
  regular?: boolean
  from?: string
  to?: string
  q?: string
  order?: 'asc' | 'desc'
  page?: number
  size?: number
}

export interface CompanyInput {
  businessNumber?: string
  name?: string
  municipality?: string
  size?: string
  industry?: string
}

export interface CompanyInvitation {
  company: CompanyInput
  contact?: ParticipantContact
}

export interface PlanMeetingRequest {
  kind: string
  title: string
  /** Local Seoul time without offset (YYYY-MM-DDTHH:mm), as a date-time input gives it. */
  startsAt: string
  endsAt: string
  municipality: string
  venue?: string
  hostOrganization?: string
  hostDepartmentId?: string
  publicMeeting?: boolean
  capacity?: number
  agenda?: string
  invitedDepartments?: string[]
  partnerAgencies?: string[]
  companies?: CompanyInvitation[]
}

export interface AttendanceMark {
  participantId: string
  attended: boolean
}

export interface RaiseItemRequest {
  businessNumber: string
  companyName?: string
  companyMunicipality?: string
  kind: GrievanceKind
  category: string
  title: string
  content: string
}

export interface HoldMeetingRequest {
  attendance?: AttendanceMark[]
  minutes?: string
  outcomes?: string
  raisedItems?: RaiseItemRequest[]
}

export interface AddParticipantRequest {
  type: ParticipantType
  departmentId?: string
  partnerAgencyId?: string
  company?: CompanyInput
  contact?: ParticipantContact
}

export interface MinutesView {
  meetingId: string
  status: MeetingStatus
  agenda?: string | null
  minutes?: string | null
  outcomes?: string | null
  recordedAt?: string | null
  recordedBy?: string | null
}

export interface RotationYearCount {
  year: number
  count: number
}

export interface RotationRow {
  municipality: string
  municipalityName: string
  heldInYear: number
  heldTotal: number
  years: RotationYearCount[]
  lastHeldOn?: string | null
  /** Days from the last regular meeting to asOf; absent if it never hosted one. */
  daysWithout?: number | null
  lastMeetingOfAnyKindOn?: string | null
  nextPlannedOn?: string | null
  /** 1 = gone longest without a regular meeting. */
  rank: number
}

export interface Rotation {
  year: number
  asOf: string
  heldInYear: number
  rows: RotationRow[]
  longestWithout: string[]
  suggestedNextHost: { municipality: string; municipalityName: string; reason: string }
  rule: string
}

/* 유관기관 API 키 (gateway) -------------------------------------------------- */

export interface PartnerKey {
  id: number
  agencyCode: string
  agencyName: string
  keyPrefix: string
  quotaPerHour: number
  usedThisHour: number
  requestCount: number
  createdAt: string
  lastUsedAt?: string | null
  revokedAt?: string | null
  active: boolean
}

export interface NewPartnerKey {
  agencyCode: string
  agencyName: string
  quotaPerHour: number
}

export interface IssuedPartnerKey {
  key: PartnerKey
  /** Shown in this response only; the gateway keeps its hash. */
  apiKey: string
  notice: string
}
