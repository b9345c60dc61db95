import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { api, ApiError } from '../../api/client'
import type { CodeName, GrievanceKind, Meeting, Participant, ParticipantType } from '../../api/types'
import { Counter, FormGroup, inputAria, mapFieldErrors, RadioChips } from '../../components/form'
import { Alert } from '../../components/ui'
import { businessNumberError, formatBusinessNumber, normalizeBusinessNumber } from '../../lib/businessNumber'
import { CATEGORY_FALLBACK, KIND_OPTIONS } from '../../lib/labels'
import { CITIES, COMPANY_SIZES, PARTICIPANT_TYPES, withoutIndices } from '../../lib/meetings'

export const MINUTES_MAX = 20_000
export const OUTCOMES_MAX = 4000
export const REASON_MAX = 500
export const ITEM_TITLE_MAX = 200
export const ITEM_CONTENT_MAX = 4000

type Errors<F extends string> = Partial<Record<F, string>>
export type PanelDone = (message: string, updated?: Meeting) => void

/** The fields of a raised item's category: meetings-service takes exactly these codes. */
export const RAISED_ITEM_CATEGORIES = Object.entries(CATEGORY_FALLBACK).map(([code, name]) => ({ code, name }))

/** Moves focus to the first field with a message; a fieldset's first input stands for the group. */
function focusFirst<F extends string>(uid: string, order: readonly F[], errors: Errors<F>) {
  const first = order.find((f) => errors[f])
  if (!first) return
  const el = document.getElementById(`${uid}-${first}`)
  if (el?.tagName === 'FIELDSET') el.querySelector<HTMLInputElement>('input')?.focus()
  else el?.focus()
}

/**
 * Runs one form: the local checks first, then the call. A problem's errors[] go under the fields (list indices
 * dropped, `alias` for nested names) and its detail, a 409's reason for one, is shown above them as it is.
 */
export function useFormAction<F extends string>(order: readonly F[], alias: Record<string, F> = {}) {
  const uid = useId()
  const [errors, setErrors] = useState<Errors<F>>({})
  const [problem, setProblem] = useState<{ title: string; items: string[] } | null>(null)
  const [busy, setBusy] = useState(false)

  async function run(local: Errors<F>, call: () => Promise<void>) {
    if (busy) return
    const clean = Object.fromEntries(Object.entries(local).filter(([, v]) => v)) as Errors<F>
    if (Object.keys(clean).length > 0) {
      setErrors(clean)
      setProblem(null)
      focusFirst(uid, order, clean)
      return
    }
    setErrors({})
    setProblem(null)
    setBusy(true)
    try {
      await call()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapFieldErrors(withoutIndices(err.fieldErrors), order, alias)
        setErrors(fields)
        setProblem({ title: err.message, items: other })
        focusFirst(uid, order, fields)
      } else {
        setProblem({ title: '처리 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.', items: [] })
      }
    } finally {
      setBusy(false)
    }
  }

  const clear = (f: F) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e))
  return { uid, id: (f: F) => `${uid}-${f}`, errors, problem, busy, run, clear }
}

