import type { Channel, FieldError, GrievanceDraft, GrievanceKind } from '../api/types'
import { mapFieldErrors } from '../components/form'
import { businessNumberError, normalizeBusinessNumber } from '../lib/businessNumber'

export const TITLE_MAX = 200
export const CONTENT_MAX = 4000

export type FormField =
  | 'channel'
  | 'businessNumber'
  | 'companyName'
  | 'municipality'
  | 'sizeClass'
  | 'industry'
  | 'kind'
  | 'category'
  | 'title'
  | 'content'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'

const CORE: FormField[] = ['kind', 'category', 'title', 'content']
const CONTACT: FormField[] = ['contactName', 'contactPhone', 'contactEmail']
const ON_BEHALF: FormField[] = ['channel', 'businessNumber', 'companyName', 'municipality', 'sizeClass', 'industry']

/** The fields in the order the form shows them (and focuses the first wrong one). */
export function fieldOrder(staff: boolean): FormField[] {
  return staff ? [...ON_BEHALF, ...CORE, ...CONTACT] : [...CORE, ...CONTACT]
}
export const FIELD_ORDER: FormField[] = fieldOrder(true)

export const FIELD_LABELS: Record<FormField, string> = {
  channel: '접수 경로',
  businessNumber: '사업자등록번호',
  companyName: '기업명',
  municipality: '소재 시군',
  sizeClass: '기업 규모',
  industry: '업종',
  kind: '유형',
  category: '분야',
  title: '제목',
  content: '내용',
  contactName: '담당자 이름',
  contactPhone: '담당자 전화번호',
  contactEmail: '담당자 이메일',
}

export interface FormValues {
  kind: GrievanceKind | ''
  category: string
  title: string
  content: string
  channel: Channel | ''
  businessNumber: string
  companyName: string
  municipality: string
  sizeClass: string
  industry: string
  contactName: string
  contactPhone: string
  contactEmail: string
}

export const EMPTY_FORM: FormValues = {
  kind: '',
  category: '',
  title: '',
  content: '',
  channel: '',
  businessNumber: '',
  companyName: '',
  municipality: '',
  sizeClass: '',
  industry: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
}

export type FormErrors = Partial<Record<FormField, string>>

const PHONE = /^[0-9+()\-\s]{8,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The checks the server makes too, so most mistakes are caught before anything is sent. */
export function validate(v: FormValues, staff = false): FormErrors {
  const e: FormErrors = {}
  if (staff) {
    if (!v.channel) e.channel = '접수 경로를 선택해 주세요. (필수 입력)'
    e.businessNumber = businessNumberError(v.businessNumber)
    if (!v.companyName.trim()) e.companyName = '기업명을 입력해 주세요. (필수 입력)'
    else if (v.companyName.trim().length > 200) e.companyName = '기업명은 200자 이내로 입력해 주세요.'
    if (!v.municipality) e.municipality = '소재 시군을 선택해 주세요. (필수 입력)'
    if (v.industry.trim().length > 100) e.industry = '업종은 100자 이내로 입력해 주세요.'
  }
  if (!v.kind) e.kind = '유형을 선택해 주세요. (필수 입력)'
  if (!v.category) e.category = '분야를 선택해 주세요. (필수 입력)'
  if (!v.title.trim()) e.title = '제목을 입력해 주세요. (필수 입력)'
  else if (v.title.trim().length > TITLE_MAX)
    e.title = `제목은 ${TITLE_MAX}자 이내로 입력해 주세요. (글자 수 초과: ${v.title.trim().length}자)`
  if (!v.content.trim()) e.content = '내용을 입력해 주세요. (필수 입력)'
  else if (v.content.trim().length > CONTENT_MAX)
    e.content = `내용은 ${CONTENT_MAX.toLocaleString('ko-KR')}자 이내로 입력해 주세요. (글자 수 초과: ${v.content
      .trim()
      .length.toLocaleString('ko-KR')}자)`
  if (v.contactName.trim().length > 100) e.contactName = '담당자 이름은 100자 이내로 입력해 주세요.'
  if (v.contactPhone.trim() && !PHONE.test(v.contactPhone.trim()))
    e.contactPhone = '전화번호는 숫자와 하이픈(-)으로 입력해 주세요. (예: 033-123-4567)'
  if (v.contactEmail.trim() && !EMAIL.test(v.contactEmail.trim()))
    e.contactEmail = '이메일 형식이 올바르지 않습니다. (예: name@example.com)'
  for (const k of Object.keys(e) as FormField[]) if (!e[k]) delete e[k]
  return e
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined)

export function toDraft(v: FormValues, staff = false): GrievanceDraft {
  const draft: GrievanceDraft = {
    kind: v.kind as GrievanceKind,
    category: v.category,
    title: v.title.trim(),
    content: v.content.trim(),
  }
  if (staff) {
    draft.channel = v.channel as Channel
    draft.company = {
      businessNumber: normalizeBusinessNumber(v.businessNumber),
      name: v.companyName.trim(),
      municipality: v.municipality,
      ...(optional(v.sizeClass) && { sizeClass: v.sizeClass }),
      ...(optional(v.industry) && { industry: v.industry.trim() }),
    }
  }
  const contact = {
    ...(optional(v.contactName) && { name: v.contactName.trim() }),
    ...(optional(v.contactPhone) && { phone: v.contactPhone.trim() }),
    ...(optional(v.contactEmail) && { email: v.contactEmail.trim() }),
  }
  if (Object.keys(contact).length > 0) draft.contact = contact
  return draft
}

const ALIAS: Record<string, FormField> = {
  'company.businessNumber': 'businessNumber',
  'company.name': 'companyName',
  'company.municipality': 'municipality',
  'company.sizeClass': 'sizeClass',
  'company.industry': 'industry',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
}

/**
 * Maps a problem's `errors[]` onto the form. Field names may come qualified
 * ("create.request.title", "body.content", "company.businessNumber").
 */
export function mapServerErrors(errors: FieldError[]): { fields: FormErrors; other: string[] } {
  return mapFieldErrors(errors, FIELD_ORDER, ALIAS)
}
