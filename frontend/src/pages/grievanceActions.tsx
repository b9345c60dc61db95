import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { api, ApiError } from '../api/client'
import type { AnswerResult, Department, GrievanceAction, GrievanceDetail } from '../api/types'
import { Checkbox, Counter, FormGroup, inputAria, mapFieldErrors, RadioChips, Req } from '../components/form'
import { Alert } from '../components/ui'
import { formatDate } from '../lib/datetime'
import { ACTION_LABELS, ANSWER_RESULTS, PARTNER_AGENCIES } from '../lib/labels'

export const TEXT_MAX = 4000
export const NOTE_MAX = 1000
/** 불수용 사유 and 이의신청 안내, as the service limits them. */
export const REJECTION_MAX = 2000

type Errors<F extends string> = Partial<Record<F, string>>
export type Done = (updated: GrievanceDetail, message: string) => void

/** Moves focus to the first field with a message; a radio group's first radio stands for the group. */
function focusFirst<F extends string>(uid: string, order: readonly F[], errors: Errors<F>) {
  const first = order.find((f) => errors[f])
  if (!first) return
  const el = document.getElementById(`${uid}-${first}`)
  if (el?.tagName === 'FIELDSET') el.querySelector<HTMLInputElement>('input')?.focus()
  else el?.focus()
}

/**
 * Runs one action: the local checks first, then the call; a problem's errors[] go under the fields and its
 * detail (a 409's reason, for one) is shown above them as it is.
 */
function useAction<F extends string>(order: readonly F[], onDone: Done) {
  const uid = useId()
  const [errors, setErrors] = useState<Errors<F>>({})
  const [problem, setProblem] = useState<{ title: string; items: string[] } | null>(null)
  const [busy, setBusy] = useState(false)

  async function run(local: Errors<F>, call: () => Promise<GrievanceDetail>, success: string) {
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
      const updated = await call()
      onDone(updated, success)
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapFieldErrors(err.fieldErrors, order)
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

  /** A field loses its message once it is edited. */
  const clear = (f: F) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e))
  return { uid, id: (f: F) => `${uid}-${f}`, errors, problem, busy, run, clear }
}

function ActionForm({
  action,
  title,
  submitLabel,
  busy,
  problem,
  onSubmit,
  onCancel,
  children,
  intro,
}: {
  action: GrievanceAction
  title: string
  submitLabel: string
  busy: boolean
  problem: { title: string; items: string[] } | null
  onSubmit: () => void
  onCancel?: () => void
  children: ReactNode
  intro?: ReactNode
}) {
  const titleId = useId()
  return (
    <form
      className="krds-form action-panel"
      aria-labelledby={titleId}
      data-testid={`panel-${action}`}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <h3 id={titleId} className="panel-title">
        {title}
      </h3>
      {intro}
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
            취소
          </button>
        )}
        <button type="submit" className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
          {busy ? '처리 중…' : submitLabel}
        </button>
      </div>
    </form>
  )
}