export function PanelForm({
  name,
  title,
  submitLabel,
  busy,
  problem,
  onSubmit,
  onCancel,
  intro,
  children,
}: {
  name: string
  title: string
  submitLabel: string
  busy: boolean
  problem: { title: string; items: string[] } | null
  onSubmit: () => void
  onCancel?: () => void
  intro?: ReactNode
  children: ReactNode
}) {
  const titleId = useId()
  return (
    <form
      className="krds-form action-panel"
      aria-labelledby={titleId}
      data-testid={`panel-${name}`}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <h3 id={titleId} className="panel-title">
        {title}
      </h3>
      {intro && <p className="form-hint">{intro}</p>}
      {problem && (
        <Alert tone="danger" title={problem.title}>
          {problem.items.length > 0 && (
            <ul className="error-summary">
              {problem.items.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {children}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="krds-btn tertiary medium" onClick={onCancel}>
            닫기
          </button>
        )}
        <button type="submit" className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
          {busy ? '처리 중…' : submitLabel}
        </button>
      </div>
    </form>
  )
}

export function TextArea({
  id,
  label,
  required,
  error,
  hint,
  value,
  onChange,
  max,
  rows = 5,
}: {
  id: string
  label: string
  required?: boolean
  error?: string
  hint?: ReactNode
  value: string
  onChange: (v: string) => void
  max: number
  rows?: number
}) {
  return (
    <FormGroup
      id={id}
      label={label}
      required={required}
      error={error}
      hint={hint}
      after={<Counter id={`${id}-count`} length={value.trim().length} max={max} />}
    >
      <textarea
        {...inputAria(id, error, { hint: !!hint, required, extra: [`${id}-count`] })}
        className="krds-input textarea short"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormGroup>
  )
}

function tooLong(value: string, max: number, name: string): string | undefined {
  const n = value.trim().length
  return n > max
    ? `${name}은(는) ${max.toLocaleString('ko-KR')}자 이내로 입력해 주세요. (글자 수 초과: ${n.toLocaleString('ko-KR')}자)`
    : undefined
}

function required(value: string, empty: string, max: number, name: string): string | undefined {
  return value.trim() ? tooLong(value, max, name) : empty
}

interface PanelProps {
  meeting: Meeting
  onDone: PanelDone
  onCancel?: () => void
}

const typeLabel = (t: ParticipantType) => PARTICIPANT_TYPES.find((x) => x.value === t)?.label ?? t

/** Attendance checkboxes, one per participant, grouped by type. */
function AttendanceFields({
  id,
  participants,
  present,
  onChange,
  error,
}: {
  id: string
  participants: Participant[]
  present: Record<string, boolean>
  onChange: (next: Record<string, boolean>) => void
  error?: string
}) {
  return (
    <fieldset className="form-group" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend className="form-tit">
        출석 <span className="muted">({Object.values(present).filter(Boolean).length}/{participants.length} 참석)</span>
      </legend>
      {participants.length === 0 ? (
        <p className="muted">초청되거나 참가 신청한 참석자가 없습니다.</p>
      ) : (
        <div className={`check-grid${error ? ' is-error' : ''}`}>
          {participants.map((p) => (
            <div className="check-item" key={p.id}>
              <input
                type="checkbox"
                id={`${id}-${p.id}`}
                checked={present[p.id] ?? false}
                onChange={(e) => onChange({ ...present, [p.id]: e.target.checked })}
              />
              <label htmlFor={`${id}-${p.id}`}>
                {p.name} <span className="muted">({typeLabel(p.type)})</span>
              </label>
            </div>
          ))}
        </div>
      )}
      {error && (
        <p className="form-hint-invalid" id={`${id}-err`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}

/* 개최 기록 --------------------------------------------------------------- */

const HOLD_FIELDS = ['attendance', 'minutes', 'outcomes'] as const

export function HoldPanel({ meeting, onDone, onCancel }: PanelProps) {
  const a = useFormAction(HOLD_FIELDS, { 'attendance.participantId': 'attendance', 'attendance.attended': 'attendance' })
  const participants = meeting.participants ?? []
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, true])),
  )
  const [minutes, setMinutes] = useState('')
  const [outcomes, setOutcomes] = useState('')

  return (
    <PanelForm
      name="HOLD"
      title="개최 기록"
      submitLabel="개최 기록하기"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      intro="회의일 당일부터 기록할 수 있습니다. 체크를 해제한 참석자는 불참으로 기록됩니다. 회의록과 건의·질의사항은 개최 기록 후에도 추가할 수 있습니다."
      onSubmit={() =>
        a.run(
          {
            minutes: tooLong(minutes, MINUTES_MAX, '회의록'),
            outcomes: tooLong(outcomes, OUTCOMES_MAX, '결과(후속조치)'),
          },
          async () => {
            const updated = await api.holdMeeting(meeting.id, {
              attendance: participants.map((p) => ({ participantId: p.id, attended: present[p.id] ?? false })),
              ...(minutes.trim() && { minutes: minutes.trim() }),
              ...(outcomes.trim() && { outcomes: outcomes.trim() }),
            })
            onDone('개최로 기록했습니다. 회의에서 나온 건의·질의사항을 기록해 주세요.', updated)
          },
        )
      }
    >
      <AttendanceFields
        id={a.id('attendance')}
        participants={participants}
        present={present}
        onChange={(next) => {
          setPresent(next)
          a.clear('attendance')
        }}
        error={a.errors.attendance}
      />
      <TextArea
        id={a.id('minutes')}
        label="회의록 (선택)"
        value={minutes}
        max={MINUTES_MAX}
        rows={8}
        error={a.errors.minutes}
        onChange={(v) => {
          setMinutes(v)
          a.clear('minutes')
        }}
      />
      <TextArea
        id={a.id('outcomes')}
        label="결과·후속조치 (선택)"
        value={outcomes}
        max={OUTCOMES_MAX}
        error={a.errors.outcomes}
        onChange={(v) => {
          setOutcomes(v)
          a.clear('outcomes')
        }}
      />
    </PanelForm>
  )
}

/* 출석 정정 --------------------------------------------------------------- */

export function AttendancePanel({ meeting, onDone, onCancel }: PanelProps) {
  const a = useFormAction(['attendance'] as const, { 'attendance.participantId': 'attendance', 'attendance.attended': 'attendance' })
  const participants = meeting.participants ?? []
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, p.attended !== false])),
  )
  return (
    <PanelForm
      name="ATTENDANCE"
      title="출석 정정"
      submitLabel="출석 저장"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run({}, async () => {
          const updated = await api.recordAttendance(
            meeting.id,
            participants.map((p) => ({ participantId: p.id, attended: present[p.id] ?? false })),
          )
          onDone('출석을 고쳤습니다.', updated)
        })
      }
    >
      <AttendanceFields
        id={a.id('attendance')}
        participants={participants}
        present={present}
        onChange={setPresent}
        error={a.errors.attendance}
      />
    </PanelForm>
  )
}

