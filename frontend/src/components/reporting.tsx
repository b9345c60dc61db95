import type { GroupFigures, KpiCard as KpiCardData, QuarterCount, StatusView } from '../api/types'
import { days, num, pct, score, statusText, statusTone } from '../lib/reporting'
import { Badge } from './ui'

export function StatusBadge({ status }: { status: StatusView | null | undefined }) {
  if (!status) return <Badge tone="gray">-</Badge>
  return <Badge tone={statusTone(status)}>{statusText(status)}</Badge>
}

/** A progress bar for a share in percent (capped at 100), named for assistive technology. */
export function ProgressBar({ value, label }: { value: number | null | undefined; label: string }) {
  const v = Math.max(0, Math.min(100, Number(value ?? 0)))
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(v)}
      aria-valuetext={value === null || value === undefined ? '목표 없음' : `${v}%`}
    >
      <span className="progress-fill" style={{ width: `${v}%` }} />
    </div>
  )
}

/** One indicator of one programme: target vs actual, the rate, a progress bar and the 이행구분. */
export function KpiCard({ card }: { card: KpiCardData }) {
  const title = `${card.programme} · ${card.indicator}`
  return (
    <li className="krds-card kpi-indicator" data-testid="kpi-card">
      <p className="kpi-programme">
        {card.programme}
        <span className="kpi-dept">{card.department}</span>
      </p>
      <h3 className="kpi-indicator-name">{card.indicator}</h3>
      <dl className="kpi-figures">
        <div>
          <dt>목표({card.targetLabel})</dt>
          <dd data-testid="kpi-target">
            {num(card.target)}
            {card.target !== null && card.unit}
          </dd>
        </div>
        <div>
          <dt>실적</dt>
          <dd data-testid="kpi-actual">
            {num(card.actual)}
            {card.actual !== null && card.unit}
          </dd>
        </div>
        <div>
          <dt>달성률</dt>
          <dd data-testid="kpi-rate">{pct(card.achievementRate)}</dd>
        </div>
      </dl>
      <ProgressBar value={card.progress} label={`${title} 달성률`} />
      <p className="kpi-status">
        <span className="kpi-status-label">이행구분</span> <StatusBadge status={card.programmeStatus ?? card.status} />
        {card.implementationRate !== null && (
          <span className="kpi-impl">
            이행률 <strong>{pct(card.implementationRate)}</strong>
          </span>
        )}
      </p>
    </li>
  )
}

const SERIES = [
  { key: 'received', label: '접수', cls: 'bar-received' },
  { key: 'answered', label: '처리완료', cls: 'bar-answered' },
  { key: 'closed', label: '종결', cls: 'bar-closed' },
] as const

/** Received/answered/closed per quarter as CSS bars, with the same figures as a table for screen readers. */
export function QuarterChart({ quarters, year }: { quarters: QuarterCount[]; year: number }) {
  const max = Math.max(1, ...quarters.flatMap((q) => [q.received, q.answered, q.closed]))
  return (
    <figure className="quarter-chart">
      <div className="chart-bars" aria-hidden="true">
        {quarters.map((q) => (
          <div key={`${q.year}-${q.quarter}`} className="chart-group">
            <div className="chart-columns">
              {SERIES.map((s) => (
                <span
                  key={s.key}
                  className={`chart-bar ${s.cls}`}
                  style={{ height: `${(q[s.key] / max) * 100}%` }}
                  title={`${q.quarter}분기 ${s.label} ${q[s.key]}건`}
                >
                  <span className="chart-value">{q[s.key]}</span>
                </span>
              ))}
            </div>
            <span className="chart-label">{q.quarter}분기</span>
          </div>
        ))}
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className={`legend-swatch ${s.cls}`} />
            {s.label}
          </li>
        ))}
      </ul>
      <table className="sr-only">
        <caption>{year}년 분기별 접수·처리완료·종결 건수</caption>
        <thead>
          <tr>
            <th scope="col">분기</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={`${q.year}-${q.quarter}`}>
              <th scope="row">{q.quarter}분기</th>
              {SERIES.map((s) => (
                <td key={s.key}>{q[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="sr-only">{year}년 분기별 기업애로 처리 현황</figcaption>
    </figure>
  )
}

/** 시군·부서·분야별 figures: counts, 처리기한 내 답변 비율, 평균 만족도, 처리일수 중앙값, 기한 경과. */
export function BreakdownTable({
  title,
  heading,
  rows,
  testId,
}: {
  title: string
  heading: string
  rows: GroupFigures[]
  testId?: string
}) {
  return (
    <div className="krds-table-wrap" tabIndex={0} role="region" aria-label={`${title} 표`} data-testid={testId}>
      <table className="tbl data breakdown">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">접수</th>
            <th scope="col">처리완료</th>
            <th scope="col">종결</th>
            <th scope="col">처리기한 내 답변</th>
            <th scope="col">평균 만족도</th>
            <th scope="col">처리일수(중앙값)</th>
            <th scope="col">현재 기한 경과</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8}>자료가 없습니다.</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.code} className={r.overdueNow > 0 ? 'is-overdue' : undefined}>
                <th scope="row">{r.label}</th>
                <td className="cell-num">{num(r.received)}</td>
                <td className="cell-num">{num(r.answered)}</td>
                <td className="cell-num">{num(r.closed)}</td>
                <td className="cell-num">{pct(r.answeredWithinDeadlineRate)}</td>
                <td className="cell-num">
                  {score(r.satisfactionAverage)}
                  {r.ratedCount > 0 && <span className="muted"> ({num(r.ratedCount)}건)</span>}
                </td>
                <td className="cell-num">{days(r.medianHandlingDays)}</td>
                <td className="cell-num">{num(r.overdueNow)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
