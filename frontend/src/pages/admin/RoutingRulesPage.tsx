import { useId, useState, type FormEvent } from 'react'
import { api, ApiError } from '../../api/client'
import type { Category, Department, RoutingRule, RoutingRuleInput } from '../../api/types'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { Checkbox, FieldError, FormGroup, inputAria, mapFieldErrors } from '../../components/form'
import { Alert, Badge, PageHeader, Spinner } from '../../components/ui'
import { MUNICIPALITIES, municipalityName } from '../../lib/labels'
import { categoryNameOf, departmentNameOf, useCategories, useDepartments } from '../../lib/refData'
import { useLoad } from '../../lib/useLoad'

const RULE_FIELDS = ['criteria', 'category', 'municipality', 'keyword', 'departmentId', 'priority'] as const
type RuleField = (typeof RULE_FIELDS)[number]
type RuleErrors = Partial<Record<RuleField, string>>
export const PRIORITY_MAX = 1000

export interface RuleValues {
  category: string
  municipality: string
  keyword: string
  departmentId: string
  priority: string
  active: boolean
}

export function validateRule(v: RuleValues): RuleErrors {
  const e: RuleErrors = {}
  if (!v.category && !v.municipality && !v.keyword.trim())
    e.criteria = '분야, 시군, 키워드 중 하나 이상을 지정해 주세요.'
  if (v.keyword.trim().length > 100) e.keyword = '키워드는 100자 이내로 입력해 주세요.'
  if (!v.departmentId) e.departmentId = '소관부서를 선택해 주세요. (필수 입력)'
  if (!v.priority.trim()) e.priority = '우선순위를 입력해 주세요. (필수 입력)'
  else if (!/^\d{1,4}$/.test(v.priority.trim()) || Number(v.priority.trim()) > PRIORITY_MAX)
    e.priority = `우선순위는 0부터 ${PRIORITY_MAX}까지의 정수로 입력해 주세요.`
  return e
}

function toInput(v: RuleValues): RoutingRuleInput {
  // An empty criterion is sent as null, so that an edit can take one away.
  return {
    category: v.category || null,
    municipality: v.municipality || null,
    keyword: v.keyword.trim() || null,
    departmentId: v.departmentId,
    priority: Number(v.priority.trim()),
    active: v.active,
  }
}

