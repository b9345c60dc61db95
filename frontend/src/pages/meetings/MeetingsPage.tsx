import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api, ApiError, meetingFeedPath, saveDownload } from '../../api/client'
import type { Meeting, MeetingQuery } from '../../api/types'
import { useAuth } from '../../auth/AuthContext'
import { Pagination } from '../../components/Pagination'
import { Alert, Badge, PageHeader, Spinner } from '../../components/ui'
import { isoOrUndefined } from '../../lib/datetime'
import { isStaff, municipalityName } from '../../lib/labels'
import {
  CITIES,
  FIRST_MEETING_YEAR,
  formatMeetingTime,
  isOpenForRegistration,
  MEETING_STATUS_OPTIONS,
  meetingStatusMeta,
  seoulMonth,
  seoulYear,
  useMeetingKinds,
} from '../../lib/meetings'
import { useLoad } from '../../lib/useLoad'
import { MeetingCalendar } from './MeetingCalendar'

export const MEETINGS_PAGE_SIZE = 20
/** A month never holds more meetings than this; the API's largest page. */
const CALENDAR_SIZE = 200

/** The filters the URL keeps; their names are the API's query parameters. */
const FILTER_KEYS = ['kind', 'municipality', 'year', 'status', 'q'] as const
type FilterKey = (typeof FILTER_KEYS)[number]
type Filters = Record<FilterKey, string>
type View = 'list' | 'calendar'

function filtersFrom(params: URLSearchParams): Filters {
  const f = {} as Filters
  for (const k of FILTER_KEYS) f[k] = params.get(k) ?? ''
  return f
}

function viewOf(params: URLSearchParams): View {
  return params.get('view') === 'calendar' ? 'calendar' : 'list'
}

function validYear(text: string | null): number | undefined {
  const n = Number(text)
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined
}

/** The month the calendar shows: the URL's, else this month (or January of another year). */
export function calendarMonth(params: URLSearchParams): { year: number; month: number } {
  const year = validYear(params.get('year')) ?? seoulYear()
  const m = Number(params.get('month'))
  const month = Number.isInteger(m) && m >= 1 && m <= 12 ? m : year === seoulYear() ? seoulMonth() : 1
  return { year, month }
}

export function meetingQuery(params: URLSearchParams): MeetingQuery {
  const f = filtersFrom(params)
  const base: MeetingQuery = {
    kind: f.kind,
    municipality: f.municipality,
    status: f.status,
    q: f.q.trim(),
  }
  if (viewOf(params) === 'calendar') {
    const { year, month } = calendarMonth(params)
    return { ...base, year, month, order: 'asc', page: 0, size: CALENDAR_SIZE }
  }
  return {
    ...base,
    year: validYear(f.year),
    page: Math.max(0, Number(params.get('page')) || 0),
    size: MEETINGS_PAGE_SIZE,
  }
}

