import { useId, useRef, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { CodeName } from '../../api/types'
import { useAuth } from '../../auth/AuthContext'
import { Checkbox, Counter, FormGroup, inputAria } from '../../components/form'
import { Alert, PageHeader } from '../../components/ui'
import { hasRole, MUNICIPALITIES } from '../../lib/labels'
import { CITIES, nameOf, useMeetingDepartments, useMeetingKinds, usePartnerAgencies } from '../../lib/meetings'
import {
  AGENDA_MAX,
  EMPTY_PLAN,
  mapPlanErrors,
  MEETING_TITLE_MAX,
  PLAN_FIELDS,
  toPlanRequest,
  twoHoursLater,
  validatePlan,
  type PlanErrors,
  type PlanField,
  type PlanValues,
} from './meetingForm'

const FIELD_LABELS: Record<PlanField, string> = {
  kind: '회의 종류',
  title: '회의명',
  startsAt: '시작 일시',
  endsAt: '종료 일시',
  municipality: '개최 시군',
  venue: '장소',
  hostOrganization: '주관 기관',
  hostDepartmentId: '주관 부서',
  publicMeeting: '공개 여부',
  capacity: '정원',
  agenda: '안건',
  invitedDepartments: '초청 부서',
  partnerAgencies: '초청 유관기관',
}

/** 회의 계획 등록: kind, time and place, host, who is invited, and the agenda; it starts as 계획. */
export function MeetingNewPage() {
  const { user } = useAuth()
  const navigate = useNavigate()
  // An officer plans only for its own department; the service fills it in.
  const ownDepartment = hasRole(user, 'ADMIN', 'COORDINATOR') ? null : (user?.departmentId ?? null)
  const { kinds, failed: kindsFailed } = useMeetingKinds()
  const { departments } = useMeetingDepartments()
  const { agencies } = usePartnerAgencies()
  const [v, setV] = useState<PlanValues>(EMPTY_PLAN)
  const [errors, setErrors] = useState<PlanErrors>({})
  const [formError, setFormError] = useState<{ title: string; items: string[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const uid = useId()
  const id = (f: PlanField) => `${uid}-${f}`
  const summaryRef = useRef<HTMLDivElement>(null)

  function set<K extends keyof PlanValues>(k: K, value: PlanValues[K]) {
    setV((old) => {
      const next = { ...old, [k]: value }
      // A start without an end gets one two hours later, the usual length of a meeting.
      if (k === 'startsAt' && !old.endsAt) next.endsAt = twoHoursLater(String(value))
      return next
    })
    if (errors[k as PlanField]) setErrors((e) => ({ ...e, [k]: undefined }))
  }

  function focusField(f: PlanField) {
    const el = document.getElementById(id(f))
    if (el?.tagName === 'FIELDSET') el.querySelector<HTMLInputElement>('input')?.focus()
    else el?.focus()
  }

  function show(next: PlanErrors, general: { title: string; items: string[] } | null) {
    setErrors(next)
    setFormError(general)
    const first = PLAN_FIELDS.find((f) => next[f])
    if (first) focusField(first)
    else summaryRef.current?.focus()
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    const local = validatePlan(v)
    if (Object.keys(local).length > 0) {
      show(local, null)
      return
    }
    setErrors({})
    setFormError(null)
    setBusy(true)
    try {
      const meeting = await api.planMeeting(toPlanRequest(v))
      navigate(`/meetings/${encodeURIComponent(meeting.id)}`, {
        state: { message: '회의 계획을 등록했습니다. 일정이 정해지면 확정해 주세요.' },
      })
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapPlanErrors(err.fieldErrors)
        const hasFields = Object.keys(fields).length > 0
        show(fields, {
          title: hasFields ? '입력 내용을 확인해 주세요.' : err.message,
          items: hasFields && err.problem?.detail ? [err.problem.detail, ...other] : other,
        })
      } else show({}, { title: '등록 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.', items: [] })
    } finally {
      setBusy(false)
    }
  }

  const errorCount = PLAN_FIELDS.filter((f) => errors[f]).length
  const kind = kinds?.find((k) => k.code === v.kind)

  return (
    <>
      <p className="back-link">
        <Link to="/meetings">회의·간담회 목록으로</Link>
      </p>
      <PageHeader
        title="회의 계획 등록"
        description="간담회·현장전략회의·현장방문의 일시와 장소, 주관, 초청 부서와 유관기관, 안건을 정해 계획으로 등록합니다. 기업은 등록 후 참석자 추가에서 초청합니다."
      />
      <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
        {(errorCount > 0 || formError) && (
          <Alert tone="danger" title={formError?.title ?? `입력 내용을 확인해 주세요. ${errorCount}개 항목에 오류가 있습니다.`}>
            <ul className="error-summary">
              {PLAN_FIELDS.filter((f) => errors[f]).map((f) => (
                <li key={f}>
                  <a
                    href={`#${id(f)}`}
                    onClick={(e) => {
                      e.preventDefault()
                      focusField(f)
                    }}
                  >
                    <span className="sr-only">{FIELD_LABELS[f]}: </span>
                    {errors[f]}
                  </a>
                </li>
              ))}
              {formError?.items.map((m, i) => <li key={`o${i}`}>{m}</li>)}
            </ul>
          </Alert>
        )}
      </div>

      <form className="krds-form krds-card meeting-form" noValidate onSubmit={onSubmit}>
        <p className="required-note">
          <span className="required-mark" aria-hidden="true">*</span> 표시는 필수 입력 항목입니다.
        </p>
        <div className="form-grid">
          <FormGroup
            id={id('kind')}
            label="회의 종류"
            required
            error={errors.kind}
            hint={kind ? `${kind.regular ? '정례 회의: 시군 순회 현황에 집계됩니다.' : '필요시 회의'}${kind.description ? ` · ${kind.description}` : ''}` : undefined}
          >
            <select
              {...inputAria(id('kind'), errors.kind, { required: true, hint: !!kind })}
              className="krds-form-select"
              value={v.kind}
              disabled={!kinds}
              onChange={(e) => set('kind', e.target.value)}
            >
              <option value="">{kinds ? '종류를 선택해 주세요' : '종류를 불러오는 중…'}</option>
              {kinds
                ?.filter((k) => k.active !== false)
                .map((k) => (
                  <option key={k.code} value={k.code}>
                    {k.name} ({k.regular ? '정례' : '필요시'})
                  </option>
                ))}
            </select>
          </FormGroup>
          <FormGroup
            id={id('title')}
            label="회의명"
            required
            error={errors.title}
            after={<Counter id={`${id('title')}-count`} length={v.title.trim().length} max={MEETING_TITLE_MAX} />}
          >
            <input
              {...inputAria(id('title'), errors.title, { required: true, extra: [`${id('title')}-count`] })}
              className="krds-input"
              value={v.title}
              placeholder="예) 2026년 1차 강원기업지원 현장전략회의"
              onChange={(e) => set('title', e.target.value)}
            />
          </FormGroup>
          <FormGroup id={id('startsAt')} label="시작 일시" required error={errors.startsAt} hint="한국 표준시(KST)">
            <input
              {...inputAria(id('startsAt'), errors.startsAt, { required: true, hint: true })}
              type="datetime-local"
              className="krds-input"
              value={v.startsAt}
              onChange={(e) => set('startsAt', e.target.value)}
            />
          </FormGroup>
          <FormGroup id={id('endsAt')} label="종료 일시" required error={errors.endsAt} hint="한국 표준시(KST)">
            <input
              {...inputAria(id('endsAt'), errors.endsAt, { required: true, hint: true })}
              type="datetime-local"
              className="krds-input"
              value={v.endsAt}
              min={v.startsAt || undefined}
              onChange={(e) => set('endsAt', e.target.value)}
            />
          </FormGroup>
        </div>
        {kindsFailed && <p className="form-hint">회의 종류를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.</p>}

        <fieldset className="form-section">
          <legend className="form-section-title">장소와 주관</legend>
          <div className="form-grid">
            <FormGroup id={id('municipality')} label="개최 시군" required error={errors.municipality}>
              <select
                {...inputAria(id('municipality'), errors.municipality, { required: true })}
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
            <FormGroup id={id('venue')} label="장소" error={errors.venue}>
              <input
                {...inputAria(id('venue'), errors.venue)}
                className="krds-input"
                value={v.venue}
                placeholder="예) 평창군청 대회의실"
                onChange={(e) => set('venue', e.target.value)}
              />
            </FormGroup>
            <FormGroup id={id('hostOrganization')} label="주관 기관" error={errors.hostOrganization}>
              <select
                {...inputAria(id('hostOrganization'), errors.hostOrganization)}
                className="krds-form-select"
                value={v.hostOrganization}
                onChange={(e) => set('hostOrganization', e.target.value)}
              >
                {[...MUNICIPALITIES.filter((m) => m.code === 'PROVINCE'), ...CITIES].map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name}
                  </option>
                ))}
              </select>
            </FormGroup>
            <FormGroup
              id={id('hostDepartmentId')}
              label="주관 부서"
              error={errors.hostDepartmentId}
              hint={ownDepartment ? '소관부서 담당자는 자기 부서가 주관하는 회의만 등록합니다.' : undefined}
            >
              {ownDepartment ? (
                <input
                  {...inputAria(id('hostDepartmentId'), errors.hostDepartmentId, { hint: true })}
                  className="krds-input"
                  readOnly
                  value={nameOf(departments, ownDepartment)}
                />
              ) : (
                <select
                  {...inputAria(id('hostDepartmentId'), errors.hostDepartmentId)}
                  className="krds-form-select"
                  value={v.hostDepartmentId}
                  onChange={(e) => set('hostDepartmentId', e.target.value)}
                >
                  <option value="">기업지원과 (기본)</option>
                  {departments?.map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.name}
                    </option>
                  ))}
                </select>
              )}
            </FormGroup>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section-title">참가 신청</legend>
          <Checkbox
            id={id('publicMeeting')}
            label="공개 회의로 등록하고 기업의 참가 신청을 받습니다."
            checked={v.publicMeeting}
            onChange={(c) => set('publicMeeting', c)}
            error={errors.publicMeeting}
          />
          {v.publicMeeting && (
            <FormGroup
              id={id('capacity')}
              label="정원 (기업 수)"
              error={errors.capacity}
              hint="비워 두면 정원 없이 받습니다."
            >
              <input
                {...inputAria(id('capacity'), errors.capacity, { hint: true })}
                className="krds-input date"
                inputMode="numeric"
                value={v.capacity}
                onChange={(e) => set('capacity', e.target.value)}
              />
            </FormGroup>
          )}
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section-title">초청</legend>
          <CheckList
            id={id('invitedDepartments')}
            legend="초청 부서"
            items={departments}
            selected={v.invitedDepartments}
            onChange={(s) => set('invitedDepartments', s)}
            error={errors.invitedDepartments}
          />
          <CheckList
            id={id('partnerAgencies')}
            legend="초청 유관기관"
            items={agencies}
            selected={v.partnerAgencies}
            onChange={(s) => set('partnerAgencies', s)}
            error={errors.partnerAgencies}
          />
        </fieldset>

        <FormGroup
          id={id('agenda')}
          label="안건"
          error={errors.agenda}
          after={<Counter id={`${id('agenda')}-count`} length={v.agenda.trim().length} max={AGENDA_MAX} />}
        >
          <textarea
            {...inputAria(id('agenda'), errors.agenda, { extra: [`${id('agenda')}-count`] })}
            className="krds-input textarea short"
            rows={5}
            value={v.agenda}
            onChange={(e) => set('agenda', e.target.value)}
          />
        </FormGroup>

        <div className="form-actions">
          <Link to="/meetings" className="krds-btn tertiary medium">
            취소
          </Link>
          <button type="submit" className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
            {busy ? '등록 중…' : '계획 등록'}
          </button>
        </div>
      </form>
    </>
  )
}

/** A fieldset of checkboxes for picking several codes. */
export function CheckList({
  id,
  legend,
  items,
  selected,
  onChange,
  error,
  exclude = [],
}: {
  id: string
  legend: string
  items: CodeName[] | null
  selected: string[]
  onChange: (selected: string[]) => void
  error?: string
  exclude?: string[]
}) {
  const shown = items?.filter((x) => !exclude.includes(x.code)) ?? null
  return (
    <fieldset className="form-group" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend className="form-tit">
        {legend} <span className="muted">(선택 {selected.length})</span>
      </legend>
      {!shown ? (
        <p className="muted">목록을 불러오는 중…</p>
      ) : shown.length === 0 ? (
        <p className="muted">선택할 항목이 없습니다.</p>
      ) : (
        <div className={`check-grid${error ? ' is-error' : ''}`}>
          {shown.map((x) => (
            <div className="check-item" key={x.code}>
              <input
                type="checkbox"
                id={`${id}-${x.code}`}
                checked={selected.includes(x.code)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, x.code] : selected.filter((c) => c !== x.code))
                }
              />
              <label htmlFor={`${id}-${x.code}`}>{x.name}</label>
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
