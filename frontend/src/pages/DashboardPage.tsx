import { useEffect, useId, useState } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../api/client'
import type { Dashboard } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { BreakdownTable, KpiCard, QuarterChart } from '../components/reporting'
import { Alert, PageHeader, Spinner } from '../components/ui'
import { formatDateTimeSeconds, isoOrUndefined } from '../lib/datetime'
import { isCompany } from '../lib/labels'
import { days, num, pct, score, seoulYearQuarter, yearOptions } from '../lib/reporting'
import { useLoad } from '../lib/useLoad'

/** The first year the dashboard offers (the seeds' programmes start in 2022). */
export const FIRST_YEAR = 2022

export const REFRESH_MS = 1000
const REQUEST_TIMEOUT_MS = 5000

/** Polls the dashboard every second while the page is visible, one request at a time. */
function useDashboard(year?: number) {
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
        const d = await api.dashboard(year, ctrl.signal)
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
  }, [year])

  return { data, error }
}

const KPIS = [
  { key: 'received', label: '접수', tone: 'primary', desc: '접수된 기업애로 전체' },
  { key: 'answered', label: '처리완료', tone: 'success', desc: '소관부서 답변 완료' },
  { key: 'closed', label: '종결', tone: 'gray', desc: '처리 후 종결' },
] as const

export function DashboardPage() {
  const { user } = useAuth()
  const company = user ? isCompany(user) : false
  const thisYear = seoulYearQuarter().year
  const [year, setYear] = useState<number | undefined>(undefined)
  const { data: polled, error } = useDashboard(year)
  // While the chosen year's first answer is on its way, the previous year's figures are not shown as its.
  const data = polled && (year === undefined || polled.year === year) ? polled : null
  const yearId = useId()

  return (
    <>
      <PageHeader
        title="대시보드"
        description={data ? `${data.year}년 기업애로 처리 현황입니다.` : '기업애로 처리 현황입니다.'}
      />

      {!company && (
        <div className="dashboard-toolbar">
          <label htmlFor={yearId} className="toolbar-label">
            연도
          </label>
          <select
            id={yearId}
            className="krds-form-select small"
            value={year ?? data?.year ?? thisYear}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {yearOptions(FIRST_YEAR, Math.max(thisYear, year ?? thisYear)).map((y) => (
              <option key={y} value={y}>
                {y}년
              </option>
            ))}
          </select>
        </div>
      )}

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

      {!company && data && <StaffFigures data={data} />}

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

/** For staff: how the year's grievances were handled, per quarter, the KPI cards and the breakdowns. */
function StaffFigures({ data }: { data: Dashboard }) {
  const year = data.year
  const stats = useLoad(
    (signal) => api.grievanceStats({ year }, signal),
    [year],
    '시군·부서·분야별 현황을 불러오지 못했습니다.',
  )
  const kpis = data.kpis ?? []
  return (
    <>
      <section aria-labelledby="handling-title" className="dash-section">
        <h2 id="handling-title" className="section-title">
          처리 현황
        </h2>
        <dl className="handling-grid">
          <div className="krds-card handling-item">
            <dt>현재 기한 경과</dt>
            <dd data-testid="overdue-now" className={data.overdueNow ? 'is-alert' : undefined}>
              {num(data.overdueNow ?? 0)}건
            </dd>
          </div>
          <div className="krds-card handling-item">
            <dt>처리기한 내 답변 비율</dt>
            <dd data-testid="within-deadline">{pct(data.answeredWithinDeadlineRate)}</dd>
          </div>
          <div className="krds-card handling-item">
            <dt>처리일수(중앙값)</dt>
            <dd data-testid="median-days">{days(data.medianHandlingDays)}</dd>
          </div>
          <div className="krds-card handling-item">
            <dt>평균 만족도</dt>
            <dd data-testid="satisfaction">
              {score(data.satisfactionAverage)}
              {(data.ratedCount ?? 0) > 0 && <span className="muted"> ({num(data.ratedCount)}건 평가)</span>}
            </dd>
          </div>
        </dl>
        {data.byQuarter && data.byQuarter.length > 0 && (
          <>
            <h3 className="sub-title">{year}년 분기별 접수·처리완료·종결</h3>
            <QuarterChart quarters={data.byQuarter} year={year} />
          </>
        )}
      </section>

      <section aria-labelledby="kpi-cards-title" className="dash-section">
        <div className="list-toolbar">
          <h2 id="kpi-cards-title" className="section-title">
            사업 KPI ({year}년)
          </h2>
          <Link to="/programmes" className="krds-btn tertiary small">
            사업·KPI 전체 보기
          </Link>
        </div>
        {kpis.length === 0 ? (
          <p className="muted">이 해에 목표가 있는 사업 지표가 없습니다.</p>
        ) : (
          <ul className="kpi-indicator-grid">
            {kpis.map((card) => (
              <KpiCard key={`${card.programmeId}-${card.indicatorId ?? card.indicator}`} card={card} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="breakdown-title" className="dash-section">
        <h2 id="breakdown-title" className="section-title">
          시군·부서·분야별 현황 ({year}년)
        </h2>
        {stats.error && <Alert tone="warning" title={stats.error} />}
        {!stats.data && !stats.error && <Spinner label="현황을 불러오는 중" />}
        {stats.data && (
          <>
            <h3 className="sub-title">시군별</h3>
            <BreakdownTable
              title={`${year}년 시군별 기업애로 현황`}
              heading="시군"
              rows={stats.data.byMunicipality}
              testId="by-municipality"
            />
            <h3 className="sub-title">부서별</h3>
            <BreakdownTable
              title={`${year}년 부서별 기업애로 현황`}
              heading="부서"
              rows={stats.data.byDepartment}
              testId="by-department"
            />
            <h3 className="sub-title">분야별</h3>
            <BreakdownTable
              title={`${year}년 분야별 기업애로 현황`}
              heading="분야"
              rows={stats.data.byCategory}
              testId="by-category"
            />
          </>
        )}
      </section>
    </>
  )
}