/** 회의·간담회: the meetings one may see, as a list or a month calendar, filtered in the URL. */
export function MeetingsPage() {
  const { user } = useAuth()
  const staff = isStaff(user)
  const [params, setParams] = useSearchParams()
  const key = params.toString()
  const view = viewOf(params)
  const query = meetingQuery(params)
  const { kinds } = useMeetingKinds()
  const [draft, setDraft] = useState<Filters>(() => filtersFrom(params))
  const uid = useId()
  const fid = (k: string) => `${uid}-${k}`
  const thisYear = seoulYear()
  const years = Array.from({ length: thisYear + 2 - FIRST_MEETING_YEAR + 1 }, (_, i) => FIRST_MEETING_YEAR + i)

  useEffect(() => setDraft(filtersFrom(new URLSearchParams(key))), [key])

  const { data, error, loading } = useLoad(
    (signal) => api.meetings(meetingQuery(new URLSearchParams(key)), signal),
    [key],
    '회의 목록을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  )

  function write(next: Filters, opts: { view?: View; page?: number; month?: number } = {}) {
    const p = new URLSearchParams()
    const nextView = opts.view ?? view
    if (nextView === 'calendar') p.set('view', 'calendar')
    for (const k of FILTER_KEYS) {
      const v = next[k].trim()
      if (v) p.set(k, v)
    }
    if (nextView === 'calendar' && opts.month) p.set('month', String(opts.month))
    if (nextView === 'list' && opts.page && opts.page > 0) p.set('page', String(opts.page))
    setParams(p)
  }

  const current = filtersFrom(params)
  const cal = calendarMonth(params)

  function onSubmit(e: FormEvent) {
    e.preventDefault()
    // The calendar keeps its month while the year stays the same.
    const sameYear = (validYear(draft.year) ?? thisYear) === cal.year
    write(draft, { month: view === 'calendar' && sameYear ? cal.month : undefined })
  }

  function moveMonth(delta: number) {
    const d = new Date(Date.UTC(cal.year, cal.month - 1 + delta, 1))
    write({ ...current, year: String(d.getUTCFullYear()) }, { month: d.getUTCMonth() + 1 })
  }

  const set = (k: FilterKey, v: string) => setDraft((d) => ({ ...d, [k]: v }))
  const title = '회의·간담회'

  return (
    <>
      <PageHeader
        title={title}
        description={
          staff
            ? '현장전략회의·간담회·현장방문의 일정과 결과입니다. 개최된 회의에서 나온 건의·질의사항은 기업애로로 접수되어 처리 상황이 회의에 표시됩니다.'
            : '참가 신청을 받는 공개 회의와 우리 기업이 초청받거나 신청한 회의입니다.'
        }
      />

      <form className="krds-card filter-form" role="search" aria-label="회의 검색" onSubmit={onSubmit}>
        <div className="filter-grid">
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('kind')}>종류</label>
            <select id={fid('kind')} className="krds-form-select" value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
              <option value="">전체</option>
              {kinds?.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.name}
                </option>
              ))}
              {draft.kind && kinds && !kinds.some((k) => k.code === draft.kind) && (
                <option value={draft.kind}>{draft.kind}</option>
              )}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('municipality')}>시군</label>
            <select
              id={fid('municipality')}
              className="krds-form-select"
              value={draft.municipality}
              onChange={(e) => set('municipality', e.target.value)}
            >
              <option value="">전체</option>
              {CITIES.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('year')}>연도</label>
            <select id={fid('year')} className="krds-form-select" value={draft.year} onChange={(e) => set('year', e.target.value)}>
              <option value="">{view === 'calendar' ? `올해 (${thisYear}년)` : '전체'}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}년
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('status')}>상태</label>
            <select id={fid('status')} className="krds-form-select" value={draft.status} onChange={(e) => set('status', e.target.value)}>
              <option value="">전체</option>
              {MEETING_STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group span-2">
            <label className="form-tit" htmlFor={fid('q')}>검색어</label>
            <input
              id={fid('q')}
              type="search"
              className="krds-input"
              placeholder="회의명, 장소"
              value={draft.q}
              onChange={(e) => set('q', e.target.value)}
            />
          </div>
        </div>
        <div className="filter-actions">
          <button
            type="button"
            className="krds-btn tertiary medium"
            onClick={() => setParams(view === 'calendar' ? { view: 'calendar' } : {})}
          >
            초기화
          </button>
          <button type="submit" className="krds-btn primary medium">
            검색
          </button>
        </div>
      </form>

      <div className="list-toolbar">
        <div className="view-toggle" role="group" aria-label="보기 방식">
          <button
            type="button"
            className={`krds-btn ${view === 'list' ? 'primary' : 'tertiary'} small`}
            aria-pressed={view === 'list'}
            onClick={() => write(current, { view: 'list' })}
          >
            목록
          </button>
          <button
            type="button"
            className={`krds-btn ${view === 'calendar' ? 'primary' : 'tertiary'} small`}
            aria-pressed={view === 'calendar'}
            onClick={() => write(current, { view: 'calendar' })}
          >
            달력
          </button>
        </div>
        <div className="toolbar-right">
          {data && (
            <p className="list-total" role="status" aria-live="polite">
              총 <strong>{data.total}</strong>건{loading && <span className="sr-only"> (새로 불러오는 중)</span>}
            </p>
          )}
          {staff && (
            <>
              <Link to="/meetings/rotation" className="krds-btn secondary small">
                순회 현황
              </Link>
              <Link to="/meetings/new" className="krds-btn primary small">
                회의 계획
              </Link>
            </>
          )}
        </div>
      </div>

      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="회의 목록을 불러오는 중" />}

      {view === 'calendar' && (
        <section aria-labelledby={fid('month')}>
          <div className="calendar-head">
            <button type="button" className="krds-btn tertiary small" onClick={() => moveMonth(-1)}>
              <span aria-hidden="true">‹ </span>이전 달
            </button>
            <h2 id={fid('month')} className="section-title calendar-title" aria-live="polite">
              {cal.year}년 {cal.month}월
            </h2>
            <button type="button" className="krds-btn tertiary small" onClick={() => moveMonth(1)}>
              다음 달<span aria-hidden="true"> ›</span>
            </button>
          </div>
          <MeetingCalendar year={cal.year} month={cal.month} meetings={data?.items ?? []} />
        </section>
      )}

      {view === 'list' && data && (
        <>
          {data.items.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">조건에 맞는 회의가 없습니다.</p>
              <p>검색 조건을 바꾸거나 초기화해 보세요.</p>
            </div>
          ) : (
            <MeetingTable meetings={data.items} company={!staff} />
          )}
          <Pagination
            page={query.page ?? 0}
            size={MEETINGS_PAGE_SIZE}
            total={data.total}
            onPage={(p) => write(current, { page: p })}
          />
        </>
      )}

      <CalendarFeed kind={current.kind} municipality={current.municipality} />
    </>
  )
}

