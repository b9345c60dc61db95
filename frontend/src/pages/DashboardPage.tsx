import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../api/client'
import type { Dashboard } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { Alert, PageHeader, Spinner } from '../components/ui'
import { formatDateTimeSeconds, isoOrUndefined } from '../lib/datetime'
import { isCompany } from '../lib/labels'

export const REFRESH_MS = 1000
const REQUEST_TIMEOUT_MS = 5000

/** Polls the dashboard every second while the page is visible, one request at a time. */
function useDashboard() {
  const [data, setData] = useState<Dashboard | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let stopped = false
    let inFlight = false
    let ctrl: AbortController | null = null

    const tick = async () => {
      if (stopped || inFlight || document.visibilityState === 'hidden') return
      inFlight = true
      ctrl = new AbortController()
      const guard = setTimeout(() => ctrl?.abort(), REQUEST_TIMEOUT_MS)
      try {
        const d = await api.dashboard(ctrl.signal)
        if (!stopped) {
          setData(d)
          setError(null)
        }
      } catch (e) {
        if (stopped) return
        if (e instanceof ApiError) setError(e.message)
        else if (e instanceof DOMException && e.name === 'AbortError')
          setError('서버 응답이 지연되고 있습니다. 자동으로 다시 시도합니다.')
        else setError('현황을 불러오지 못했습니다. 자동으로 다시 시도합니다.')
      } finally {
        clearTimeout(guard)
        inFlight = false
      }
    }

    void tick()
    const timer = setInterval(() => void tick(), REFRESH_MS)
    const onVisible = () => {
      if (document.visibilityState === 'visible') void tick()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      stopped = true
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
      ctrl?.abort()
    }
  }, [])

  return { data, error }
}

const KPIS = [
  { key: 'received', label: '접수', tone: 'primary', desc: '접수된 기업애로 전체' },
  { key: 'answered', label: '처리완료', tone: 'success', desc: '소관부서 답변 완료' },
  { key: 'closed', label: '종결', tone: 'gray', desc: '처리 후 종결' },
] as const

export function DashboardPage() {
  const { user } = useAuth()
  const { data, error } = useDashboard()
  const company = user ? isCompany(user) : false

  return (
    <>
      <PageHeader
        title="대시보드"
        description={data ? `${data.year}년 기업애로 처리 현황입니다.` : '기업애로 처리 현황입니다.'}
      />

      <div className="asof-bar">
        <span className="live-dot" aria-hidden="true" />
        <span>
          기준 시각{' '}
          <time dateTime={isoOrUndefined(data?.asOf)} data-testid="as-of">
            {data ? formatDateTimeSeconds(data.asOf) : '-'}
          </time>{' '}
          (한국 표준시)
        </span>
        <span className="asof-note">1초마다 자동으로 새로 고칩니다.</span>
      </div>

      {error && (
        <Alert tone="warning" title="현황을 새로 고치지 못했습니다.">
          {error}
        </Alert>
      )}

      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title" className="section-title">
          {data ? `${data.year}년 누계` : '누계'}
        </h2>
        {!data ? (
          error ? null : <Spinner label="현황을 불러오는 중" />
        ) : (
          <ul className="kpi-grid">
            {KPIS.map((k) => (
              <li key={k.key} className={`krds-card kpi-card tone-${k.tone}`}>
                <p className="kpi-value" data-testid={`${k.key}-count`}>
                  <span className="kpi-label">{k.label}</span> <strong className="kpi-number">{data[k.key]}</strong>
                  <span className="kpi-unit">건</span>
                </p>
                <p className="kpi-desc">{k.desc}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="quick-title" className="quick-section">
        <h2 id="quick-title" className="section-title">바로가기</h2>
        <div className="quick-grid">
          {company ? (
            <>
              <Link to="/grievances/new" className="krds-card quick-card">
                <span className="quick-title">기업애로 접수</span>
                <span className="quick-desc">자금·판로·수출·인력·규제 등 경영 애로와 건의·질의를 접수합니다.</span>
              </Link>
              <Link to="/grievances" className="krds-card quick-card">
                <span className="quick-title">내 기업애로</span>
                <span className="quick-desc">접수한 기업애로의 처리 상태와 답변을 확인합니다.</span>
              </Link>
            </>
          ) : (
            <>
              <Link to="/grievances" className="krds-card quick-card">
                <span className="quick-title">기업애로 처리함</span>
                <span className="quick-desc">처리기한이 가까운 순으로 배정·답변할 기업애로를 확인합니다.</span>
              </Link>
              <Link to="/grievances?overdue=true" className="krds-card quick-card">
                <span className="quick-title">기한 경과 건</span>
                <span className="quick-desc">처리기한이 지난 기업애로만 모아 봅니다.</span>
              </Link>
            </>
          )}
        </div>
        <p className="help-text">
          접수된 기업애로는 소관부서에 배정되어 처리기한 안에 답변됩니다. 처리기한은 주말과 공휴일을 뺀 근무일로
          계산합니다.
        </p>
      </section>
    </>
  )
}
