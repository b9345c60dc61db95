import type { ReactNode } from 'react'
import type { FieldError as ServerFieldError } from '../api/types'

/** The red asterisk and, for screen readers, “(필수)”. */
export function Req() {
  return (
    <>
      <span className="required-mark" aria-hidden="true">
        *
      </span>
      <span className="sr-only">(필수)</span>
    </>
  )
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p className="form-hint-invalid" id={id}>
      {message}
    </p>
  )
}

export function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length > max
  return (
    <p className={`char-counter${over ? ' is-over' : ''}`} id={id} aria-live="polite">
      <span className="sr-only">입력한 글자 수 </span>
      {length.toLocaleString('ko-KR')}/{max.toLocaleString('ko-KR')}
      {over && <span className="sr-only"> 글자 수 초과</span>}
    </p>
  )
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined
}

/** The ARIA wiring of one input: its id, whether it is invalid, and what describes it (hint, then error). */
export function inputAria(
  id: string,
  error?: string,
  opts: { hint?: boolean; required?: boolean; extra?: string[] } = {},
) {
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy(opts.hint && `${id}-hint`, ...(opts.extra ?? []), error && `${id}-err`),
    'aria-required': opts.required ? (true as const) : undefined,
  }
}

/** KRDS form group: label, optional hint, the control, and its error message under it. */
export function FormGroup({
  id,
  label,
  required,
  error,
  hint,
  children,
  after,
  className,
}: {
  id: string
  label: ReactNode
  required?: boolean
  error?: string
  hint?: ReactNode
  children: ReactNode
  after?: ReactNode
  className?: string
}) {
  return (
    <div className={`form-group${className ? ` ${className}` : ''}`}>
      <div className="form-tit">
        <label htmlFor={id}>
          {label}
          {required && (
            <>
              {' '}
              <Req />
            </>
          )}
        </label>
      </div>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={`form-conts${error ? ' is-error' : ''}`}>{children}</div>
      {after}
      <FieldError id={`${id}-err`} message={error} />
    </div>
  )
}

/** A group of radio chips in a fieldset; the legend names the group. */
export function RadioChips<V extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  error,
  required,
  className,
}: {
  id: string
  name: string
  legend: ReactNode
  options: { value: V; label: string; hint?: string }[]
  value: V | ''
  onChange: (v: V) => void
  error?: string
  required?: boolean
  className?: string
}) {
  return (
    <fieldset className="form-group" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend className="form-tit">
        {legend}
        {required && (
          <>
            {' '}
            <Req />
          </>
        )}
      </legend>
      <div className={`radio-chips${className ? ` ${className}` : ''}${error ? ' is-error' : ''}`}>
        {options.map((o) => (
          <label key={o.value} className="radio-chip">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span className="radio-chip-label">{o.label}</span>
            {o.hint && <span className="radio-chip-hint">{o.hint}</span>}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-err`} message={error} />
    </fieldset>
  )
}

/** A KRDS checkbox with its label beside it. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
  error,
  hint,
}: {
  id: string
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string
  hint?: ReactNode
}) {
  return (
    <div className="form-group">
      <div className={`check-item${error ? ' is-error' : ''}`}>
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-err`)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-err`} message={error} />
    </div>
  )
}

/**
 * Maps a problem's `errors[]` onto a form's fields. Field names may come qualified
 * ("create.request.title", "body.reason"); the last segment decides, unless `alias`
 * names the qualified path ("company.name" → "companyName").
 */
export function mapFieldErrors<F extends string>(
  errors: ServerFieldError[],
  fields: readonly F[],
  alias: Record<string, F> = {},
): { fields: Partial<Record<F, string>>; other: string[] } {
  const out: Partial<Record<F, string>> = {}
  const other: string[] = []
  for (const err of errors) {
    const parts = (err.field ?? '').split(/[.[\]]/).filter(Boolean)
    const last = parts[parts.length - 1]
    const pair = parts.slice(-2).join('.')
    const name = (alias[pair] ?? (fields.includes(last as F) ? (last as F) : undefined)) as F | undefined
    if (name) out[name] = out[name] ? `${out[name]} ${err.message}` : err.message
    else if (err.message) other.push(err.message)
  }
  return { fields: out, other }
}
