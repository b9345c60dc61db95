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