function TextArea({
  id,
  label,
  required,
  error,
  hint,
  value,
  onChange,
  max = TEXT_MAX,
  rows = 5,
}: {
  id: string
  label: string
  required?: boolean
  error?: string
  hint?: ReactNode
  value: string
  onChange: (v: string) => void
  max?: number
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

function requiredText(value: string, empty: string, max: number, name: string): string | undefined {
  const t = value.trim()
  if (!t) return empty
  if (t.length > max) return `${name}은(는) ${max.toLocaleString('ko-KR')}자 이내로 입력해 주세요. (글자 수 초과: ${t.length.toLocaleString('ko-KR')}자)`
  return undefined
}

function optionalText(value: string, max: number, name: string): string | undefined {
  const t = value.trim()
  return t.length > max ? `${name}은(는) ${max.toLocaleString('ko-KR')}자 이내로 입력해 주세요.` : undefined
}

interface PanelProps {
  detail: GrievanceDetail
  onDone: Done
  onCancel?: () => void
}

/* 배정 ------------------------------------------------------------------ */

const ASSIGN_FIELDS = ['departmentId', 'cooperatingDepartmentIds', 'note'] as const

export function AssignPanel({ detail, onDone, onCancel, departments }: PanelProps & { departments: Department[] | null }) {
  const a = useAction(ASSIGN_FIELDS, onDone)
  const [departmentId, setDepartmentId] = useState(detail.departmentId ?? '')
  const [cooperating, setCooperating] = useState<string[]>(
    () => detail.cooperatingDepartments?.map((d) => d.id) ?? [],
  )
  const [note, setNote] = useState('')

  function submit() {
    const coop = cooperating.filter((c) => c !== departmentId)
    a.run(
      {
        departmentId: departmentId ? undefined : '소관부서를 선택해 주세요. (필수 입력)',
        note: optionalText(note, NOTE_MAX, '메모'),
      },
      () =>
        api.assign(detail.id, {
          departmentId,
          ...(coop.length > 0 && { cooperatingDepartmentIds: coop }),
          ...(note.trim() && { note: note.trim() }),
        }),
      '소관부서에 배정했습니다.',
    )
  }

  return (
    <ActionForm
      action="ASSIGN"
      title="소관부서 배정"
      submitLabel="배정하기"
      busy={a.busy}
      problem={a.problem}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormGroup id={a.id('departmentId')} label="소관부서" required error={a.errors.departmentId}>
        <select
          {...inputAria(a.id('departmentId'), a.errors.departmentId, { required: true })}
          className="krds-form-select"
          value={departmentId}
          onChange={(e) => {
            setDepartmentId(e.target.value)
            a.clear('departmentId')
          }}
          disabled={!departments}
        >
          <option value="">{departments ? '소관부서를 선택해 주세요' : '부서를 불러오는 중…'}</option>
          {departments?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </FormGroup>
      <fieldset className="form-group" id={a.id('cooperatingDepartmentIds')}>
        <legend className="form-tit">협조부서 (선택)</legend>
        <p className="form-hint">여러 부서가 함께 처리할 복합 애로(원스톱 처리)일 때 협조부서를 지정합니다.</p>
        <div className="check-grid">
          {departments
            ?.filter((d) => d.id !== departmentId)
            .map((d) => (
              <div className="check-item" key={d.id}>
                <input
                  type="checkbox"
                  id={`${a.uid}-coop-${d.id}`}
                  checked={cooperating.includes(d.id)}
                  onChange={(e) =>
                    setCooperating((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))
                  }
                />
                <label htmlFor={`${a.uid}-coop-${d.id}`}>{d.name}</label>
              </div>
            ))}
        </div>
        {a.errors.cooperatingDepartmentIds && (
          <p className="form-hint-invalid">{a.errors.cooperatingDepartmentIds}</p>
        )}
      </fieldset>
      <TextArea
        id={a.id('note')}
        label="메모 (선택)"
        value={note}
        onChange={(v) => {
          setNote(v)
          a.clear('note')
        }}
        error={a.errors.note}
        max={NOTE_MAX}
        rows={3}
      />
    </ActionForm>
  )
}

/* 처리 시작 -------------------------------------------------------------- */

export function StartButton({ detail, onDone, onError }: { detail: GrievanceDetail; onDone: Done; onError: (m: string) => void }) {
  const [busy, setBusy] = useState(false)
  async function start() {
    if (busy) return
    setBusy(true)
    try {
      onDone(await api.start(detail.id), '처리를 시작했습니다.')
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      onError(err instanceof ApiError ? err.message : '처리 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" className="krds-btn primary medium" onClick={start} disabled={busy} aria-busy={busy}>
      {busy ? '처리 중…' : ACTION_LABELS.START}
    </button>
  )
}

/* 이송 ------------------------------------------------------------------ */

const TRANSFER_FIELDS = ['target', 'toDepartmentId', 'toAgency', 'reason'] as const

export function TransferPanel({ detail, onDone, onCancel, departments }: PanelProps & { departments: Department[] | null }) {
  const a = useAction(TRANSFER_FIELDS, onDone)
  const [target, setTarget] = useState<'DEPARTMENT' | 'AGENCY' | ''>('')
  const [toDepartmentId, setToDepartmentId] = useState('')
  const [toAgency, setToAgency] = useState('')
  const [reason, setReason] = useState('')

  function submit() {
    a.run(
      {
        target: target ? undefined : '이송 대상을 선택해 주세요. (필수 입력)',
        toDepartmentId:
          target === 'DEPARTMENT' && !toDepartmentId ? '이송할 부서를 선택해 주세요. (필수 입력)' : undefined,
        toAgency:
          target === 'AGENCY'
            ? !toAgency.trim()
              ? '이송할 기관명을 입력해 주세요. (필수 입력)'
              : optionalText(toAgency, 200, '기관명')
            : undefined,
        reason: requiredText(reason, '이송 사유를 입력해 주세요. (필수 입력)', NOTE_MAX, '이송 사유'),
      },
      () =>
        api.transfer(
          detail.id,
          target === 'DEPARTMENT'
            ? { toDepartmentId, reason: reason.trim() }
            : { toAgency: toAgency.trim(), reason: reason.trim() },
        ),
      '이송했습니다. 이송 사실은 기업에 안내됩니다.',
    )
  }

  return (
    <ActionForm
      action="TRANSFER"
      title="이송"
      submitLabel="이송하기"
      busy={a.busy}
      problem={a.problem}
      onSubmit={submit}
      onCancel={onCancel}
      intro={<p className="form-hint">다른 부서나 외부 기관이 처리할 사항이면 이송합니다. 이송 사실과 사유는 기업에 안내됩니다.</p>}
    >
      <RadioChips
        id={a.id('target')}
        name={`${a.uid}-target`}
        legend="이송 대상"
        required
        options={[
          { value: 'DEPARTMENT', label: '다른 부서', hint: '도 내 다른 소관부서' },
          { value: 'AGENCY', label: '외부 기관', hint: '유관기관·다른 행정기관' },
        ]}
        value={target}
        onChange={(v) => {
          setTarget(v)
          a.clear('target')
        }}
        error={a.errors.target}
      />
      {target === 'DEPARTMENT' && (
        <FormGroup id={a.id('toDepartmentId')} label="이송할 부서" required error={a.errors.toDepartmentId}>
          <select
            {...inputAria(a.id('toDepartmentId'), a.errors.toDepartmentId, { required: true })}
            className="krds-form-select"
            value={toDepartmentId}
            onChange={(e) => {
              setToDepartmentId(e.target.value)
              a.clear('toDepartmentId')
            }}
          >
            <option value="">부서를 선택해 주세요</option>
            {departments
              ?.filter((d) => d.id !== detail.departmentId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </FormGroup>
      )}
      {target === 'AGENCY' && (
        <FormGroup
          id={a.id('toAgency')}
          label="이송할 기관"
          required
          error={a.errors.toAgency}
          hint="목록에서 고르거나 기관명을 직접 입력해 주세요."
        >
          <input
            {...inputAria(a.id('toAgency'), a.errors.toAgency, { hint: true, required: true })}
            className="krds-input"
            list={`${a.uid}-agencies`}
            value={toAgency}
            onChange={(e) => {
              setToAgency(e.target.value)
              a.clear('toAgency')
            }}
          />
          <datalist id={`${a.uid}-agencies`}>
            {PARTNER_AGENCIES.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </FormGroup>
      )}
      <TextArea
        id={a.id('reason')}
        label="이송 사유"
        required
        value={reason}
        onChange={(v) => {
          setReason(v)
          a.clear('reason')
        }}
        error={a.errors.reason}
        max={NOTE_MAX}
        rows={3}
      />
    </ActionForm>
  )
}

/* 기한 연장 --------------------------------------------------------------- */

const EXTEND_FIELDS = ['newDueDate', 'reason', 'companyConsent'] as const

export function ExtendPanel({ detail, onDone, onCancel }: PanelProps) {
  const a = useAction(EXTEND_FIELDS, onDone)
  const [newDueDate, setNewDueDate] = useState('')
  const [reason, setReason] = useState('')
  const [consent, setConsent] = useState(false)
  const count = detail.extensions?.length ?? 0
  const currentDue = detail.dueAt ? formatDate(detail.dueAt) : ''

  function dateError(): string | undefined {
    if (!newDueDate) return '연장할 처리기한을 입력해 주세요. (필수 입력)'
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDueDate)) return '날짜를 YYYY-MM-DD 형식으로 입력해 주세요.'
    if (currentDue && newDueDate <= currentDue)
      return `연장할 처리기한은 현재 처리기한(${currentDue})보다 뒤의 날짜여야 합니다.`
    return undefined
  }

  function submit() {
    a.run(
      {
        newDueDate: dateError(),
        reason: requiredText(reason, '연장 사유를 입력해 주세요. (필수 입력)', NOTE_MAX, '연장 사유'),
        companyConsent:
          count >= 1 && !consent
            ? '이미 한 차례 연장되었습니다. 다시 연장하려면 기업의 동의가 필요합니다.'
            : undefined,
      },
      () => api.extend(detail.id, { newDueDate, reason: reason.trim(), companyConsent: consent }),
      `처리기한을 ${newDueDate}(으)로 연장했습니다. 연장 사실은 기업에 통지됩니다.`,
    )
  }

  return (
    <ActionForm
      action="EXTEND"
      title="처리기한 연장"
      submitLabel="연장하기"
      busy={a.busy}
      problem={a.problem}
      onSubmit={submit}
      onCancel={onCancel}
      intro={
        <p className="form-hint">
          처리기한은 한 차례 사유를 밝혀 연장할 수 있으며, 두 번째 연장부터는 기업의 동의가 필요합니다. 현재 처리기한:{' '}
          <strong>{currentDue || '-'}</strong> · 연장 {count}회
        </p>
      }
    >
      <FormGroup id={a.id('newDueDate')} label="연장할 처리기한" required error={a.errors.newDueDate}>
        <input
          {...inputAria(a.id('newDueDate'), a.errors.newDueDate, { required: true })}
          type="date"
          className="krds-input date"
          min={currentDue || undefined}
          value={newDueDate}
          onChange={(e) => {
            setNewDueDate(e.target.value)
            a.clear('newDueDate')
          }}
        />
      </FormGroup>
      <TextArea
        id={a.id('reason')}
        label="연장 사유"
        required
        value={reason}
        onChange={(v) => {
          setReason(v)
          a.clear('reason')
        }}
        error={a.errors.reason}
        max={NOTE_MAX}
        rows={3}
      />
      <Checkbox
        id={a.id('companyConsent')}
        label="기업이 처리기한 연장에 동의했습니다."
        checked={consent}
        onChange={(c) => {
          setConsent(c)
          a.clear('companyConsent')
        }}
        error={a.errors.companyConsent}
        hint={count >= 1 ? '이번은 두 번째 이후의 연장이므로 기업의 동의가 필요합니다.' : undefined}
      />
    </ActionForm>
  )
}

/* 협조 의견 --------------------------------------------------------------- */

const CONTRIBUTE_FIELDS = ['text'] as const

export function ContributePanel({ detail, onDone, onCancel }: PanelProps) {
  const a = useAction(CONTRIBUTE_FIELDS, onDone)
  const [text, setText] = useState('')
  return (
    <ActionForm
      action="CONTRIBUTE"
      title="협조 의견 등록"
      submitLabel="의견 등록하기"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run(
          { text: requiredText(text, '협조 의견을 입력해 주세요. (필수 입력)', TEXT_MAX, '협조 의견') },
          () => api.contribute(detail.id, text.trim()),
          '협조 의견을 등록했습니다.',
        )
      }
      intro={<p className="form-hint">협조부서로서 검토한 내용을 소관부서에 전달합니다.</p>}
    >
      <TextArea
        id={a.id('text')}
        label="협조 의견"
        required
        value={text}
        onChange={(v) => {
          setText(v)
          a.clear('text')
        }}
        error={a.errors.text}
      />
    </ActionForm>
  )
}

/* 답변 ------------------------------------------------------------------ */

const ANSWER_FIELDS = ['result', 'text', 'officialName', 'rejectionReason', 'appealGuide'] as const

export const APPEAL_GUIDE_TEMPLATE =
  '이 처리 결과에 이의가 있으시면 결과를 통지받은 날부터 90일 이내에 처리기관에 문서로 이의신청을 하실 수 있으며, ' +
  '이와 별도로 행정심판 또는 행정소송을 제기하실 수 있습니다.'

export function AnswerPanel({ detail, onDone, onCancel }: PanelProps) {
  const a = useAction(ANSWER_FIELDS, onDone)
  const [result, setResult] = useState<AnswerResult | ''>('')
  const [text, setText] = useState('')
  const [officialName, setOfficialName] = useState('')
  const [rejectionReason, setRejectionReason] = useState('')
  const [appealGuide, setAppealGuide] = useState('')
  const rejected = result === 'NOT_ACCEPTED'

  function submit() {
    a.run(
      {
        result: result ? undefined : '처리 결과를 선택해 주세요. (필수 입력)',
        text: requiredText(text, '답변 내용을 입력해 주세요. (필수 입력)', TEXT_MAX, '답변 내용'),
        officialName: !officialName.trim()
          ? '답변 공무원의 이름을 입력해 주세요. (필수 입력)'
          : optionalText(officialName, 100, '이름'),
        rejectionReason: rejected
          ? requiredText(rejectionReason, '불수용 사유를 입력해 주세요. (불수용 시 필수)', REJECTION_MAX, '불수용 사유')
          : undefined,
        appealGuide: rejected
          ? requiredText(appealGuide, '이의신청 방법을 안내해 주세요. (불수용 시 필수)', REJECTION_MAX, '이의신청 안내')
          : undefined,
      },
      () =>
        api.answer(detail.id, {
          result: result as AnswerResult,
          text: text.trim(),
          officialName: officialName.trim(),
          ...(rejected && { rejectionReason: rejectionReason.trim(), appealGuide: appealGuide.trim() }),
        }),
      '답변을 등록했습니다. 기업에 답변이 통지됩니다.',
    )
  }

  return (
    <ActionForm
      action="ANSWER"
      title="답변 등록"
      submitLabel="답변 등록하기"
      busy={a.busy}
      problem={a.problem}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <RadioChips
        id={a.id('result')}
        name={`${a.uid}-result`}
        legend="처리 결과"
        required
        options={ANSWER_RESULTS.map((r) => ({ value: r.value, label: r.label, hint: r.hint }))}
        value={result}
        onChange={(v) => {
          setResult(v)
          a.clear('result')
        }}
        error={a.errors.result}
      />
      <TextArea
        id={a.id('text')}
        label="답변 내용"
        required
        value={text}
        onChange={(v) => {
          setText(v)
          a.clear('text')
        }}
        error={a.errors.text}
        rows={8}
      />
      <FormGroup
        id={a.id('officialName')}
        label="답변 공무원"
        required
        error={a.errors.officialName}
        hint="답변하는 공무원의 실명을 적습니다. (민원 처리 결과 통지 시 표시)"
      >
        <input
          {...inputAria(a.id('officialName'), a.errors.officialName, { hint: true, required: true })}
          className="krds-input"
          autoComplete="name"
          value={officialName}
          onChange={(e) => {
            setOfficialName(e.target.value)
            a.clear('officialName')
          }}
        />
      </FormGroup>
      {rejected && (
        <div className="conditional-fields" data-testid="rejection-fields">
          <TextArea
            id={a.id('rejectionReason')}
            label="불수용 사유"
            required
            value={rejectionReason}
            onChange={(v) => {
              setRejectionReason(v)
              a.clear('rejectionReason')
            }}
            error={a.errors.rejectionReason}
            max={REJECTION_MAX}
            rows={4}
          />
          <TextArea
            id={a.id('appealGuide')}
            label="이의신청 안내"
            required
            hint={
              <>
                이의신청 기간과 방법, 행정심판·행정소송 안내를 적습니다.{' '}
                <button
                  type="button"
                  className="krds-btn text small"
                  onClick={() => {
                    setAppealGuide(APPEAL_GUIDE_TEMPLATE)
                    a.clear('appealGuide')
                  }}
                >
                  기본 안내 문구 넣기
                </button>
              </>
            }
            value={appealGuide}
            onChange={(v) => {
              setAppealGuide(v)
              a.clear('appealGuide')
            }}
            error={a.errors.appealGuide}
            max={REJECTION_MAX}
            rows={4}
          />
        </div>
      )}
    </ActionForm>
  )
}

/* 종결 · 재개 ------------------------------------------------------------- */

const CLOSE_FIELDS = ['note'] as const

export function ClosePanel({ detail, onDone, onCancel }: PanelProps) {
  const a = useAction(CLOSE_FIELDS, onDone)
  const [note, setNote] = useState('')
  return (
    <ActionForm
      action="CLOSE"
      title="종결"
      submitLabel="종결하기"
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run(
          { note: optionalText(note, NOTE_MAX, '종결 메모') },
          () => api.close(detail.id, note.trim() || undefined),
          '종결했습니다.',
        )
      }
      intro={<p className="form-hint">기업의 만족도 평가 없이 종결합니다. 필요하면 종결 사유를 남겨 주세요.</p>}
    >
      <TextArea
        id={a.id('note')}
        label="종결 메모 (선택)"
        value={note}
        onChange={(v) => {
          setNote(v)
          a.clear('note')
        }}
        error={a.errors.note}
        max={NOTE_MAX}
        rows={3}
      />
    </ActionForm>
  )
}

const REOPEN_FIELDS = ['reason'] as const

export function ReopenPanel({ detail, onDone, onCancel, company }: PanelProps & { company: boolean }) {
  const a = useAction(REOPEN_FIELDS, onDone)
  const [reason, setReason] = useState('')
  return (
    <ActionForm
      action="REOPEN"
      title={company ? '재개 요청' : '재개'}
      submitLabel={company ? '재개 요청하기' : '재개하기'}
      busy={a.busy}
      problem={a.problem}
      onCancel={onCancel}
      onSubmit={() =>
        a.run(
          { reason: requiredText(reason, '재개 사유를 입력해 주세요. (필수 입력)', NOTE_MAX, '재개 사유') },
          () => api.reopen(detail.id, reason.trim()),
          company ? '재개를 요청했습니다. 소관부서에서 다시 검토합니다.' : '재개했습니다.',
        )
      }
      intro={
        <p className="form-hint">
          {company
            ? '답변이 충분하지 않거나 상황이 달라졌다면 사유를 적어 다시 검토를 요청할 수 있습니다.'
            : '종결·답변된 기업애로를 다시 처리 대상으로 되돌립니다.'}
        </p>
      }
    >
      <TextArea
        id={a.id('reason')}
        label="재개 사유"
        required
        value={reason}
        onChange={(v) => {
          setReason(v)
          a.clear('reason')
        }}
        error={a.errors.reason}
        max={NOTE_MAX}
        rows={3}
      />
    </ActionForm>
  )
}

/* 만족도 평가 -------------------------------------------------------------- */

export const SCORE_LABELS: Record<number, string> = {
  1: '매우 불만족',
  2: '불만족',
  3: '보통',
  4: '만족',
  5: '매우 만족',
}

const RATE_FIELDS = ['score', 'comment'] as const

export function RatingForm({ detail, onDone }: PanelProps) {
  const a = useAction(RATE_FIELDS, onDone)
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')

  return (
    <ActionForm
      action="RATE"
      title="만족도 평가"
      submitLabel="평가 제출"
      busy={a.busy}
      problem={a.problem}
      onSubmit={() =>
        a.run(
          {
            score: score >= 1 && score <= 5 ? undefined : '만족도를 선택해 주세요. (필수 입력)',
            comment: optionalText(comment, NOTE_MAX, '의견'),
          },
          () => api.rate(detail.id, { score, ...(comment.trim() && { comment: comment.trim() }) }),
          '평가해 주셔서 감사합니다. 기업애로가 종결되었습니다.',
        )
      }
      intro={<p className="form-hint">답변에 대한 만족도를 알려 주세요. 평가를 제출하면 이 기업애로는 종결됩니다.</p>}
    >
      <fieldset
        className="form-group"
        id={a.id('score')}
        aria-describedby={a.errors.score ? `${a.id('score')}-err` : undefined}
      >
        <legend className="form-tit">
          만족도 <Req />
        </legend>
        <div className={`star-rating${a.errors.score ? ' is-error' : ''}`}>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`star${score >= n ? ' is-on' : ''}`}>
              <input
                type="radio"
                name={`${a.uid}-score`}
                value={n}
                checked={score === n}
                onChange={() => {
                  setScore(n)
                  a.clear('score')
                }}
              />
              <span className="star-icon" aria-hidden="true">
                ★
              </span>
              <span className="sr-only">
                {n}점 ({SCORE_LABELS[n]})
              </span>
            </label>
          ))}
          <span className="star-caption" aria-hidden="true">
            {score ? `${score}점 · ${SCORE_LABELS[score]}` : '별을 눌러 선택해 주세요'}
          </span>
        </div>
        {a.errors.score && (
          <p className="form-hint-invalid" id={`${a.id('score')}-err`}>
            {a.errors.score}
          </p>
        )}
      </fieldset>
      <TextArea
        id={a.id('comment')}
        label="의견 (선택)"
        value={comment}
        onChange={(v) => {
          setComment(v)
          a.clear('comment')
        }}
        error={a.errors.comment}
        max={NOTE_MAX}
        rows={3}
      />
    </ActionForm>
  )
}