/* 회의록 ------------------------------------------------------------------ */

export function MinutesPanel({ meeting, onDone, onCancel }: PanelProps) {
  const a = useFormAction(['minutes', 'outcomes'] as const)
  const [minutes, setMinutes] = useState(meeting.minutes ?? '')
  const [outcomes, setOutcomes] = useState(meeting.outcomes ?? '')
  return (
    <PanelForm
      name="MINUTES"
      title={meeting.minutes ? '회의록 수정' : '회의록 기록'}
      submitLabel="회의록 저장"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run(
          {
            minutes: required(minutes, '회의록을 입력해 주세요. (필수 입력)', MINUTES_MAX, '회의록'),
            outcomes: tooLong(outcomes, OUTCOMES_MAX, '결과(후속조치)'),
          },
          async () => {
            const saved = await api.recordMinutes(meeting.id, {
              minutes: minutes.trim(),
              ...(outcomes.trim() && { outcomes: outcomes.trim() }),
            })
            onDone('회의록을 저장했습니다.', {
              ...meeting,
              minutes: saved.minutes,
              outcomes: saved.outcomes,
              minutesRecordedAt: saved.recordedAt,
              minutesRecordedBy: saved.recordedBy,
            })
          },
        )
      }
    >
      <TextArea
        id={a.id('minutes')}
        label="회의록"
        required
        value={minutes}
        max={MINUTES_MAX}
        rows={10}
        error={a.errors.minutes}
        onChange={(v) => {
          setMinutes(v)
          a.clear('minutes')
        }}
      />
      <TextArea
        id={a.id('outcomes')}
        label="결과·후속조치 (선택)"
        value={outcomes}
        max={OUTCOMES_MAX}
        error={a.errors.outcomes}
        onChange={(v) => {
          setOutcomes(v)
          a.clear('outcomes')
        }}
      />
    </PanelForm>
  )
}

