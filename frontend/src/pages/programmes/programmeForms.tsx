import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { api, ApiError } from '../../api/client'
import type { ProgrammeReport, ProgrammeView, ReferenceOption } from '../../api/types'
import { Dialog } from '../../components/Dialog'
import { FormGroup, inputAria, mapFieldErrors } from '../../components/form'
import { Alert } from '../../components/ui'
import { parseCount, QUARTERS, yearOptions } from '../../lib/reporting'
import { useLoad } from '../../lib/useLoad'

/** Used while /api/reports/reference is loading or failed; the same codes and labels. */
export const FUNDING_SOURCES: ReferenceOption[] = [
  { code: 'NATIONAL', label: '국비', group: null },
  { code: 'PROVINCIAL', label: '도비', group: null },
  { code: 'MUNICIPAL', label: '시비', group: null },
  { code: 'OTHER', label: '기타', group: null },
  { code: 'SELF_FUNDED', label: '자부담', group: null },
]
export const OUTREACH_TYPES: ReferenceOption[] = [
  { code: 'MEETING_HEARING', label: '간담회·공청회', group: null },
  { code: 'SATISFACTION_SURVEY', label: '만족도 조사', group: null },
  { code: 'EXPERT_ADVICE', label: '민간전문가 자문', group: null },
  { code: 'PRESS', label: '언론·방송', group: null },
  { code: 'SNS', label: 'SNS', group: null },
  { code: 'OTHER', label: '기타', group: null },
]
export const IMPLEMENTATION_STATUSES: ReferenceOption[] = [
  { code: 'COMPLETED_ENDED', label: '종료', group: '완료' },
  { code: 'COMPLETED_CONTINUING', label: '지속추진', group: '완료' },
  { code: 'IN_PROGRESS_NORMAL', label: '정상', group: '추진중' },
  { code: 'IN_PROGRESS_LAGGING', label: '부진', group: '추진중' },
  { code: 'NOT_STARTED_REVIEWING', label: '검토중', group: '미착수' },
  { code: 'NOT_STARTED_NOT_DUE', label: '시기미도래', group: '미착수' },
]

type Errors<F extends string> = Partial<Record<F, string>>

/**
 * The state every entry form shares: values, errors under the fields, the problem's detail, and a submit that
 * checks in the browser first, then maps the server's errors[] back to the fields.
 */
