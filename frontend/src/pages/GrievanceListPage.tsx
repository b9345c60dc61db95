import { Link, useLocation, useSearchParams } from 'react-router'
import { api } from '../api/client'
import { Deadline, isSettled, StatusBadge } from '../components/grievance'
import { Pagination } from '../components/Pagination'
import { Alert, PageHeader, Spinner } from '../components/ui'
import { formatDateTime, isoOrUndefined } from '../lib/datetime'
import { KIND_LABELS } from '../lib/labels'
import { categoryNameOf, useCategories } from '../lib/refData'
import { useLoad } from '../lib/useLoad'

export const COMPANY_PAGE_SIZE = 20

/** 내 기업애로: the company's own grievances, newest first, with status and deadline. */
export function GrievanceListPage() {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const page = Math.max(0, Number(params.get('page')) || 0)
  const { categories } = useCategories()
  const { data, error } = useLoad(
    (signal) => api.grievances({ sort: '-receivedAt', page, size: COMPANY_PAGE_SIZE }, signal),
    [page],
    '목록을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  )
  const title = '내 기업애로'

  return (
    <>
      <PageHeader title={title} description="우리 기업이 접수한 기업애로의 처리 상태와 처리기한을 확인할 수 있습니다." />
      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="목록을 불러오는 중" />}
      {data && (
        <>
          <div className="list-toolbar">
            <p className="list-total">
              총 <strong>{data.total}</strong>건
            </p>
            <Link to="/grievances/new" className="krds-btn primary small">
              기업애로 접수
            </Link>
          </div>
          {data.items.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">접수한 기업애로가 없습니다.</p>
              <p>경영 활동 중 어려움이 있으시면 기업애로를 접수해 주세요.</p>
            </div>
          ) : (
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label={`${title} 표`}>
              <table className="tbl data">
                <caption className="sr-only">
                  {title}: 접수번호, 제목, 분야, 상태, 접수일, 처리기한 순으로 표시합니다. 제목을 누르면 상세 내용을 볼 수
                  있습니다.
                </caption>
                <colgroup>
                  <col className="col-receipt" />
                  <col />
                  <col className="col-category" />
                  <col className="col-status" />
                  <col className="col-date" />
                  <col className="col-deadline" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">접수번호</th>
                    <th scope="col">제목</th>
                    <th scope="col">분야</th>
                    <th scope="col">상태</th>
                    <th scope="col">접수일</th>
                    <th scope="col">처리기한</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((g) => (
                    <tr key={g.id} className={g.overdue ? 'is-overdue' : undefined}>
                      <td className="cell-receipt" data-label="접수번호">
                        {g.receiptNumber}
                      </td>
                      <td className="cell-title" data-label="제목">
                        <span>
                          <span className="kind-tag">{KIND_LABELS[g.kind] ?? g.kindName ?? g.kind}</span>
                          <Link
                            to={`/grievances/${encodeURIComponent(String(g.id))}`}
                            state={{ from: `${location.pathname}${location.search}` }}
                          >
                            {g.title}
                          </Link>
                        </span>
                      </td>
                      <td data-label="분야">{g.categoryName ?? categoryNameOf(categories, g.category)}</td>
                      <td data-label="상태">
                        <StatusBadge status={g.status} />
                      </td>
                      <td className="cell-date" data-label="접수일">
                        <time dateTime={isoOrUndefined(g.receivedAt)}>{formatDateTime(g.receivedAt)}</time>
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
            page={page}
            size={COMPANY_PAGE_SIZE}
            total={data.total}
            onPage={(p) => setParams(p > 0 ? { page: String(p) } : {})}
          />
        </>
      )}
    </>
  )
}
