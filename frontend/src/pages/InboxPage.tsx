import { useEffect, useId, useState, type FormEvent } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { api } from '../api/client'
import type { GrievanceQuery, GrievanceSort } from '../api/types'
import { Deadline, isSettled, StatusBadge } from '../components/grievance'
import { Pagination } from '../components/Pagination'
import { Alert, Badge, PageHeader, Spinner } from '../components/ui'
import { formatDateTime, isoOrUndefined } from '../lib/datetime'
import { KIND_LABELS, KIND_OPTIONS, MUNICIPALITIES, municipalityName, STATUS_OPTIONS } from '../lib/labels'
import { categoryNameOf, useCategories, useDepartments } from '../lib/refData'
import { useLoad } from '../lib/useLoad'

export const INBOX_PAGE_SIZE = 20

/** The filters the URL keeps; their names are the API's query parameters. */
const FILTER_KEYS = ['status', 'department', 'category', 'municipality', 'kind', 'q'] as const
type FilterKey = (typeof FILTER_KEYS)[number]
type Filters = Record<FilterKey, string> & { overdue: boolean }

const SORT_OPTIONS: { value: GrievanceSort; label: string }[] = [
  { value: 'dueAt', label: '처리기한 임박순' },
  { value: '-receivedAt', label: '최근 접수순' },
]

function filtersFrom(params: URLSearchParams): Filters {
  const f = { overdue: params.get('overdue') === 'true' } as Filters
  for (const k of FILTER_KEYS) f[k] = params.get(k) ?? ''
  return f
}

function queryFrom(params: URLSearchParams): GrievanceQuery {
  const f = filtersFrom(params)
  const sort = params.get('sort')
  return {
    status: f.status,
    department: f.department,
    category: f.category,
    municipality: f.municipality,
    kind: f.kind,
    overdue: f.overdue || undefined,
    q: f.q.trim(),
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as GrievanceSort) : 'dueAt',
    page: Math.max(0, Number(params.get('page')) || 0),
    size: INBOX_PAGE_SIZE,
  }
}

