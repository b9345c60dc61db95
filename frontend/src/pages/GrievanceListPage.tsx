import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../api/client'
import type { Category, GrievancePage } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { Alert, Badge, PageHeader, Spinner } from '../components/ui'
import { formatDateTime, isoOrUndefined } from '../lib/datetime'
import { CATEGORY_FALLBACK, isCompany, KIND_LABELS, statusMeta } from '../lib/labels'

export function GrievanceListPage() {
  const { user } = useAuth()
  const company = user ? isCompany(user) : false
  const [page, setPage] = useState<GrievancePage | null>(null)
  const [categories, setCategories] = useState<Category[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const ctrl = new AbortController()
    api
      .grievances(ctrl.signal)
      .then(setPage)
      .catch((e) => {
        if (ctrl.signal.aborted || (e instanceof ApiError && e.status === 401)) return
        setError(e instanceof ApiError ? e.message : '목록을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.')
      })
    // Names for the category codes; the built-in names stand in if this fails.
    api
      .categories(ctrl.signal)
      .then(setCategories)
      .catch(() => {})
    return () => ctrl.abort()
  }, [])

  const categoryName = (code: string) =>
    categories.find((c) => c.code === code)?.name ?? CATEGORY_FALLBACK[code] ?? code
  const title = company ? '내 기업애로' : '기업애로 목록'

  return (
    <>
      <PageHeader
        title={title}
        description={
          company
            ? '우리 기업이 접수한 기업애로의 처리 상태를 확인할 수 있습니다.'
            : '접수된 기업애로의 처리 상태를 확인할 수 있습니다.'
        }
      />
      {error && <Alert tone="danger" title={error} />}
      {!page && !error && <Spinner label="목록을 불러오는 중" />}
      {page && (
        <>
          <div className="list-toolbar">
            <p className="list-total">
              총 <strong>{page.total}</strong>건
            </p>
            <Link to="/grievances/new" className="krds-btn primary small">
              기업애로 접수
            </Link>
          </div>
          {page.items.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">{company ? '접수한 기업애로가 없습니다.' : '접수된 기업애로가 없습니다.'}</p>
              <p>경영 활동 중 어려움이 있으시면 기업애로를 접수해 주세요.</p>
            </div>
          ) : (
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label={`${title} 표`}>
              <table className="tbl data">
                <caption className="sr-only">
                  {title}: 접수번호, 제목, 분야, 상태, 접수일 순으로 표시합니다.
                </caption>
                <colgroup>
                  <col className="col-receipt" />
                  <col />
                  <col className="col-category" />
                  <col className="col-status" />
                  <col className="col-date" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">접수번호</th>
                    <th scope="col">제목</th>
                    <th scope="col">분야</th>
                    <th scope="col">상태</th>
                    <th scope="col">접수일</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((g) => {
                    const s = statusMeta(g.status)
                    return (
                      <tr key={g.id}>
                        <td className="cell-receipt" data-label="접수번호">{g.receiptNumber}</td>
                        <td className="cell-title" data-label="제목">
                          <span>
                            <span className="kind-tag">{KIND_LABELS[g.kind] ?? g.kind}</span>
                            {g.title}
                          </span>
                        </td>
                        <td data-label="분야">{categoryName(g.category)}</td>
                        <td data-label="상태">
                          <Badge tone={s.tone}>{s.label}</Badge>
                        </td>
                        <td className="cell-date" data-label="접수일">
                          <time dateTime={isoOrUndefined(g.receivedAt)}>{formatDateTime(g.receivedAt)}</time>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  )
}