function useEntryForm<F extends string, V extends Record<string, string>>(
  fields: readonly F[],
  initial: V,
  validate: (v: V) => Errors<F>,
) {
  const uid = useId()
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<Errors<F>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = (f: F) => `${uid}-${f}`

  function focusFirst(e: Errors<F>) {
    const first = fields.find((f) => e[f])
    if (first) document.getElementById(id(first))?.focus()
  }

  function set(k: keyof V & string, value: string) {
    setValues((old) => ({ ...old, [k]: value }))
    setErrors((e) => ({ ...e, [k]: undefined }))
  }

  async function submit(ev: FormEvent, action: (v: V) => Promise<void>) {
    ev.preventDefault()
    if (busy) return
    const local = validate(values)
    if (Object.keys(local).length > 0) {
      setErrors(local)
      setProblem(null)
      focusFirst(local)
      return
    }
    setErrors({})
    setProblem(null)
    setBusy(true)
    try {
      await action(values)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      if (e instanceof ApiError) {
        const { fields: mapped, other } = mapFieldErrors(e.fieldErrors, fields)
        setErrors(mapped)
        setProblem([e.message, ...other].join(' '))
        focusFirst(mapped)
      } else setProblem('저장하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  return { uid, id, values, set, errors, problem, busy, submit }
}

function EntryDialog({
  title,
  formId,
  busy,
  problem,
  onClose,
  onSubmit,
  children,
  testId,
  extraFooter,
}: {
  title: string
  formId: string
  busy: boolean
  problem: string | null
  onClose: () => void
  onSubmit: (e: FormEvent) => void
  children: ReactNode
  testId?: string
  extraFooter?: ReactNode
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      footer={
        <>
          {extraFooter}
          <button type="button" className="krds-btn tertiary medium" onClick={onClose}>
            취소
          </button>
          <button type="submit" form={formId} className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
            {busy ? '저장 중…' : '저장'}
          </button>
        </>
      }
    >
      <form id={formId} className="krds-form" noValidate onSubmit={onSubmit}>
        {problem && <Alert tone="danger" title={problem} />}
        {children}
      </form>
    </Dialog>
  )
}

function countError(text: string, name: string, unit = ''): string | undefined {
  if (!text.trim()) return `${name}을(를) 입력해 주세요. (필수 입력)`
  if (parseCount(text) === null) return `${name}은(는) 0 이상의 정수${unit ? `(${unit})` : ''}로 입력해 주세요.`
  return undefined
}

function NumberInput({
  id,
  error,
  value,
  onChange,
  required = true,
  hint,
}: {
  id: string
  error?: string
  value: string
  onChange: (v: string) => void
  required?: boolean
  hint?: boolean
}) {
  return (
    <input
      {...inputAria(id, error, { required, hint })}
      className="krds-input"
      inputMode="numeric"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}

function YearSelect({
  id,
  error,
  value,
  onChange,
  years,
}: {
  id: string
  error?: string
  value: string
  onChange: (v: string) => void
  years: number[]
}) {
  return (
    <select
      {...inputAria(id, error, { required: true })}
      className="krds-form-select"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">연도를 선택해 주세요</option>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}년
        </option>
      ))}
    </select>
  )
}

const BUDGET_FIELDS = ['year', 'fundingSource', 'planned', 'secured', 'executed'] as const
type BudgetValues = { year: string; fundingSource: string; planned: string; secured: string; executed: string }

export function validateBudget(v: BudgetValues): Errors<(typeof BUDGET_FIELDS)[number]> {
  const e: Errors<(typeof BUDGET_FIELDS)[number]> = {}
  if (!v.year) e.year = '연도를 선택해 주세요. (필수 입력)'
  if (!v.fundingSource) e.fundingSource = '재원을 선택해 주세요. (필수 입력)'
  const p = countError(v.planned, '계획액', '백만원')
  const s = countError(v.secured, '확보액', '백만원')
  const x = countError(v.executed, '집행액', '백만원')
  if (p) e.planned = p
  if (s) e.secured = s
  if (x) e.executed = x
  return e
}

/** 예산 입력: one year × 재원 line of 계획 / 확보 / 집행 in 백만원; prefilled from the table when it exists. */
function BudgetDialog({
  programme,
  report,
  sources,
  onClose,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  sources: ReferenceOption[]
  onClose: () => void
  onSaved: (m: string) => void
}) {
  const f = useEntryForm<(typeof BUDGET_FIELDS)[number], BudgetValues>(
    BUDGET_FIELDS,
    { year: String(report.year), fundingSource: '', planned: '', secured: '', executed: '' },
    validateBudget,
  )
  const years = yearOptions(programme.startYear, programme.endYear).reverse()

  function existing(year: string, source: string) {
    const col = report.budget.years.findIndex((y) => String(y.year) === year)
    const row = report.budget.rows.find((r) => r.source === source)
    return col >= 0 && row ? row.byYear[col] : null
  }

  function pick(k: 'year' | 'fundingSource', value: string) {
    f.set(k, value)
    const next = { ...f.values, [k]: value }
    const a = existing(next.year, next.fundingSource)
    f.set('planned', a ? String(a.planned) : '')
    f.set('secured', a ? String(a.secured) : '')
    f.set('executed', a ? String(a.executed) : '')
  }

  const formId = `${f.uid}-budget`
  return (
    <EntryDialog
      title="예산 입력 (백만원)"
      formId={formId}
      busy={f.busy}
      problem={f.problem}
      onClose={onClose}
      testId="budget-dialog"
      onSubmit={(e) =>
        void f.submit(e, async (v) => {
          await api.putBudgetLine(programme.id, {
            year: Number(v.year),
            fundingSource: v.fundingSource,
            planned: parseCount(v.planned)!,
            secured: parseCount(v.secured)!,
            executed: parseCount(v.executed)!,
          })
          onSaved(`${v.year}년 ${sources.find((s) => s.code === v.fundingSource)?.label ?? ''} 예산을 저장했습니다.`)
        })
      }
    >
      <div className="form-grid">
        <FormGroup id={f.id('year')} label="연도" required error={f.errors.year}>
          <YearSelect
            id={f.id('year')}
            error={f.errors.year}
            value={f.values.year}
            onChange={(v) => pick('year', v)}
            years={years}
          />
        </FormGroup>
        <FormGroup id={f.id('fundingSource')} label="재원" required error={f.errors.fundingSource}>
          <select
            {...inputAria(f.id('fundingSource'), f.errors.fundingSource, { required: true })}
            className="krds-form-select"
            value={f.values.fundingSource}
            onChange={(e) => pick('fundingSource', e.target.value)}
          >
            <option value="">재원을 선택해 주세요</option>
            {sources.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id={f.id('planned')} label="계획(백만원)" required error={f.errors.planned}>
          <NumberInput id={f.id('planned')} error={f.errors.planned} value={f.values.planned} onChange={(v) => f.set('planned', v)} />
        </FormGroup>
        <FormGroup id={f.id('secured')} label="확보(백만원)" required error={f.errors.secured}>
          <NumberInput id={f.id('secured')} error={f.errors.secured} value={f.values.secured} onChange={(v) => f.set('secured', v)} />
        </FormGroup>
        <FormGroup id={f.id('executed')} label="집행(백만원)" required error={f.errors.executed}>
          <NumberInput id={f.id('executed')} error={f.errors.executed} value={f.values.executed} onChange={(v) => f.set('executed', v)} />
        </FormGroup>
      </div>
    </EntryDialog>
  )
}

const OUTREACH_FIELDS = ['year', 'quarter', 'type', 'count', 'title', 'heldOn'] as const
type OutreachValues = { year: string; quarter: string; type: string; count: string; title: string; heldOn: string }

export function validateOutreach(v: OutreachValues): Errors<(typeof OUTREACH_FIELDS)[number]> {
  const e: Errors<(typeof OUTREACH_FIELDS)[number]> = {}
  if (!v.year) e.year = '연도를 선택해 주세요. (필수 입력)'
  if (!v.type) e.type = '소통 유형을 선택해 주세요. (필수 입력)'
  const c = countError(v.count, '횟수', '회')
  if (c) e.count = c
  if (v.title.trim().length > 200) e.title = '제목은 200자 이내로 입력해 주세요.'
  if (v.heldOn && v.year && !v.heldOn.startsWith(`${v.year}-`)) e.heldOn = '일자는 선택한 연도 안이어야 합니다.'
  return e
}

/** 소통 실적 추가: a count of one type for a year (and quarter or date). */
function OutreachDialog({
  programme,
  report,
  types,
  onClose,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  types: ReferenceOption[]
  onClose: () => void
  onSaved: (m: string) => void
}) {
  const f = useEntryForm<(typeof OUTREACH_FIELDS)[number], OutreachValues>(
    OUTREACH_FIELDS,
    { year: String(report.year), quarter: String(report.quarter), type: '', count: '1', title: '', heldOn: '' },
    validateOutreach,
  )
  const formId = `${f.uid}-outreach`
  return (
    <EntryDialog
      title="소통 실적 추가"
      formId={formId}
      busy={f.busy}
      problem={f.problem}
      onClose={onClose}
      testId="outreach-dialog"
      onSubmit={(e) =>
        void f.submit(e, async (v) => {
          await api.addOutreach(programme.id, {
            year: Number(v.year),
            quarter: v.quarter ? Number(v.quarter) : null,
            type: v.type,
            count: parseCount(v.count)!,
            title: v.title.trim() || null,
            heldOn: v.heldOn || null,
          })
          onSaved('소통 실적을 추가했습니다.')
        })
      }
    >
      <div className="form-grid">
        <FormGroup id={f.id('year')} label="연도" required error={f.errors.year}>
          <YearSelect
            id={f.id('year')}
            error={f.errors.year}
            value={f.values.year}
            onChange={(v) => f.set('year', v)}
            years={yearOptions(programme.startYear, programme.endYear).reverse()}
          />
        </FormGroup>
        <FormGroup id={f.id('quarter')} label="분기" error={f.errors.quarter}>
          <select
            {...inputAria(f.id('quarter'), f.errors.quarter)}
            className="krds-form-select"
            value={f.values.quarter}
            onChange={(e) => f.set('quarter', e.target.value)}
          >
            <option value="">지정 안 함</option>
            {QUARTERS.map((q) => (
              <option key={q} value={q}>
                {q}분기
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id={f.id('type')} label="소통 유형" required error={f.errors.type}>
          <select
            {...inputAria(f.id('type'), f.errors.type, { required: true })}
            className="krds-form-select"
            value={f.values.type}
            onChange={(e) => f.set('type', e.target.value)}
          >
            <option value="">유형을 선택해 주세요</option>
            {types.map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id={f.id('count')} label="횟수(회)" required error={f.errors.count}>
          <NumberInput id={f.id('count')} error={f.errors.count} value={f.values.count} onChange={(v) => f.set('count', v)} />
        </FormGroup>
        <FormGroup id={f.id('title')} label="제목" error={f.errors.title} className="span-2">
          <input
            {...inputAria(f.id('title'), f.errors.title)}
            className="krds-input"
            value={f.values.title}
            onChange={(e) => f.set('title', e.target.value)}
            placeholder="예) 기업인 간담회"
          />
        </FormGroup>
        <FormGroup id={f.id('heldOn')} label="일자" error={f.errors.heldOn}>
          <input
            {...inputAria(f.id('heldOn'), f.errors.heldOn)}
            type="date"
            className="krds-input"
            value={f.values.heldOn}
            onChange={(e) => f.set('heldOn', e.target.value)}
          />
        </FormGroup>
      </div>
    </EntryDialog>
  )
}

const OUTCOME_FIELDS = ['year', 'metric', 'unit', 'value', 'note'] as const
type OutcomeValues = { year: string; metric: string; unit: string; value: string; note: string }

export function validateOutcome(v: OutcomeValues): Errors<(typeof OUTCOME_FIELDS)[number]> {
  const e: Errors<(typeof OUTCOME_FIELDS)[number]> = {}
  if (!v.year) e.year = '연도를 선택해 주세요. (필수 입력)'
  if (!v.metric.trim()) e.metric = '성과 항목(예: 신규 고용)을 입력해 주세요. (필수 입력)'
  else if (v.metric.trim().length > 100) e.metric = '성과 항목은 100자 이내로 입력해 주세요.'
  if (!v.unit.trim()) e.unit = '단위(예: 명, 억원)를 입력해 주세요. (필수 입력)'
  else if (v.unit.trim().length > 20) e.unit = '단위는 20자 이내로 입력해 주세요.'
  const c = countError(v.value, '값')
  if (c) e.value = c
  if (v.note.trim().length > 300) e.note = '비고는 300자 이내로 입력해 주세요.'
  return e
}

/** 성과 입력: one metric's value for a year (the same year and metric replaces it). */
function OutcomeDialog({
  programme,
  report,
  onClose,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  onClose: () => void
  onSaved: (m: string) => void
}) {
  const f = useEntryForm<(typeof OUTCOME_FIELDS)[number], OutcomeValues>(
    OUTCOME_FIELDS,
    { year: String(report.year), metric: '', unit: '', value: '', note: '' },
    validateOutcome,
  )
  const formId = `${f.uid}-outcome`
  const known = report.outcomes.map((s) => s.metric)
  return (
    <EntryDialog
      title="성과 입력"
      formId={formId}
      busy={f.busy}
      problem={f.problem}
      onClose={onClose}
      testId="outcome-dialog"
      onSubmit={(e) =>
        void f.submit(e, async (v) => {
          await api.putOutcome(programme.id, {
            year: Number(v.year),
            metric: v.metric.trim(),
            unit: v.unit.trim(),
            value: parseCount(v.value)!,
            note: v.note.trim() || null,
          })
          onSaved(`${v.year}년 ${v.metric.trim()} 성과를 저장했습니다.`)
        })
      }
    >
      <div className="form-grid">
        <FormGroup id={f.id('year')} label="연도" required error={f.errors.year}>
          <YearSelect
            id={f.id('year')}
            error={f.errors.year}
            value={f.values.year}
            onChange={(v) => f.set('year', v)}
            years={yearOptions(programme.startYear, programme.endYear).reverse()}
          />
        </FormGroup>
        <FormGroup id={f.id('metric')} label="성과 항목" required error={f.errors.metric} hint="예) 신규 고용, 사업화 매출">
          <input
            {...inputAria(f.id('metric'), f.errors.metric, { required: true, hint: true })}
            className="krds-input"
            list={known.length ? `${f.uid}-metrics` : undefined}
            value={f.values.metric}
            onChange={(e) => {
              f.set('metric', e.target.value)
              const s = report.outcomes.find((o) => o.metric === e.target.value)
              if (s) f.set('unit', s.unit)
            }}
          />
          {known.length > 0 && (
            <datalist id={`${f.uid}-metrics`}>
              {known.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
          )}
        </FormGroup>
        <FormGroup id={f.id('unit')} label="단위" required error={f.errors.unit} hint="예) 명, 억원">
          <input
            {...inputAria(f.id('unit'), f.errors.unit, { required: true, hint: true })}
            className="krds-input"
            value={f.values.unit}
            onChange={(e) => f.set('unit', e.target.value)}
          />
        </FormGroup>
        <FormGroup id={f.id('value')} label="값" required error={f.errors.value}>
          <NumberInput id={f.id('value')} error={f.errors.value} value={f.values.value} onChange={(v) => f.set('value', v)} />
        </FormGroup>
        <FormGroup id={f.id('note')} label="비고" error={f.errors.note} className="span-2">
          <input
            {...inputAria(f.id('note'), f.errors.note)}
            className="krds-input"
            value={f.values.note}
            onChange={(e) => f.set('note', e.target.value)}
          />
        </FormGroup>
      </div>
    </EntryDialog>
  )
}

const ACTUAL_FIELDS = ['indicatorId', 'year', 'value', 'note'] as const
type ActualValues = { indicatorId: string; year: string; value: string; note: string }

export function validateActual(v: ActualValues): Errors<(typeof ACTUAL_FIELDS)[number]> {
  const e: Errors<(typeof ACTUAL_FIELDS)[number]> = {}
  if (!v.indicatorId) e.indicatorId = '지표를 선택해 주세요. (필수 입력)'
  if (!v.year) e.year = '연도를 선택해 주세요. (필수 입력)'
  const c = countError(v.value, '실적값')
  if (c) e.value = c
  if (v.note.trim().length > 300) e.note = '비고는 300자 이내로 입력해 주세요.'
  return e
}

/** 실적 입력: the actual of a staff-entered (MANUAL) indicator for a year. */
function ActualDialog({
  programme,
  report,
  onClose,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  onClose: () => void
  onSaved: (m: string) => void
}) {
  const manual = programme.indicators.filter((i) => i.source?.source === 'MANUAL')
  const f = useEntryForm<(typeof ACTUAL_FIELDS)[number], ActualValues>(
    ACTUAL_FIELDS,
    { indicatorId: manual.length === 1 ? manual[0].id : '', year: String(report.year), value: '', note: '' },
    validateActual,
  )
  const formId = `${f.uid}-actual`
  return (
    <EntryDialog
      title="실적 입력"
      formId={formId}
      busy={f.busy}
      problem={f.problem}
      onClose={onClose}
      testId="actual-dialog"
      onSubmit={(e) =>
        void f.submit(e, async (v) => {
          await api.setActual(programme.id, v.indicatorId, Number(v.year), {
            value: parseCount(v.value)!,
            note: v.note.trim() || null,
          })
          onSaved(`${v.year}년 실적을 저장했습니다.`)
        })
      }
    >
      <div className="form-grid">
        <FormGroup id={f.id('indicatorId')} label="지표" required error={f.errors.indicatorId} className="span-2">
          <select
            {...inputAria(f.id('indicatorId'), f.errors.indicatorId, { required: true })}
            className="krds-form-select"
            value={f.values.indicatorId}
            onChange={(e) => f.set('indicatorId', e.target.value)}
          >
            <option value="">지표를 선택해 주세요</option>
            {manual.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.unit})
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id={f.id('year')} label="연도" required error={f.errors.year}>
          <YearSelect
            id={f.id('year')}
            error={f.errors.year}
            value={f.values.year}
            onChange={(v) => f.set('year', v)}
            years={yearOptions(programme.startYear, programme.endYear).reverse()}
          />
        </FormGroup>
        <FormGroup id={f.id('value')} label="실적값" required error={f.errors.value}>
          <NumberInput id={f.id('value')} error={f.errors.value} value={f.values.value} onChange={(v) => f.set('value', v)} />
        </FormGroup>
        <FormGroup id={f.id('note')} label="비고" error={f.errors.note} className="span-2">
          <input
            {...inputAria(f.id('note'), f.errors.note)}
            className="krds-input"
            value={f.values.note}
            onChange={(e) => f.set('note', e.target.value)}
          />
        </FormGroup>
      </div>
    </EntryDialog>
  )
}

const OVERRIDE_FIELDS = ['year', 'status', 'rate', 'reason'] as const
type OverrideValues = { year: string; status: string; rate: string; reason: string }

export function validateOverride(v: OverrideValues): Errors<(typeof OVERRIDE_FIELDS)[number]> {
  const e: Errors<(typeof OVERRIDE_FIELDS)[number]> = {}
  if (!v.year) e.year = '연도를 선택해 주세요. (필수 입력)'
  if (!v.status) e.status = '이행구분을 선택해 주세요. (필수 입력)'
  if (v.rate.trim()) {
    const r = parseCount(v.rate)
    if (r === null || r > 100) e.rate = '이행률은 0부터 100까지의 정수로 입력해 주세요.'
  }
  if (!v.reason.trim()) e.reason = '이행구분을 직접 지정하는 사유를 입력해 주세요. (필수 입력)'
  else if (v.reason.trim().length > 500) e.reason = '사유는 500자 이내로 입력해 주세요.'
  return e
}

/** 이행구분 직접 지정: wins over the rules for its year; a reason is required. Also clears one. */
function OverrideDialog({
  programme,
  report,
  statuses,
  onClose,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  statuses: ReferenceOption[]
  onClose: () => void
  onSaved: (m: string) => void
}) {
  const current = programme.overrides.find((o) => o.year === report.year)
  const f = useEntryForm<(typeof OVERRIDE_FIELDS)[number], OverrideValues>(
    OVERRIDE_FIELDS,
    {
      year: String(report.year),
      status: current?.status.code ?? '',
      rate: current?.rate !== null && current?.rate !== undefined ? String(current.rate) : '',
      reason: current?.reason ?? '',
    },
    validateOverride,
  )
  const [clearing, setClearing] = useState(false)
  const [clearError, setClearError] = useState<string | null>(null)
  const existing = programme.overrides.find((o) => String(o.year) === f.values.year)
  const groups = [...new Set(statuses.map((s) => s.group ?? ''))]
  const formId = `${f.uid}-override`

  async function clear() {
    if (!existing) return
    setClearing(true)
    setClearError(null)
    try {
      await api.clearOverride(programme.id, existing.year)
      onSaved(`${existing.year}년 이행구분 지정을 해제했습니다. 규칙에 따라 다시 산출합니다.`)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setClearError(e instanceof ApiError ? e.message : '해제하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setClearing(false)
    }
  }

  return (
    <EntryDialog
      title="이행구분 직접 지정"
      formId={formId}
      busy={f.busy}
      problem={f.problem ?? clearError}
      onClose={onClose}
      testId="override-dialog"
      extraFooter={
        existing && (
          <button type="button" className="krds-btn tertiary medium" onClick={() => void clear()} disabled={clearing}>
            {clearing ? '해제 중…' : '지정 해제'}
          </button>
        )
      }
      onSubmit={(e) =>
        void f.submit(e, async (v) => {
          await api.overrideStatus(programme.id, Number(v.year), {
            status: v.status,
            rate: v.rate.trim() ? parseCount(v.rate) : null,
            reason: v.reason.trim(),
          })
          onSaved(`${v.year}년 이행구분을 직접 지정했습니다.`)
        })
      }
    >
      <p className="form-hint">
        규칙으로 산출한 이행구분 대신 이 값을 씁니다. 지정한 사람과 사유가 함께 기록됩니다.
      </p>
      <div className="form-grid">
        <FormGroup id={f.id('year')} label="연도" required error={f.errors.year}>
          <YearSelect
            id={f.id('year')}
            error={f.errors.year}
            value={f.values.year}
            onChange={(v) => f.set('year', v)}
            years={yearOptions(programme.startYear, programme.endYear).reverse()}
          />
        </FormGroup>
        <FormGroup id={f.id('status')} label="이행구분" required error={f.errors.status}>
          <select
            {...inputAria(f.id('status'), f.errors.status, { required: true })}
            className="krds-form-select"
            value={f.values.status}
            onChange={(e) => f.set('status', e.target.value)}
          >
            <option value="">이행구분을 선택해 주세요</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {statuses
                  .filter((s) => (s.group ?? '') === g)
                  .map((s) => (
                    <option key={s.code} value={s.code}>
                      {g ? `${g}(${s.label})` : s.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </FormGroup>
        <FormGroup id={f.id('rate')} label="이행률(%)" error={f.errors.rate} hint="비우면 산출한 이행률을 씁니다.">
          <NumberInput
            id={f.id('rate')}
            error={f.errors.rate}
            value={f.values.rate}
            onChange={(v) => f.set('rate', v)}
            required={false}
            hint
          />
        </FormGroup>
        <FormGroup id={f.id('reason')} label="사유" required error={f.errors.reason} className="span-2">
          <textarea
            {...inputAria(f.id('reason'), f.errors.reason, { required: true })}
            className="krds-input textarea"
            rows={3}
            value={f.values.reason}
            onChange={(e) => f.set('reason', e.target.value)}
          />
        </FormGroup>
      </div>
    </EntryDialog>
  )
}

type Open = 'budget' | 'outreach' | 'outcome' | 'actual' | 'override' | null

/** 자료 입력 (ADMIN, COORDINATOR): what the report does not count from events. */
export function DataEntry({
  programme,
  report,
  onSaved,
}: {
  programme: ProgrammeView
  report: ProgrammeReport
  onSaved: () => void
}) {
  const ref = useLoad((signal) => api.reportReference(signal), [], '코드 목록을 불러오지 못했습니다.')
  const [open, setOpen] = useState<Open>(null)
  const [message, setMessage] = useState<string | null>(null)
  const sources = ref.data?.fundingSources?.length ? ref.data.fundingSources : FUNDING_SOURCES
  const types = ref.data?.outreachTypes?.length ? ref.data.outreachTypes : OUTREACH_TYPES
  const statuses = ref.data?.implementationStatuses?.length ? ref.data.implementationStatuses : IMPLEMENTATION_STATUSES
  const hasManual = programme.indicators.some((i) => i.source?.source === 'MANUAL')
  const saved = (m: string) => {
    setOpen(null)
    setMessage(m)
    onSaved()
  }
  const button = (which: Exclude<Open, null>, label: string, disabled = false) => (
    <button
      type="button"
      className="krds-btn secondary small"
      disabled={disabled}
      onClick={() => {
        setMessage(null)
        setOpen(which)
      }}
    >
      {label}
    </button>
  )
  return (
    <section aria-labelledby="entry-title" className="data-entry no-print">
      <h2 id="entry-title" className="section-title">
        자료 입력
      </h2>
      <p className="help-text">
        회의 개최와 기업애로 처리 실적은 이벤트에서 자동으로 집계됩니다. 예산, 소통 실적, 성과, 직접 입력하는 지표의
        실적과 이행구분 지정은 여기서 입력합니다.
      </p>
      <div className="summary-anchor">{message && <Alert tone="success" title={message} />}</div>
      <div className="entry-actions">
        {button('budget', '예산 입력')}
        {button('outreach', '소통 실적 추가')}
        {button('outcome', '성과 입력')}
        {button('actual', '실적 입력', !hasManual)}
        {button('override', '이행구분 지정')}
      </div>
      {!hasManual && <p className="muted">이 사업에는 직접 입력하는 지표가 없습니다. 실적은 자동으로 집계됩니다.</p>}
      {open === 'budget' && (
        <BudgetDialog programme={programme} report={report} sources={sources} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open === 'outreach' && (
        <OutreachDialog programme={programme} report={report} types={types} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open === 'outcome' && <OutcomeDialog programme={programme} report={report} onClose={() => setOpen(null)} onSaved={saved} />}
      {open === 'actual' && <ActualDialog programme={programme} report={report} onClose={() => setOpen(null)} onSaved={saved} />}
      {open === 'override' && (
        <OverrideDialog
          programme={programme}
          report={report}
          statuses={statuses}
          onClose={() => setOpen(null)}
          onSaved={saved}
        />
      )}
    </section>
  )
}
