import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../api/client'
import type { GrievanceReceipt } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { Counter, FieldError, FormGroup, inputAria, RadioChips, Req } from '../components/form'
import { Alert, Badge, PageHeader } from '../components/ui'
import { formatDate, formatDateTime } from '../lib/datetime'
import {
  isStaff,
  KIND_LABELS,
  KIND_OPTIONS,
  MUNICIPALITIES,
  SIZE_CLASSES,
  STAFF_CHANNEL_OPTIONS,
  statusMeta,
} from '../lib/labels'
import { categoryNameOf, useCategories } from '../lib/refData'
import {
  CONTENT_MAX,
  EMPTY_FORM,
  FIELD_LABELS,
  fieldOrder,
  mapServerErrors,
  TITLE_MAX,
  toDraft,
  validate,
  type FormErrors,
  type FormField,
  type FormValues,
} from './grievanceForm'

/**
 * 기업애로 접수. A company files its own (channel WEB); staff file on a company's behalf (접수 대행) and
 * then also give the channel and the company.
 */
export function GrievanceNewPage() {
  const { user } = useAuth()
  const staff = isStaff(user)
  const { categories, failed: categoriesFailed } = useCategories()
  const [values, setValues] = useState<FormValues>(EMPTY_FORM)
  const [errors, setErrors] = useState<FormErrors>({})
  const [formError, setFormError] = useState<{ title: string; items: string[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const [receipt, setReceipt] = useState<GrievanceReceipt | null>(null)
  const uid = useId()
  const id = (f: FormField) => `${uid}-${f}`
  const summaryRef = useRef<HTMLDivElement>(null)
  const order = fieldOrder(staff)
  const pageTitle = staff ? '접수 대행' : '기업애로 접수'

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }))
    // A corrected field loses its message as soon as it is valid again.
    if (errors[key as FormField]) {
      const again = validate({ ...values, [key]: value }, staff)
      setErrors((e) => ({ ...e, [key]: again[key as FormField] }))
    }
  }

  function focusField(f: FormField) {
    const el =
      f === 'kind' || f === 'channel'
        ? document.querySelector<HTMLInputElement>(`input[name="${uid}-${f}"]`)
        : document.getElementById(id(f))
    el?.focus()
  }

  function showErrors(next: FormErrors, general: { title: string; items: string[] } | null) {
    setErrors(next)
    setFormError(general)
    const first = order.find((f) => next[f])
    if (first) focusField(first)
    else summaryRef.current?.focus()
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    const local = validate(values, staff)
    if (Object.values(local).some(Boolean)) {
      showErrors(local, null)
      return
    }
    setErrors({})
    setFormError(null)
    setBusy(true)
    try {
      const res = await api.createGrievance(toDraft(values, staff))
      setReceipt(res)
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapServerErrors(err.fieldErrors)
        const hasFields = Object.keys(fields).length > 0
        showErrors(fields, {
          title: hasFields ? '입력 내용을 확인해 주세요.' : err.message,
          items: hasFields && err.problem?.detail ? [err.problem.detail, ...other] : other,
        })
      } else {
        showErrors({}, { title: '접수 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.', items: [] })
      }
    } finally {
      setBusy(false)
    }
  }

  if (receipt) {
    return (
      <>
        <PageHeader title={pageTitle} />
        <Receipt
          receipt={receipt}
          categoryName={categoryNameOf(categories, receipt.category)}
          listLabel={staff ? '기업애로 처리함 보기' : '내 기업애로 보기'}
          onAgain={() => {
            setReceipt(null)
            setValues(EMPTY_FORM)
          }}
        />
      </>
    )
  }

  const errorCount = order.filter((f) => errors[f]).length
  const describe = (f: FormField, ...extra: string[]) =>
    [...extra, errors[f] ? `${id(f)}-err` : ''].filter(Boolean).join(' ') || undefined

  return (
    <>
      <PageHeader
        title={pageTitle}
        description={
          staff
            ? '전화·현장방문·간담회·유관기관으로 들어온 기업의 애로를 기업을 대신하여 접수합니다.'
            : '경영 활동 중 겪는 애로사항이나 건의·질의를 남겨 주시면 소관부서에서 검토하여 답변해 드립니다.'
        }
      />

      <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
        {(errorCount > 0 || formError) && (
          <Alert
            tone="danger"
            title={formError?.title ?? `입력 내용을 확인해 주세요. ${errorCount}개 항목에 오류가 있습니다.`}
          >
            <ul className="error-summary">
              {order
                .filter((f) => errors[f])
                .map((f) => (
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

      <form className="krds-form grievance-form krds-card" onSubmit={onSubmit} noValidate>
        <p className="required-note">
          <span className="required-mark" aria-hidden="true">*</span> 표시는 필수 입력 항목입니다.
        </p>

        {staff && (
          <>
            <RadioChips
              id={id('channel')}
              name={`${uid}-channel`}
              legend="접수 경로"
              required
              options={STAFF_CHANNEL_OPTIONS}
              value={values.channel}
              onChange={(v) => set('channel', v)}
              error={errors.channel}
            />

            <fieldset className="form-section">
              <legend className="form-section-title">기업 정보</legend>
              <div className="form-grid">
                <FormGroup
                  id={id('businessNumber')}
                  label="사업자등록번호"
                  required
                  hint="숫자 10자리 (예: 123-45-67890)"
                  error={errors.businessNumber}
                >
                  <input
                    {...inputAria(id('businessNumber'), errors.businessNumber, { hint: true, required: true })}
                    className="krds-input"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={12}
                    value={values.businessNumber}
                    onChange={(e) => set('businessNumber', e.target.value)}
                  />
                </FormGroup>
                <FormGroup id={id('companyName')} label="기업명" required error={errors.companyName}>
                  <input
                    {...inputAria(id('companyName'), errors.companyName, { required: true })}
                    className="krds-input"
                    autoComplete="organization"
                    value={values.companyName}
                    onChange={(e) => set('companyName', e.target.value)}
                  />
                </FormGroup>
                <FormGroup id={id('municipality')} label="소재 시군" required error={errors.municipality}>
                  <select
                    {...inputAria(id('municipality'), errors.municipality, { required: true })}
                    className="krds-form-select"
                    value={values.municipality}
                    onChange={(e) => set('municipality', e.target.value)}
                  >
                    <option value="">시군을 선택해 주세요</option>
                    {MUNICIPALITIES.map((m) => (
                      <option key={m.code} value={m.code}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </FormGroup>
                <FormGroup id={id('sizeClass')} label="기업 규모" error={errors.sizeClass}>
                  <select
                    {...inputAria(id('sizeClass'), errors.sizeClass)}
                    className="krds-form-select"
                    value={values.sizeClass}
                    onChange={(e) => set('sizeClass', e.target.value)}
                  >
                    <option value="">선택 안 함</option>
                    {SIZE_CLASSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </FormGroup>
                <FormGroup id={id('industry')} label="업종" error={errors.industry} className="span-2">
                  <input
                    {...inputAria(id('industry'), errors.industry)}
                    className="krds-input"
                    placeholder="예) 정밀기계 부품 제조"
                    value={values.industry}
                    onChange={(e) => set('industry', e.target.value)}
                  />
                </FormGroup>
              </div>
            </fieldset>
          </>
        )}

        <fieldset
          className="form-group"
          aria-describedby={describe('kind')}
          id={id('kind')}
        >
          <legend className="form-tit">
            유형 <Req />
          </legend>
          <div className={`radio-chips${errors.kind ? ' is-error' : ''}`}>
            {KIND_OPTIONS.map((o) => (
              <label key={o.value} className="radio-chip">
                <input
                  type="radio"
                  name={`${uid}-kind`}
                  value={o.value}
                  checked={values.kind === o.value}
                  onChange={() => set('kind', o.value)}
                />
                <span className="radio-chip-label">{o.label}</span>
                <span className="radio-chip-hint">{o.hint}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${id('kind')}-err`} message={errors.kind} />
        </fieldset>

        <div className="form-group">
          <div className="form-tit">
            <label htmlFor={id('category')}>
              분야 <Req />
            </label>
          </div>
          <div className={`form-conts${errors.category ? ' is-error' : ''}`}>
            <select
              id={id('category')}
              className="krds-form-select"
              value={values.category}
              onChange={(e) => set('category', e.target.value)}
              aria-invalid={errors.category ? true : undefined}
              aria-describedby={describe('category')}
              aria-required="true"
              disabled={!categories}
            >
              <option value="">{categories ? '분야를 선택해 주세요' : '분야를 불러오는 중…'}</option>
              {categories?.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {categoriesFailed && (
            <p className="form-hint">분야 목록을 불러오지 못해 기본 분야를 표시합니다.</p>
          )}
          <FieldError id={`${id('category')}-err`} message={errors.category} />
        </div>

        <div className="form-group">
          <div className="form-tit">
            <label htmlFor={id('title')}>
              제목 <Req />
            </label>
          </div>
          <div className={`form-conts${errors.title ? ' is-error' : ''}`}>
            <input
              id={id('title')}
              className="krds-input"
              value={values.title}
              onChange={(e) => set('title', e.target.value)}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describe('title', `${id('title')}-count`)}
              aria-required="true"
              placeholder="예) 수출 바우처 신청 자격 문의"
            />
          </div>
          <div className="form-meta">
            <FieldError id={`${id('title')}-err`} message={errors.title} />
            <Counter id={`${id('title')}-count`} length={values.title.trim().length} max={TITLE_MAX} />
          </div>
        </div>

        <div className="form-group">
          <div className="form-tit">
            <label htmlFor={id('content')}>
              내용 <Req />
            </label>
          </div>
          <p className="form-hint" id={`${id('content')}-hint`}>
            겪고 계신 상황, 관련 제도나 사업명, 원하시는 해결 방안을 구체적으로 적어 주시면 더 빠르게 처리됩니다.
          </p>
          <div className={`form-conts${errors.content ? ' is-error' : ''}`}>
            <textarea
              id={id('content')}
              className="krds-input textarea"
              rows={10}
              value={values.content}
              onChange={(e) => set('content', e.target.value)}
              aria-invalid={errors.content ? true : undefined}
              aria-describedby={describe('content', `${id('content')}-hint`, `${id('content')}-count`)}
              aria-required="true"
            />
          </div>
          <div className="form-meta">
            <FieldError id={`${id('content')}-err`} message={errors.content} />
            <Counter id={`${id('content')}-count`} length={values.content.trim().length} max={CONTENT_MAX} />
          </div>
        </div>

        <fieldset className="form-section">
          <legend className="form-section-title">담당자 연락처 (선택)</legend>
          <p className="form-hint">
            처리 과정에서 연락드릴 담당자입니다. 연락처는 개인정보로 보호되며 목록에서는 일부를 가려 표시합니다.
          </p>
          <div className="form-grid three">
            <FormGroup id={id('contactName')} label="담당자 이름" error={errors.contactName}>
              <input
                {...inputAria(id('contactName'), errors.contactName)}
                className="krds-input"
                autoComplete="name"
                value={values.contactName}
                onChange={(e) => set('contactName', e.target.value)}
              />
            </FormGroup>
            <FormGroup id={id('contactPhone')} label="담당자 전화번호" error={errors.contactPhone}>
              <input
                {...inputAria(id('contactPhone'), errors.contactPhone)}
                className="krds-input"
                type="tel"
                autoComplete="tel"
                placeholder="예) 033-123-4567"
                value={values.contactPhone}
                onChange={(e) => set('contactPhone', e.target.value)}
              />
            </FormGroup>
            <FormGroup id={id('contactEmail')} label="담당자 이메일" error={errors.contactEmail}>
              <input
                {...inputAria(id('contactEmail'), errors.contactEmail)}
                className="krds-input"
                type="email"
                autoComplete="email"
                value={values.contactEmail}
                onChange={(e) => set('contactEmail', e.target.value)}
              />
            </FormGroup>
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="krds-btn primary large" disabled={busy} aria-busy={busy}>
            {busy ? '접수 중…' : '접수하기'}
          </button>
        </div>
      </form>
    </>
  )
}

function Receipt({
  receipt,
  categoryName,
  listLabel,
  onAgain,
}: {
  receipt: GrievanceReceipt
  categoryName: string
  listLabel: string
  onAgain: () => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    window.scrollTo(0, 0)
    headingRef.current?.focus({ preventScroll: true })
  }, [])
  const s = statusMeta(receipt.status)
  return (
    <section className="krds-card receipt-panel" aria-labelledby="receipt-title">
      <span className="receipt-icon" aria-hidden="true" />
      <h2 id="receipt-title" ref={headingRef} tabIndex={-1} className="receipt-title">
        기업애로가 접수되었습니다.
      </h2>
      <div className="receipt-number-box">
        <p className="receipt-number-label" id="receipt-number-label">
          접수번호
        </p>
        <p className="receipt-number" data-testid="receipt-number" aria-describedby="receipt-number-label">
          {receipt.receiptNumber}
        </p>
      </div>
      <p className="receipt-note">
        전화로 문의하실 때 이 <strong>접수번호</strong>를 말씀해 주시면 처리 상황을 바로 확인해 드립니다.
      </p>
      <dl className="receipt-details">
        <div>
          <dt>유형</dt>
          <dd>{KIND_LABELS[receipt.kind] ?? receipt.kind}</dd>
        </div>
        <div>
          <dt>분야</dt>
          <dd>{categoryName}</dd>
        </div>
        <div>
          <dt>제목</dt>
          <dd>{receipt.title}</dd>
        </div>
        <div>
          <dt>상태</dt>
          <dd>
            <Badge tone={s.tone}>{s.label}</Badge>
          </dd>
        </div>
        {receipt.departmentName && (
          <div>
            <dt>소관부서</dt>
            <dd>{receipt.departmentName}</dd>
          </div>
        )}
        <div>
          <dt>접수 일시</dt>
          <dd>{formatDateTime(receipt.receivedAt)}</dd>
        </div>
        {(receipt.dueAt || receipt.dueDate) && (
          <div>
            <dt>처리기한</dt>
            <dd>{receipt.dueAt ? formatDateTime(receipt.dueAt) : formatDate(receipt.dueDate)}</dd>
          </div>
        )}
      </dl>
      <div className="form-actions center">
        <Link to="/grievances" className="krds-btn primary large">
          {listLabel}
        </Link>
        {receipt.id !== undefined && receipt.id !== null && receipt.id !== '' && (
          <Link to={`/grievances/${encodeURIComponent(String(receipt.id))}`} className="krds-btn secondary large">
            상세 보기
          </Link>
        )}
        <button type="button" className="krds-btn secondary large" onClick={onAgain}>
          새 기업애로 접수
        </button>
      </div>
    </section>
  )
}