/* 취소 -------------------------------------------------------------------- */

export function CancelPanel({ meeting, onDone, onCancel }: PanelProps) {
  const a = useFormAction(['reason'] as const)
  const [reason, setReason] = useState('')
  return (
    <PanelForm
      name="CANCEL"
      title="회의 취소"
      submitLabel="회의 취소하기"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      intro="취소한 회의는 다시 바꿀 수 없습니다. 초청 기관과 기업에 알릴 취소 사유를 적어 주세요."
      onSubmit={() =>
        a.run({ reason: required(reason, '취소 사유를 입력해 주세요. (필수 입력)', REASON_MAX, '취소 사유') }, async () => {
          const updated = await api.cancelMeeting(meeting.id, reason.trim())
          onDone('회의를 취소했습니다.', updated)
        })
      }
    >
      <TextArea
        id={a.id('reason')}
        label="취소 사유"
        required
        value={reason}
        max={REASON_MAX}
        rows={3}
        error={a.errors.reason}
        onChange={(v) => {
          setReason(v)
          a.clear('reason')
        }}
      />
    </PanelForm>
  )
}

/* 참석자 추가 ------------------------------------------------------------- */

const PARTICIPANT_FIELDS = [
  'type',
  'departmentId',
  'partnerAgencyId',
  'businessNumber',
  'name',
  'municipality',
  'size',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const
type ParticipantField = (typeof PARTICIPANT_FIELDS)[number]

const PHONE = /^[0-9+()\-\s]{8,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function contactErrors(name: string, phone: string, email: string) {
  return {
    contactName: name.trim().length > 100 ? '담당자 이름은 100자 이내로 입력해 주세요.' : undefined,
    contactPhone:
      phone.trim() && !PHONE.test(phone.trim()) ? '전화번호는 숫자와 하이픈(-)으로 입력해 주세요. (예: 033-123-4567)' : undefined,
    contactEmail:
      email.trim() && !EMAIL.test(email.trim()) ? '이메일 형식이 올바르지 않습니다. (예: name@example.com)' : undefined,
  }
}

function contactOf(name: string, phone: string, email: string) {
  const c = {
    ...(name.trim() && { name: name.trim() }),
    ...(phone.trim() && { phone: phone.trim() }),
    ...(email.trim() && { email: email.trim() }),
  }
  return Object.keys(c).length > 0 ? c : undefined
}

export function AddParticipantPanel({
  meeting,
  onDone,
  onCancel,
  departments,
  agencies,
}: PanelProps & { departments: CodeName[] | null; agencies: CodeName[] | null }) {
  const a = useFormAction(PARTICIPANT_FIELDS, {
    'company.businessNumber': 'businessNumber',
    'company.name': 'name',
    'company.municipality': 'municipality',
    'company.size': 'size',
    'contact.name': 'contactName',
    'contact.phone': 'contactPhone',
    'contact.email': 'contactEmail',
  })
  const [type, setType] = useState<ParticipantType | ''>('')
  const [v, setV] = useState<Record<Exclude<ParticipantField, 'type'>, string>>({
    departmentId: '',
    partnerAgencyId: '',
    businessNumber: '',
    name: '',
    municipality: '',
    size: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  })
  const set = (k: keyof typeof v, value: string) => {
    setV((old) => ({ ...old, [k]: value }))
    a.clear(k)
  }
  const taken = new Set((meeting.participants ?? []).map((p) => p.departmentId ?? p.partnerAgencyId ?? ''))

  function local(): Errors<ParticipantField> {
    const e: Errors<ParticipantField> = contactErrors(v.contactName, v.contactPhone, v.contactEmail)
    if (!type) e.type = '참석자 유형을 선택해 주세요. (필수 입력)'
    if (type === 'DEPARTMENT' && !v.departmentId) e.departmentId = '부서를 선택해 주세요. (필수 입력)'
    if (type === 'PARTNER_AGENCY' && !v.partnerAgencyId) e.partnerAgencyId = '유관기관을 선택해 주세요. (필수 입력)'
    if (type === 'COMPANY') {
      e.businessNumber = businessNumberError(v.businessNumber)
      e.name = required(v.name, '기업명을 입력해 주세요. (필수 입력)', 200, '기업명')
      if (!v.municipality) e.municipality = '소재 시군을 선택해 주세요. (필수 입력)'
    }
    return e
  }

  return (
    <PanelForm
      name="ADD_PARTICIPANT"
      title="참석자 추가"
      submitLabel="추가하기"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run(local(), async () => {
          const contact = contactOf(v.contactName, v.contactPhone, v.contactEmail)
          const added = await api.addParticipant(meeting.id, {
            type: type as ParticipantType,
            ...(type === 'DEPARTMENT' && { departmentId: v.departmentId }),
            ...(type === 'PARTNER_AGENCY' && { partnerAgencyId: v.partnerAgencyId }),
            ...(type === 'COMPANY' && {
              company: {
                businessNumber: normalizeBusinessNumber(v.businessNumber),
                name: v.name.trim(),
                municipality: v.municipality,
                ...(v.size && { size: v.size }),
              },
            }),
            ...(contact && { contact }),
          })
          onDone(`${added.name}을(를) 참석자로 추가했습니다.`)
        })
      }
    >
      <RadioChips
        id={a.id('type')}
        name={`${a.uid}-type`}
        legend="참석자 유형"
        required
        options={PARTICIPANT_TYPES.map((t) => ({ value: t.value, label: t.label }))}
        value={type}
        onChange={(t) => {
          setType(t)
          a.clear('type')
        }}
        error={a.errors.type}
      />
      {type === 'DEPARTMENT' && (
        <FormGroup id={a.id('departmentId')} label="부서" required error={a.errors.departmentId}>
          <select
            {...inputAria(a.id('departmentId'), a.errors.departmentId, { required: true })}
            className="krds-form-select"
            value={v.departmentId}
            onChange={(e) => set('departmentId', e.target.value)}
          >
            <option value="">부서를 선택해 주세요</option>
            {departments
              ?.filter((d) => !taken.has(d.code))
              .map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
          </select>
        </FormGroup>
      )}
      {type === 'PARTNER_AGENCY' && (
        <FormGroup id={a.id('partnerAgencyId')} label="유관기관" required error={a.errors.partnerAgencyId}>
          <select
            {...inputAria(a.id('partnerAgencyId'), a.errors.partnerAgencyId, { required: true })}
            className="krds-form-select"
            value={v.partnerAgencyId}
            onChange={(e) => set('partnerAgencyId', e.target.value)}
          >
            <option value="">유관기관을 선택해 주세요</option>
            {agencies
              ?.filter((x) => !taken.has(x.code))
              .map((x) => (
                <option key={x.code} value={x.code}>
                  {x.name}
                </option>
              ))}
          </select>
        </FormGroup>
      )}
      {type === 'COMPANY' && (
        <div className="form-grid">
          <FormGroup
            id={a.id('businessNumber')}
            label="사업자등록번호"
            required
            hint="숫자 10자리 (예: 123-45-67890)"
            error={a.errors.businessNumber}
          >
            <input
              {...inputAria(a.id('businessNumber'), a.errors.businessNumber, { hint: true, required: true })}
              className="krds-input"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              value={v.businessNumber}
              onChange={(e) => set('businessNumber', e.target.value)}
            />
          </FormGroup>
          <FormGroup id={a.id('name')} label="기업명" required error={a.errors.name}>
            <input
              {...inputAria(a.id('name'), a.errors.name, { required: true })}
              className="krds-input"
              value={v.name}
              onChange={(e) => set('name', e.target.value)}
            />
          </FormGroup>
          <FormGroup id={a.id('municipality')} label="소재 시군" required error={a.errors.municipality}>
            <select
              {...inputAria(a.id('municipality'), a.errors.municipality, { required: true })}
              className="krds-form-select"
              value={v.municipality}
              onChange={(e) => set('municipality', e.target.value)}
            >
              <option value="">시군을 선택해 주세요</option>
              {CITIES.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </FormGroup>
          <FormGroup id={a.id('size')} label="기업 규모" error={a.errors.size}>
            <select
              {...inputAria(a.id('size'), a.errors.size)}
              className="krds-form-select"
              value={v.size}
              onChange={(e) => set('size', e.target.value)}
            >
              <option value="">선택 안 함</option>
              {COMPANY_SIZES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </FormGroup>
        </div>
      )}
      {type && (
        <fieldset className="form-section">
          <legend className="form-section-title">담당자 연락처 (선택)</legend>
          <div className="form-grid three">
            <FormGroup id={a.id('contactName')} label="이름" error={a.errors.contactName}>
              <input
                {...inputAria(a.id('contactName'), a.errors.contactName)}
                className="krds-input"
                autoComplete="name"
                value={v.contactName}
                onChange={(e) => set('contactName', e.target.value)}
              />
            </FormGroup>
            <FormGroup id={a.id('contactPhone')} label="전화번호" error={a.errors.contactPhone}>
              <input
                {...inputAria(a.id('contactPhone'), a.errors.contactPhone)}
                className="krds-input"
                type="tel"
                autoComplete="tel"
                value={v.contactPhone}
                onChange={(e) => set('contactPhone', e.target.value)}
              />
            </FormGroup>
            <FormGroup id={a.id('contactEmail')} label="이메일" error={a.errors.contactEmail}>
              <input
                {...inputAria(a.id('contactEmail'), a.errors.contactEmail)}
                className="krds-input"
                type="email"
                autoComplete="email"
                value={v.contactEmail}
                onChange={(e) => set('contactEmail', e.target.value)}
              />
            </FormGroup>
          </div>
        </fieldset>
      )}
    </PanelForm>
  )
}

/* 건의·질의사항 ----------------------------------------------------------- */

const RAISE_FIELDS = ['businessNumber', 'companyName', 'companyMunicipality', 'kind', 'category', 'title', 'content'] as const

export function RaiseItemPanel({ meeting, onDone, onCancel }: PanelProps) {
  const a = useFormAction(RAISE_FIELDS)
  const companies = (meeting.participants ?? []).filter((p) => p.type === 'COMPANY' && p.businessNumber)
  const [v, setV] = useState({
    businessNumber: '',
    companyName: '',
    companyMunicipality: '',
    kind: '' as GrievanceKind | '',
    category: '',
    title: '',
    content: '',
  })
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => {
    setV((old) => ({ ...old, [k]: value }))
    a.clear(k)
  }

  function pick(businessNumber: string) {
    const p = companies.find((c) => c.businessNumber === businessNumber)
    if (!p) return
    setV((old) => ({
      ...old,
      businessNumber: formatBusinessNumber(p.businessNumber),
      companyName: p.name,
      companyMunicipality: p.municipality ?? '',
    }))
  }

  return (
    <PanelForm
      name="RAISE_ITEM"
      title="건의·질의사항 추가"
      submitLabel="건의·질의사항 기록"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      intro="기록한 사항은 기업애로(접수 경로: 간담회)로 접수되어 소관부서로 배정됩니다. 처리 상황은 이 회의에 표시됩니다."
      onSubmit={() =>
        a.run(
          {
            businessNumber: businessNumberError(v.businessNumber),
            companyName: required(v.companyName, '기업명을 입력해 주세요. (필수 입력)', 200, '기업명'),
            companyMunicipality: v.companyMunicipality ? undefined : '소재 시군을 선택해 주세요. (필수 입력)',
            kind: v.kind ? undefined : '유형을 선택해 주세요. (필수 입력)',
            category: v.category ? undefined : '분야를 선택해 주세요. (필수 입력)',
            title: required(v.title, '제목을 입력해 주세요. (필수 입력)', ITEM_TITLE_MAX, '제목'),
            content: required(v.content, '내용을 입력해 주세요. (필수 입력)', ITEM_CONTENT_MAX, '내용'),
          },
          async () => {
            await api.raiseItem(meeting.id, {
              businessNumber: normalizeBusinessNumber(v.businessNumber),
              companyName: v.companyName.trim(),
              companyMunicipality: v.companyMunicipality,
              kind: v.kind as GrievanceKind,
              category: v.category,
              title: v.title.trim(),
              content: v.content.trim(),
            })
            onDone(`건의·질의사항 “${v.title.trim()}”을(를) 기록했습니다. 기업애로로 접수되면 접수번호와 처리 상황이 표시됩니다.`)
          },
        )
      }
    >
      {companies.length > 0 && (
        <div className="form-group">
          <label className="form-tit" htmlFor={`${a.uid}-pick`}>
            참석 기업에서 선택
          </label>
          <select
            id={`${a.uid}-pick`}
            className="krds-form-select"
            defaultValue=""
            onChange={(e) => pick(e.target.value)}
          >
            <option value="">직접 입력</option>
            {companies.map((c) => (
              <option key={c.id} value={c.businessNumber}>
                {c.name} ({formatBusinessNumber(c.businessNumber)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-grid three">
        <FormGroup
          id={a.id('businessNumber')}
          label="사업자등록번호"
          required
          hint="숫자 10자리"
          error={a.errors.businessNumber}
        >
          <input
            {...inputAria(a.id('businessNumber'), a.errors.businessNumber, { hint: true, required: true })}
            className="krds-input"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={v.businessNumber}
            onChange={(e) => set('businessNumber', e.target.value)}
          />
        </FormGroup>
        <FormGroup id={a.id('companyName')} label="기업명" required error={a.errors.companyName}>
          <input
            {...inputAria(a.id('companyName'), a.errors.companyName, { required: true })}
            className="krds-input"
            value={v.companyName}
            onChange={(e) => set('companyName', e.target.value)}
          />
        </FormGroup>
        <FormGroup id={a.id('companyMunicipality')} label="소재 시군" required error={a.errors.companyMunicipality}>
          <select
            {...inputAria(a.id('companyMunicipality'), a.errors.companyMunicipality, { required: true })}
            className="krds-form-select"
            value={v.companyMunicipality}
            onChange={(e) => set('companyMunicipality', e.target.value)}
          >
            <option value="">시군을 선택해 주세요</option>
            {CITIES.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </FormGroup>
      </div>
      <RadioChips
        id={a.id('kind')}
        name={`${a.uid}-kind`}
        legend="유형"
        required
        options={KIND_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        value={v.kind}
        onChange={(k) => set('kind', k)}
        error={a.errors.kind}
      />
      <div className="form-grid">
        <FormGroup id={a.id('category')} label="분야" required error={a.errors.category}>
          <select
            {...inputAria(a.id('category'), a.errors.category, { required: true })}
            className="krds-form-select"
            value={v.category}
            onChange={(e) => set('category', e.target.value)}
          >
            <option value="">분야를 선택해 주세요</option>
            {RAISED_ITEM_CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup
          id={a.id('title')}
          label="제목"
          required
          error={a.errors.title}
          after={<Counter id={`${a.id('title')}-count`} length={v.title.trim().length} max={ITEM_TITLE_MAX} />}
        >
          <input
            {...inputAria(a.id('title'), a.errors.title, { required: true, extra: [`${a.id('title')}-count`] })}
            className="krds-input"
            value={v.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </FormGroup>
      </div>
      <TextArea
        id={a.id('content')}
        label="내용"
        required
        value={v.content}
        max={ITEM_CONTENT_MAX}
        error={a.errors.content}
        onChange={(t) => set('content', t)}
      />
    </PanelForm>
  )
}
