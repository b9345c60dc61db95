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

export interface Category {
  code: string
  name: string
}

export interface GrievanceDraft {
  kind: GrievanceKind
  category: string
  title: string
  content: string
}

export interface GrievanceReceipt {
  id: string | number
  receiptNumber: string
  status: GrievanceStatus
  kind: GrievanceKind
  category: string
  title: string
  receivedAt: string
  dueDate?: string
}

export interface GrievanceSummary {
  id: string | number
  receiptNumber: string
  kind: GrievanceKind
  category: string
  title: string
  status: GrievanceStatus
  receivedAt: string
  dueAt?: string
}

export interface GrievancePage {
  items: GrievanceSummary[]
  total: number
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
