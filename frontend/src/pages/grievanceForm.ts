import type { FieldError, GrievanceDraft, GrievanceKind } from '../api/types'

export const TITLE_MAX = 200
export const CONTENT_MAX = 4000

export type FormField = 'kind' | 'category' | 'title' | 'content'
export const FIELD_ORDER: FormField[] = ['kind', 'category', 'title', 'content']
export const FIELD_LABELS: Record<FormField, string> = {
  kind: '유형',
  category: '분야',
  title: '제목',
  content: '내용',
}

export interface FormValues {
  kind: GrievanceKind | ''
  category: string
  title: string
  content: string
}

export type FormErrors = Partial<Record<FormField, string>>

/** The checks the server makes too, so most mistakes are caught before anything is sent. */
export function validate(v: FormValues): FormErrors {
  const e: FormErrors = {}
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
  return e
}

export function toDraft(v: FormValues): GrievanceDraft {
  return { kind: v.kind as GrievanceKind, category: v.category, title: v.title.trim(), content: v.content.trim() }
}

/**
 * Maps a problem's `errors[]` onto the form. Field names may come qualified
 * ("create.request.title", "body.content"), so the last segment decides.
 */
export function mapServerErrors(errors: FieldError[]): { fields: FormErrors; other: string[] } {
  const fields: FormErrors = {}
  const other: string[] = []
  for (const err of errors) {
    const name = (err.field ?? '').split(/[.[\]]/).filter(Boolean).pop() as FormField | undefined
    if (name && (FIELD_ORDER as string[]).includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${err.message}` : err.message
    } else if (err.message) {
      other.push(err.message)
    }
  }
  return { fields, other }
}