/** 라우팅 규칙 관리: which department a new grievance goes to. */
export function RoutingRulesPage() {
  const { data, error, reload } = useLoad((signal) => api.routingRules(signal), [], '규칙을 불러오지 못했습니다.')
  const { categories } = useCategories()
  const { departments } = useDepartments()
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null)
  const [deleting, setDeleting] = useState<RoutingRule | null>(null)
  const [deleteBusy, setDeleteBusy] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const rules = [...(data ?? [])].sort((a, b) => b.priority - a.priority)

  async function confirmDelete() {
    if (!deleting) return
    setDeleteBusy(true)
    setDeleteError(null)
    try {
      await api.deleteRoutingRule(deleting.id)
      setDeleting(null)
      setMessage('규칙을 삭제했습니다.')
      reload()
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setDeleteError(e instanceof ApiError ? e.message : '삭제하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setDeleteBusy(false)
    }
  }

  return (
    <>
      <PageHeader
        title="라우팅 규칙 관리"
        description="새로 접수된 기업애로를 소관부서에 자동으로 배정하는 규칙입니다. 지정한 조건을 모두 만족하는 규칙 가운데 우선순위가 가장 높은 규칙이 적용되며, 맞는 규칙이 없으면 기업지원과 대기함(접수 상태, 미배정)으로 들어갑니다."
      />
      <div className="summary-anchor">
        {message && <Alert tone="success" title={message} />}
      </div>
      {error && <Alert tone="danger" title={error} />}
      <div className="list-toolbar">
        <p className="list-total">
          총 <strong>{rules.length}</strong>개 규칙
        </p>
        <button
          type="button"
          className="krds-btn primary small"
          onClick={() => {
            setMessage(null)
            setEditing('new')
          }}
        >
          규칙 추가
        </button>
      </div>
      {!data && !error && <Spinner label="규칙을 불러오는 중" />}
      {data &&
        (rules.length === 0 ? (
          <div className="krds-card empty-state">
            <p className="empty-title">등록된 규칙이 없습니다.</p>
            <p>모든 기업애로가 기업지원과 대기함으로 접수됩니다.</p>
          </div>
        ) : (
          <div className="krds-table-wrap" tabIndex={0} role="region" aria-label="라우팅 규칙 표">
            <table className="tbl data">
              <caption className="sr-only">라우팅 규칙: 우선순위가 높은 순으로 표시합니다.</caption>
              <thead>
                <tr>
                  <th scope="col">우선순위</th>
                  <th scope="col">분야</th>
                  <th scope="col">시군</th>
                  <th scope="col">키워드</th>
                  <th scope="col">소관부서</th>
                  <th scope="col">사용</th>
                  <th scope="col">관리</th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.id} className={r.active ? undefined : 'is-inactive'}>
                    <td data-label="우선순위" className="cell-num">
                      {r.priority}
                    </td>
                    <td data-label="분야">{r.category ? categoryNameOf(categories, r.category) : <Any />}</td>
                    <td data-label="시군">{r.municipality ? municipalityName(r.municipality) : <Any />}</td>
                    <td data-label="키워드">{r.keyword || <Any />}</td>
                    <td data-label="소관부서">{r.departmentName ?? departmentNameOf(departments, r.departmentId)}</td>
                    <td data-label="사용">
                      {r.active ? <Badge tone="success">사용</Badge> : <Badge tone="gray">중지</Badge>}
                    </td>
                    <td data-label="관리">
                      <span className="row-actions">
                        <button
                          type="button"
                          className="krds-btn tertiary small"
                          aria-label={`우선순위 ${r.priority} 규칙 수정`}
                          onClick={() => {
                            setMessage(null)
                            setEditing(r)
                          }}
                        >
                          수정
                        </button>
                        <button
                          type="button"
                          className="krds-btn tertiary small"
                          aria-label={`우선순위 ${r.priority} 규칙 삭제`}
                          onClick={() => {
                            setMessage(null)
                            setDeleteError(null)
                            setDeleting(r)
                          }}
                        >
                          삭제
                        </button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}

      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          categories={categories}
          departments={departments}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null)
            setMessage(text)
            reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="규칙 삭제"
          confirmLabel="삭제하기"
          busy={deleteBusy}
          error={deleteError}
          onConfirm={confirmDelete}
          onClose={() => setDeleting(null)}
        >
          <p>
            우선순위 {deleting.priority}, {deleting.departmentName ?? departmentNameOf(departments, deleting.departmentId)}(으)로
            배정하는 규칙을 삭제합니다. 이미 배정된 기업애로에는 영향이 없습니다.
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}

function Any() {
  return <span className="muted">전체</span>
}

export function RuleDialog({
  rule,
  categories,
  departments,
  onClose,
  onSaved,
}: {
  rule: RoutingRule | null
  categories: Category[] | null
  departments: Department[] | null
  onClose: () => void
  onSaved: (message: string) => void
}) {
  const uid = useId()
  const id = (f: RuleField) => `${uid}-${f}`
  const [v, setV] = useState<RuleValues>(() => ({
    category: rule?.category ?? '',
    municipality: rule?.municipality ?? '',
    keyword: rule?.keyword ?? '',
    departmentId: rule?.departmentId ?? '',
    priority: rule ? String(rule.priority) : '100',
    active: rule?.active ?? true,
  }))
  const [errors, setErrors] = useState<RuleErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  function set<K extends keyof RuleValues>(k: K, value: RuleValues[K]) {
    setV((old) => ({ ...old, [k]: value }))
    setErrors((e) => ({ ...e, [k]: undefined, ...((k === 'category' || k === 'municipality' || k === 'keyword') && { criteria: undefined }) }))
  }

  function focusFirst(e: RuleErrors) {
    const first = RULE_FIELDS.find((f) => e[f])
    if (!first) return
    const target = first === 'criteria' ? id('category') : id(first)
    document.getElementById(target)?.focus()
  }

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault()
    if (busy) return
    const local = validateRule(v)
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
      if (rule) await api.updateRoutingRule(rule.id, toInput(v))
      else await api.createRoutingRule(toInput(v))
      onSaved(rule ? '규칙을 수정했습니다.' : '규칙을 추가했습니다.')
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      if (e instanceof ApiError) {
        const { fields, other } = mapFieldErrors(e.fieldErrors, RULE_FIELDS)
        setErrors(fields)
        setProblem([e.message, ...other].join(' '))
        focusFirst(fields)
      } else setProblem('저장하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  const formId = `${uid}-form`
  return (
    <Dialog
      title={rule ? '라우팅 규칙 수정' : '라우팅 규칙 추가'}
      onClose={onClose}
      testId="rule-dialog"
      footer={
        <>
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
        <fieldset className="form-group" aria-describedby={errors.criteria ? `${id('criteria')}-err` : undefined}>
          <legend className="form-tit">적용 조건</legend>
          <p className="form-hint">지정한 조건을 모두 만족할 때 적용됩니다. 하나 이상 지정해 주세요.</p>
          <div className="form-grid">
            <FormGroup id={id('category')} label="분야" error={errors.category}>
              <select
                {...inputAria(id('category'), errors.category, {
                  extra: errors.criteria ? [`${id('criteria')}-err`] : [],
                })}
                aria-invalid={errors.category || errors.criteria ? true : undefined}
                className="krds-form-select"
                value={v.category}
                onChange={(e) => set('category', e.target.value)}
              >
                <option value="">전체 (조건 없음)</option>
                {categories?.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </FormGroup>
            <FormGroup id={id('municipality')} label="시군" error={errors.municipality}>
              <select
                {...inputAria(id('municipality'), errors.municipality)}
                className="krds-form-select"
                value={v.municipality}
                onChange={(e) => set('municipality', e.target.value)}
              >
                <option value="">전체 (조건 없음)</option>
                {MUNICIPALITIES.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name}
                  </option>
                ))}
              </select>
            </FormGroup>
            <FormGroup
              id={id('keyword')}
              label="키워드"
              error={errors.keyword}
              hint="제목이나 내용에 이 낱말이 있으면 일치합니다."
              className="span-2"
            >
              <input
                {...inputAria(id('keyword'), errors.keyword, { hint: true })}
                className="krds-input"
                value={v.keyword}
                onChange={(e) => set('keyword', e.target.value)}
                placeholder="예) 수출 바우처"
              />
            </FormGroup>
          </div>
          <FieldError id={`${id('criteria')}-err`} message={errors.criteria} />
        </fieldset>
        <div className="form-grid">
          <FormGroup id={id('departmentId')} label="소관부서" required error={errors.departmentId}>
            <select
              {...inputAria(id('departmentId'), errors.departmentId, { required: true })}
              className="krds-form-select"
              value={v.departmentId}
              onChange={(e) => set('departmentId', e.target.value)}
            >
              <option value="">소관부서를 선택해 주세요</option>
              {departments?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </FormGroup>
          <FormGroup
            id={id('priority')}
            label="우선순위"
            required
            error={errors.priority}
            hint="숫자가 클수록 먼저 적용됩니다."
          >
            <input
              {...inputAria(id('priority'), errors.priority, { hint: true, required: true })}
              className="krds-input"
              inputMode="numeric"
              value={v.priority}
              onChange={(e) => set('priority', e.target.value)}
            />
          </FormGroup>
        </div>
        <Checkbox id={id('departmentId') + '-active'} label="이 규칙을 사용합니다." checked={v.active} onChange={(c) => set('active', c)} />
      </form>
    </Dialog>
  )
}
