import { useId, useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { Holiday } from '../../api/types'
import { ConfirmDialog } from '../../components/Dialog'
import { FormGroup, inputAria, mapFieldErrors } from '../../components/form'
import { Alert, PageHeader, Spinner } from '../../components/ui'
import { formatDate } from '../../lib/datetime'
import { HOLIDAY_SOURCE_META } from '../../lib/labels'
import { useLoad } from '../../lib/useLoad'

const WEEKDAYS = '일월화수목금토'
const FIRST_YEAR = 2018

function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return Number.isNaN(w) ? '' : WEEKDAYS[w]
}

function seoulYear(): number {
  return Number(formatDate(new Date()).slice(0, 4))
}

const FIELDS = ['date', 'name'] as const
type Field = (typeof FIELDS)[number]

/** 공휴일 관리: the calendar the deadlines skip; an ADMIN adds (and may remove) 임시공휴일. */
export function HolidaysPage() {
  const [params, setParams] = useSearchParams()
  const thisYear = seoulYear()
  const asked = Number(params.get('year'))
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear + 10 ? asked : thisYear
  const years = Array.from({ length: Math.max(thisYear + 3, year) - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)
  const { data, error, reload } = useLoad((signal) => api.holidays(year, signal), [year], '공휴일을 불러오지 못했습니다.')
  const uid = useId()
  const id = (f: string) => `${uid}-${f}`

  const [date, setDate] = useState('')
  const [name, setName] = useState('임시공휴일')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Holiday | null>(null)
  const [deleteBusy, setDeleteBusy] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)

  const holidays = [...(data ?? [])].sort((a, b) => a.date.localeCompare(b.date))
  const counts = { OFFICIAL: 0, COMPUTED: 0, ADMIN: 0 }
  for (const h of holidays) counts[h.source] = (counts[h.source] ?? 0) + 1

  async function onAdd(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    const next: Partial<Record<Field, string>> = {}
    if (!date) next.date = '날짜를 입력해 주세요. (필수 입력)'
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = '날짜를 YYYY-MM-DD 형식으로 입력해 주세요.'
    else if (holidays.some((h) => h.date === date)) next.date = '이미 공휴일로 등록된 날짜입니다.'
    if (!name.trim()) next.name = '공휴일 이름을 입력해 주세요. (필수 입력)'
    else if (name.trim().length > 50) next.name = '공휴일 이름은 50자 이내로 입력해 주세요.'
    setErrors(next)
    setProblem(null)
    setMessage(null)
    if (next.date || next.name) {
      document.getElementById(id(next.date ? 'date' : 'name'))?.focus()
      return
    }
    setBusy(true)
    try {
      await api.addHoliday({ date, name: name.trim() })
      setMessage(`${date} ${name.trim()}을(를) 추가했습니다. 이후 계산되는 처리기한에 반영됩니다.`)
      const addedYear = Number(date.slice(0, 4))
      setDate('')
      setName('임시공휴일')
      if (addedYear !== year) setParams({ year: String(addedYear) })
      else reload()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapFieldErrors(err.fieldErrors, FIELDS)
        setErrors(fields)
        setProblem([err.message, ...other].join(' '))
      } else setProblem('추가하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  async function confirmDelete() {
    if (!deleting) return
    setDeleteBusy(true)
    setDeleteError(null)
    try {
      await api.deleteHoliday(deleting.date)
      setMessage(`${deleting.date} ${deleting.name}을(를) 삭제했습니다.`)
      setDeleting(null)
      reload()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      setDeleteError(err instanceof ApiError ? err.message : '삭제하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setDeleteBusy(false)
    }
  }

  return (
    <>
      <PageHeader
        title="공휴일 관리"
        description="처리기한은 토요일·일요일과 공휴일을 빼고 계산합니다. 정부 월력요항(공식)을 따르며, 발표 전의 해는 규칙으로 계산합니다. 임시공휴일이 지정되면 여기에서 추가해 주세요."
      />
      <div className="summary-anchor">{message && <Alert tone="success" title={message} />}</div>

      <div className="list-toolbar">
        <div className="toolbar-left">
          <label htmlFor={id('year')} className="toolbar-label">
            연도
          </label>
          <select
            id={id('year')}
            className="krds-form-select small"
            value={year}
            onChange={(e) => setParams({ year: e.target.value })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}년
              </option>
            ))}
          </select>
        </div>
        {data && (
          <p className="list-total" role="status">
            {year}년 공휴일 <strong>{holidays.length}</strong>일 (공식 {counts.OFFICIAL} · 계산 {counts.COMPUTED} · 임시{' '}
            {counts.ADMIN})
          </p>
        )}
      </div>

      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="공휴일을 불러오는 중" />}
      {data &&
        (holidays.length === 0 ? (
          <div className="krds-card empty-state">
            <p className="empty-title">{year}년 공휴일 정보가 없습니다.</p>
          </div>
        ) : (
          <div className="krds-table-wrap" tabIndex={0} role="region" aria-label={`${year}년 공휴일 표`}>
            <table className="tbl data">
              <caption className="sr-only">{year}년 공휴일: 날짜, 이름, 구분(공식·계산·임시) 순으로 표시합니다.</caption>
              <thead>
                <tr>
                  <th scope="col">날짜</th>
                  <th scope="col">공휴일</th>
                  <th scope="col">구분</th>
                  <th scope="col">관리</th>
                </tr>
              </thead>
              <tbody>
                {holidays.map((h) => {
                  const meta = HOLIDAY_SOURCE_META[h.source] ?? { label: h.source, tone: 'gray', desc: '' }
                  return (
                    <tr key={`${h.date}-${h.name}`} data-testid={`holiday-${h.date}`}>
                      <td className="cell-date" data-label="날짜">
                        <time dateTime={h.date}>{h.date}</time> ({weekday(h.date)})
                      </td>
                      <td className="cell-title" data-label="공휴일">
                        {h.name}
                      </td>
                      <td data-label="구분">
                        <span className={`krds-badge tone-${meta.tone}`} title={meta.desc}>
                          {meta.label}
                        </span>
                      </td>
                      <td data-label="관리">
                        {h.source === 'ADMIN' ? (
                          <button
                            type="button"
                            className="krds-btn tertiary small"
                            aria-label={`${h.date} ${h.name} 삭제`}
                            onClick={() => {
                              setDeleteError(null)
                              setDeleting(h)
                            }}
                          >
                            삭제
                          </button>
                        ) : (
                          <span className="muted">-</span>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ))}

      <section className="krds-card admin-form-card" aria-labelledby={id('add-title')}>
        <h2 id={id('add-title')} className="section-title">
          임시공휴일 추가
        </h2>
        <form className="krds-form" noValidate onSubmit={onAdd}>
          {problem && <Alert tone="danger" title={problem} />}
          <div className="form-grid">
            <FormGroup id={id('date')} label="날짜" required error={errors.date}>
              <input
                {...inputAria(id('date'), errors.date, { required: true })}
                type="date"
                className="krds-input date"
                value={date}
                onChange={(e) => {
                  setDate(e.target.value)
                  setErrors((x) => ({ ...x, date: undefined }))
                }}
              />
            </FormGroup>
            <FormGroup id={id('name')} label="이름" required error={errors.name}>
              <input
                {...inputAria(id('name'), errors.name, { required: true })}
                className="krds-input"
                value={name}
                onChange={(e) => {
                  setName(e.target.value)
                  setErrors((x) => ({ ...x, name: undefined }))
                }}
              />
            </FormGroup>
          </div>
          <div className="form-actions">
            <button type="submit" className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
              {busy ? '추가 중…' : '임시공휴일 추가'}
            </button>
          </div>
        </form>
      </section>

      {deleting && (
        <ConfirmDialog
          title="임시공휴일 삭제"
          confirmLabel="삭제하기"
          busy={deleteBusy}
          error={deleteError}
          onConfirm={confirmDelete}
          onClose={() => setDeleting(null)}
        >
          <p>
            {deleting.date} {deleting.name}을(를) 삭제합니다. 이후 계산되는 처리기한에는 이 날이 근무일로 계산됩니다.
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}