function MeetingTable({ meetings, company }: { meetings: Meeting[]; company: boolean }) {
  return (
    <div className="krds-table-wrap" tabIndex={0} role="region" aria-label="회의 목록 표">
      <table className="tbl data meetings">
        <caption className="sr-only">회의 목록: 일시, 회의명, 장소, 주관, 참석, 건의·질의, 상태 순으로 표시합니다.</caption>
        <thead>
          <tr>
            <th scope="col">일시</th>
            <th scope="col">회의명</th>
            <th scope="col">장소</th>
            <th scope="col">주관</th>
            <th scope="col">{company ? '참가' : '참석'}</th>
            {!company && <th scope="col">건의·질의</th>}
            <th scope="col">상태</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => {
            const s = meetingStatusMeta(m.status)
            const counts = m.participantCounts ?? {}
            const total = (counts.DEPARTMENT ?? 0) + (counts.PARTNER_AGENCY ?? 0) + (counts.COMPANY ?? 0)
            return (
              <tr key={m.id} data-testid={`meeting-row-${m.id}`} className={m.status === 'CANCELLED' ? 'is-inactive' : undefined}>
                <td className="cell-date" data-label="일시">
                  <time dateTime={isoOrUndefined(m.startsAt)}>{formatMeetingTime(m.startsAt, m.endsAt)}</time>
                </td>
                <td className="cell-title" data-label="회의명">
                  <span className="cell-stack">
                    <span>
                      <span className="kind-tag">{m.kindName ?? m.kind}</span>
                      <Link to={`/meetings/${encodeURIComponent(m.id)}`}>{m.title}</Link>
                    </span>
                    <span className="cell-sub">
                      <RegularBadge regular={m.regular} />
                      {m.publicMeeting && (
                        <>
                          {' '}
                          <Badge tone="information">공개</Badge>
                        </>
                      )}
                    </span>
                  </span>
                </td>
                <td data-label="장소">
                  <span className="cell-stack">
                    <span>{m.municipalityName ?? municipalityName(m.municipality)}</span>
                    {m.venue && <span className="cell-sub">{m.venue}</span>}
                  </span>
                </td>
                <td data-label="주관">
                  <span className="cell-stack">
                    <span>{m.hostOrganizationName ?? '-'}</span>
                    {m.hostDepartmentName && <span className="cell-sub">{m.hostDepartmentName}</span>}
                  </span>
                </td>
                {company ? (
                  <td data-label="참가">
                    {m.myParticipation === 'REGISTERED' ? (
                      <Badge tone="success">신청함</Badge>
                    ) : m.myParticipation === 'INVITED' ? (
                      <Badge tone="primary">초청</Badge>
                    ) : isOpenForRegistration(m) ? (
                      <Badge tone="information">신청 가능</Badge>
                    ) : (
                      <span className="muted">-</span>
                    )}
                  </td>
                ) : (
                  <td data-label="참석" className="cell-num">
                    {total}
                  </td>
                )}
                {!company && (
                  <td data-label="건의·질의" className="cell-num">
                    {m.raisedItemCount}
                  </td>
                )}
                <td data-label="상태">
                  <Badge tone={s.tone}>{m.statusName ?? s.label}</Badge>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export function RegularBadge({ regular }: { regular: boolean }) {
  return regular ? <Badge tone="primary">정례</Badge> : <Badge tone="gray">필요시</Badge>
}

/** The iCalendar feed of the listed meetings (by 종류 and 시군): its address to copy, and the file. */
export function CalendarFeed({ kind, municipality }: { kind?: string; municipality?: string }) {
  const uid = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const url = `${window.location.origin}${meetingFeedPath({ kind, municipality })}`

  async function copy() {
    try {
      if (navigator.clipboard?.writeText) await navigator.clipboard.writeText(url)
      else {
        inputRef.current?.select()
        if (!document.execCommand('copy')) throw new Error('copy refused')
      }
      setStatus({ tone: 'success', text: '일정 구독 주소를 복사했습니다.' })
    } catch {
      inputRef.current?.select()
      setStatus({ tone: 'danger', text: '복사하지 못했습니다. 주소를 선택해 직접 복사해 주세요.' })
    }
  }

  async function download() {
    setBusy(true)
    setStatus(null)
    try {
      saveDownload(await api.meetingFeed({ kind, municipality }))
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setStatus({ tone: 'danger', text: e instanceof ApiError ? e.message : '일정을 내려받지 못했습니다.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="krds-card feed-card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="section-title">
        일정 내보내기 (iCalendar)
      </h2>
      <p className="form-hint">
        위에서 고른 종류·시군의 회의를 달력 프로그램(한글 달력, Outlook, Google 캘린더 등)으로 가져올 수 있습니다. 주소는
        로그인한 상태에서 열리므로, 달력 프로그램에는 내려받은 파일을 가져오세요.
      </p>
      <div className="copy-row">
        <label htmlFor={`${uid}-url`} className="sr-only">
          일정 구독 주소
        </label>
        <input
          id={`${uid}-url`}
          ref={inputRef}
          className="krds-input"
          readOnly
          value={url}
          data-testid="feed-url"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="krds-btn secondary medium" onClick={copy}>
          주소 복사
        </button>
        <button type="button" className="krds-btn primary medium" onClick={download} disabled={busy} aria-busy={busy}>
          {busy ? '내려받는 중…' : '.ics 내려받기'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {status && <p className={status.tone === 'success' ? 'form-hint' : 'form-hint-invalid'}>{status.text}</p>}
      </div>
    </section>
  )
}