/** 기업애로 처리함: every grievance the staff member may see, filtered, sorted by deadline, paged. */
export function InboxPage() {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const key = params.toString()
  const query = queryFrom(params)
  const { categories } = useCategories()
  const { departments } = useDepartments()
  const [draft, setDraft] = useState<Filters>(() => filtersFrom(params))
  const uid = useId()
  const fid = (k: string) => `${uid}-${k}`

  // Back and forward move the URL; the form follows it.
  useEffect(() => setDraft(filtersFrom(new URLSearchParams(key))), [key])

  const { data, error, loading } = useLoad(
    (signal) => api.grievances(queryFrom(new URLSearchParams(key)), signal),
    [key],
    '처리함을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  )

  function write(next: Filters, sort = params.get('sort') ?? '', page = 0) {
    const p = new URLSearchParams()
    for (const k of FILTER_KEYS) {
      const v = next[k].trim()
      if (v) p.set(k, v)
    }
    if (next.overdue) p.set('overdue', 'true')
    if (sort && sort !== 'dueAt') p.set('sort', sort)
    if (page > 0) p.set('page', String(page))
    setParams(p)
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault()
    write(draft)
  }

  function onReset() {
    const empty = filtersFrom(new URLSearchParams())
    setDraft(empty)
    setParams({})
  }

  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft((d) => ({ ...d, [k]: v }))
  const current = filtersFrom(params)
  const title = '기업애로 처리함'

  return (
    <>
      <PageHeader
        title={title}
        description="접수된 기업애로를 처리기한이 가까운 순으로 보여 줍니다. 기한이 지난 건은 붉게 표시됩니다."
      />

      <form className="krds-card filter-form" role="search" aria-label="처리함 검색" onSubmit={onSubmit}>
        <div className="filter-grid">
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('status')}>상태</label>
            <select
              id={fid('status')}
              className="krds-form-select"
              value={draft.status}
              onChange={(e) => set('status', e.target.value)}
            >
              <option value="">전체</option>
              {STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('department')}>소관부서</label>
            <select
              id={fid('department')}
              className="krds-form-select"
              value={draft.department}
              onChange={(e) => set('department', e.target.value)}
            >
              <option value="">전체</option>
              {departments?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
              {draft.department && departments && !departments.some((d) => d.id === draft.department) && (
                <option value={draft.department}>{draft.department}</option>
              )}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('category')}>분야</label>
            <select
              id={fid('category')}
              className="krds-form-select"
              value={draft.category}
              onChange={(e) => set('category', e.target.value)}
            >
              <option value="">전체</option>
              {categories?.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
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
              {MUNICIPALITIES.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-tit" htmlFor={fid('kind')}>유형</label>
            <select
              id={fid('kind')}
              className="krds-form-select"
              value={draft.kind}
              onChange={(e) => set('kind', e.target.value)}
            >
              <option value="">전체</option>
              {KIND_OPTIONS.map((o) => (
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
              placeholder="접수번호, 제목, 기업명"
              value={draft.q}
              onChange={(e) => set('q', e.target.value)}
            />
          </div>
          <div className="form-group filter-check">
            <div className="check-item">
              <input
                type="checkbox"
                id={fid('overdue')}
                checked={draft.overdue}
                onChange={(e) => set('overdue', e.target.checked)}
              />
              <label htmlFor={fid('overdue')}>기한 경과만</label>
            </div>
          </div>
        </div>
        <div className="filter-actions">
          <button type="button" className="krds-btn tertiary medium" onClick={onReset}>
            초기화
          </button>
          <button type="submit" className="krds-btn primary medium">
            검색
          </button>
        </div>
      </form>

      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="처리함을 불러오는 중" />}
      {data && (
        <>
          <div className="list-toolbar">
            <p className="list-total" role="status" aria-live="polite">
              총 <strong>{data.total}</strong>건
              {loading && <span className="sr-only"> (새로 불러오는 중)</span>}
            </p>
            <div className="toolbar-right">
              <label htmlFor={fid('sort')} className="sr-only">
                정렬
              </label>
              <select
                id={fid('sort')}
                className="krds-form-select small"
                value={query.sort}
                onChange={(e) => write(current, e.target.value)}
              >
                {SORT_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <Link to="/grievances/new" className="krds-btn primary small">
                접수 대행
              </Link>
            </div>
          </div>
          {data.items.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">조건에 맞는 기업애로가 없습니다.</p>
              <p>검색 조건을 바꾸거나 초기화해 보세요.</p>
            </div>
          ) : (
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label={`${title} 표`}>
              <table className="tbl data inbox">
                <caption className="sr-only">
                  {title}: 접수번호, 제목, 기업, 담당자, 소관부서, 상태, 처리기한 순으로 표시합니다. 처리기한이 지난 건에는
                  기한 경과 표시가 붙습니다.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">접수번호</th>
                    <th scope="col">제목</th>
                    <th scope="col">기업</th>
                    <th scope="col">담당자</th>
                    <th scope="col">소관부서</th>
                    <th scope="col">상태</th>
                    <th scope="col">처리기한</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((g) => (
                    <tr
                      key={g.id}
                      className={g.overdue ? 'is-overdue' : undefined}
                      data-testid={`inbox-row-${g.receiptNumber}`}
                    >
                      <td className="cell-receipt" data-label="접수번호">
                        {g.receiptNumber}
                      </td>
                      <td className="cell-title" data-label="제목">
                        <span className="cell-stack">
                          <span>
                            <span className="kind-tag">{KIND_LABELS[g.kind] ?? g.kindName ?? g.kind}</span>
                            <span className="kind-tag">{g.categoryName ?? categoryNameOf(categories, g.category)}</span>
                            <Link
                              to={`/grievances/${encodeURIComponent(String(g.id))}`}
                              state={{ from: `${location.pathname}${location.search}` }}
                            >
                              {g.title}
                            </Link>
                            {g.possibleDuplicate && (
                              <>
                                {' '}
                                <Badge tone="warning">중복 의심</Badge>
                              </>
                            )}
                          </span>
                          <span className="cell-sub">
                            접수 <time dateTime={isoOrUndefined(g.receivedAt)}>{formatDateTime(g.receivedAt)}</time>
                            {g.channelName && ` · ${g.channelName}`}
                          </span>
                        </span>
                      </td>
                      <td data-label="기업">
                        <span className="cell-stack">
                          <span>{g.company?.name ?? '-'}</span>
                          <span className="cell-sub">{g.municipalityName ?? municipalityName(g.municipality)}</span>
                        </span>
                      </td>
                      <td data-label="담당자">
                        <span className="cell-stack masked" title="개인정보 보호를 위해 일부를 가려 표시합니다.">
                          <span>{g.contact?.name ?? '-'}</span>
                          {g.contact?.phone && <span className="cell-sub">{g.contact.phone}</span>}
                        </span>
                      </td>
                      <td data-label="소관부서">{g.departmentName ?? (g.departmentId || '미배정')}</td>
                      <td data-label="상태">
                        <StatusBadge status={g.status} />
                      </td>
                      <td className="cell-date" data-label="처리기한">
                        <Deadline dueAt={g.dueAt} overdue={g.overdue} settled={isSettled(g.status)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={query.page ?? 0}
            size={INBOX_PAGE_SIZE}
            total={data.total}
            onPage={(p) => write(current, params.get('sort') ?? '', p)}
          />
        </>
      )}
    </>
  )
}
