import { Link } from 'react-router'
import { api } from '../../api/client'
import { StatusBadge, ProgressBar } from '../../components/reporting'
import { Alert, PageHeader, Spinner } from '../../components/ui'
import { pct } from '../../lib/reporting'
import { useLoad } from '../../lib/useLoad'

/** 사업·KPI: every programme with its 부서, 이행구분 and 이행률 as of today. */
export function ProgrammesPage() {
  const { data, error } = useLoad((signal) => api.programmes(signal), [], '사업 목록을 불러오지 못했습니다.')
  return (
    <>
      <PageHeader
        title="사업·KPI"
        description="사업별 목표 대비 실적, 이행구분과 이행률입니다. 사업을 누르면 분기 이행 보고서를 보고 내려받을 수 있습니다."
      />
      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="사업 목록을 불러오는 중" />}
      {data &&
        (data.length === 0 ? (
          <div className="krds-card empty-state">
            <p className="empty-title">등록된 사업이 없습니다.</p>
          </div>
        ) : (
          <>
            <div className="list-toolbar">
              <p className="list-total">
                총 <strong>{data.length}</strong>개 사업
              </p>
            </div>
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label="사업 목록 표">
              <table className="tbl data programmes">
                <caption className="sr-only">사업 목록: 사업명, 추진부서, 기간, 성격, 이행구분, 이행률</caption>
                <thead>
                  <tr>
                    <th scope="col">사업명</th>
                    <th scope="col">추진부서</th>
                    <th scope="col">기간</th>
                    <th scope="col">성격</th>
                    <th scope="col">이행구분</th>
                    <th scope="col">이행률</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((p) => (
                    <tr key={p.id}>
                      <td data-label="사업명" className="cell-title">
                        <Link to={`/programmes/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                      </td>
                      <td data-label="추진부서">{p.department}</td>
                      <td data-label="기간">
                        {p.startYear}~{p.endYear}
                        {p.endMonth !== 12 && `.${p.endMonth}`}
                      </td>
                      <td data-label="성격">{p.natureLabel}</td>
                      <td data-label="이행구분">
                        <StatusBadge status={p.status} />
                        {p.overridden && <span className="muted"> (직접 지정)</span>}
                      </td>
                      <td data-label="이행률" className="cell-rate">
                        <span className="rate-text">{pct(p.rate)}</span>
                        <ProgressBar value={p.rate} label={`${p.name} 이행률`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
    </>
  )
}
