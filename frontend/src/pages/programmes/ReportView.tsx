import type { BudgetRow, OutreachRow, ProgrammeReport } from '../../api/types'
import { formatDate } from '../../lib/datetime'
import { num, pct } from '../../lib/reporting'
import { StatusBadge } from '../../components/reporting'

/** A blank cell where the seeds leave one (no figure for that year). */
function amount(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : num(v)
}

function Lines({ items }: { items: string[] }) {
  if (items.length === 0) return <p className="muted">-</p>
  return (
    <ul className="report-lines">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  )
}

/** The 이행 보고서 in the order and shape of seeds 000 and 003; printable as it stands. */
export function ReportView({ report }: { report: ProgrammeReport }) {
  const o = report.overview
  const impl = report.implementation
  const b = report.budget
  const budgetRows: BudgetRow[] = [b.total, ...b.rows]
  return (
    <article className="report" aria-labelledby="report-title" data-testid="report">
      <header className="report-head">
        <h2 id="report-title" className="report-title">
          {report.title}
        </h2>
        <p className="report-basis">
          {report.basis} · {report.year}년 {report.quarter}분기 (기준일 {formatDate(report.asOf)})
        </p>
      </header>

      <section aria-labelledby="r-impl" className="report-section">
        <h3 id="r-impl" className="report-h">□ 사업구분 · 이행구분</h3>
        <div className="krds-table-wrap report-table">
          <table className="tbl report-grid" data-testid="implementation-grid">
            <caption className="sr-only">사업구분, 이행구분(○ 표시), 이행률, 완료시기</caption>
            <thead>
              <tr>
                <th scope="col" colSpan={3}>
                  사업구분
                </th>
                <th scope="col" colSpan={impl.grid.reduce((n, g) => n + g.statuses.length, 0)}>
                  이행구분
                </th>
                <th scope="col" rowSpan={3}>
                  이행률
                </th>
                <th scope="col" rowSpan={3}>
                  완료시기
                </th>
              </tr>
              <tr>
                <th scope="col" rowSpan={2}>
                  성격
                </th>
                <th scope="col" rowSpan={2}>
                  기간
                </th>
                <th scope="col" rowSpan={2}>
                  재원
                </th>
                {impl.grid.map((g) => (
                  <th key={g.group} scope="colgroup" colSpan={g.statuses.length}>
                    {g.label}
                  </th>
                ))}
              </tr>
              <tr>
                {impl.grid.flatMap((g) =>
                  g.statuses.map((s) => (
                    <th key={s.code} scope="col">
                      {s.label}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{o.natureLabel}</td>
                <td>{o.period ?? `${o.startYear}~${o.endYear}`}</td>
                <td>{o.fundingTypeLabel ?? '-'}</td>
                {impl.grid.flatMap((g) =>
                  g.statuses.map((s) => (
                    <td key={s.code} className="cell-check">
                      {s.checked ? (
                        <>
                          <span aria-hidden="true">○</span>
                          <span className="sr-only">해당</span>
                        </>
                      ) : null}
                    </td>
                  )),
                )}
                <td className="cell-num" data-testid="implementation-rate">
                  {pct(impl.rate)}
                </td>
                <td>{impl.completionLabel ?? '-'}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="report-note">
          이행구분 <StatusBadge status={impl.status} />
          {impl.overridden && (
            <span className="muted">
              {' '}
              직접 지정(산출값 {impl.derivedStatus ? `${impl.derivedStatus.groupLabel}·${impl.derivedStatus.label}` : '-'},{' '}
              {pct(impl.derivedRate)}) — 사유: {impl.overrideReason}
            </span>
          )}
        </p>
        <dl className="report-facts">
          <div>
            <dt>추진부서</dt>
            <dd>
              {o.department}
              {o.manager && ` · ${o.manager}`}
              {o.managerPhone && ` ☎${o.managerPhone}`}
            </dd>
          </div>
          {o.cooperatingDepartments && (
            <div>
              <dt>협조부서</dt>
              <dd>{o.cooperatingDepartments}</dd>
            </div>
          )}
          {o.centralSupport && (
            <div>
              <dt>중앙정부 도움 필요성</dt>
              <dd>{o.centralSupport}</dd>
            </div>
          )}
          {o.executor && (
            <div>
              <dt>사업주체</dt>
              <dd>{o.executor}</dd>
            </div>
          )}
        </dl>
      </section>

      {o.finalGoal && (
        <section aria-labelledby="r-goal" className="report-section">
          <h3 id="r-goal" className="report-h">□ 최종목표</h3>
          <p>{o.finalGoal}</p>
        </section>
      )}

      <section aria-labelledby="r-targets" className="report-section">
        <h3 id="r-targets" className="report-h">□ 연차별 목표</h3>
        <div className="krds-table-wrap report-table">
          <table className="tbl" data-testid="yearly-targets">
            <caption className="sr-only">연차별 목표</caption>
            <thead>
              <tr>
                <th scope="col">구분</th>
                {report.yearlyTargets.columns.map((c) => (
                  <th key={c.year} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.yearlyTargets.rows.map((r) => (
                <tr key={r.indicatorId}>
                  <th scope="row">
                    {r.name}
                    {r.unit && <span className="muted"> ({r.unit})</span>}
                  </th>
                  {r.values.map((v, i) => (
                    <td key={i} className="cell-num">
                      {amount(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {o.confirmationIndicators.length > 0 && (
          <>
            <h4 className="report-h4">확인지표</h4>
            <Lines items={o.confirmationIndicators} />
          </>
        )}
      </section>

      {o.overview.length > 0 && (
        <section aria-labelledby="r-overview" className="report-section">
          <h3 id="r-overview" className="report-h">□ 사업개요</h3>
          <Lines items={o.overview} />
        </section>
      )}

      <section aria-labelledby="r-achievements" className="report-section">
        <h3 id="r-achievements" className="report-h">□ 추진실적</h3>
        {report.achievements.length === 0 ? (
          <p className="muted">추진실적이 없습니다.</p>
        ) : (
          <div className="krds-table-wrap report-table">
            <table className="tbl report-achievements">
              <caption className="sr-only">연도별 추진실적</caption>
              <thead>
                <tr>
                  <th scope="col">구분</th>
                  {report.achievements.map((a) => (
                    <th key={a.year} scope="col">
                      {a.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">추진 실적</th>
                  {report.achievements.map((a) => (
                    <td key={a.year} className="cell-text">
                      <Lines items={a.items} />
                      {a.meetings.length > 0 && (
                        <ul className="report-meetings">
                          {a.meetings.map((m, i) => (
                            <li key={i}>
                              {formatDate(m.heldOn)} {m.municipalityName ?? ''} {m.title}
                              {m.attendedCompanies !== null && ` (${m.attendedCompanies}개사)`}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="r-progress" className="report-section">
        <h3 id="r-progress" className="report-h">□ 현재까지 목표달성</h3>
        <div className="krds-table-wrap report-table">
          <table className="tbl" data-testid="target-progress">
            <caption className="sr-only">지표·연도별 목표, 실적, 달성률, 추진상황</caption>
            <thead>
              <tr>
                <th scope="col">지표</th>
                <th scope="col">연도</th>
                <th scope="col">목표</th>
                <th scope="col">실적</th>
                <th scope="col">달성률</th>
                <th scope="col">추진상황</th>
              </tr>
            </thead>
            <tbody>
              {report.targetProgress.map((t) => (
                <tr key={`${t.indicatorId}-${t.year}`}>
                  <th scope="row">{t.indicator}</th>
                  <td>{t.yearLabel}</td>
                  <td className="cell-num">
                    {amount(t.target)}
                    {t.target !== null && t.unit}
                  </td>
                  <td className="cell-num">
                    {amount(t.actual)}
                    {t.actual !== null && t.unit}
                  </td>
                  <td className="cell-num">{pct(t.achievementRate)}</td>
                  <td>
                    <StatusBadge status={t.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="r-outreach" className="report-section">
        <h3 id="r-outreach" className="report-h">□ 도민(시민)소통 실적</h3>
        <p className="report-unit">(단위: 회)</p>
        <div className="krds-table-wrap report-table">
          <table className="tbl" data-testid="outreach-table">
            <caption className="sr-only">연도·유형별 소통 실적</caption>
            <thead>
              <tr>
                <th scope="col">구분</th>
                {report.outreach.types.map((t) => (
                  <th key={t.type} scope="col">
                    {t.label}
                  </th>
                ))}
                <th scope="col">계</th>
              </tr>
            </thead>
            <tbody>
              {[...report.outreach.rows, report.outreach.total].map((row: OutreachRow) => (
                <tr key={row.label} className={row.year === null ? 'row-total' : undefined}>
                  <th scope="row">{row.label}</th>
                  {report.outreach.types.map((t) => (
                    <td key={t.type} className="cell-num">
                      {row.counts[t.type] ? num(row.counts[t.type]) : '-'}
                    </td>
                  ))}
                  <td className="cell-num">{num(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="r-budget" className="report-section">
        <h3 id="r-budget" className="report-h">□ 연차별 투자계획 및 집행</h3>
        <h4 className="report-h4">【투자계획 및 확보실적】</h4>
        <p className="report-unit">(단위: {b.unit})</p>
        <div className="krds-table-wrap report-table">
          <table className="tbl budget" data-testid="budget-plan">
            <caption className="sr-only">연차별 투자계획 및 확보실적 (단위: {b.unit})</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  구분
                </th>
                <th scope="colgroup" colSpan={2}>
                  계
                </th>
                {b.years.map((y) => (
                  <th key={y.year} scope="colgroup" colSpan={2}>
                    {y.label}
                  </th>
                ))}
              </tr>
              <tr>
                {[{ year: 'total' }, ...b.years].map((y) => [
                  <th key={`${y.year}-p`} scope="col">
                    계획
                  </th>,
                  <th key={`${y.year}-s`} scope="col">
                    확보
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {budgetRows.map((r) => (
                <tr key={r.source} className={r.source === 'TOTAL' ? 'row-total' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td className="cell-num" data-testid={`plan-${r.source}-planned`}>
                    {num(r.total.planned)}
                  </td>
                  <td className="cell-num" data-testid={`plan-${r.source}-secured`}>
                    {num(r.total.secured)}
                  </td>
                  {r.byYear.map((a, i) => [
                    <td key={`${i}-p`} className="cell-num">
                      {amount(a?.planned)}
                    </td>,
                    <td key={`${i}-s`} className="cell-num">
                      {amount(a?.secured)}
                    </td>,
                  ])}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h4 className="report-h4">【집행실적】</h4>
        <p className="report-unit">(단위: {b.unit})</p>
        <div className="krds-table-wrap report-table">
          <table className="tbl budget" data-testid="budget-execution">
            <caption className="sr-only">연차별 집행실적 (단위: {b.unit})</caption>
            <thead>
              <tr>
                <th scope="col">구분</th>
                <th scope="col">계</th>
                {b.years.map((y) => (
                  <th key={y.year} scope="col">
                    {y.label}
                  </th>
                ))}
                <th scope="col">집행률</th>
              </tr>
            </thead>
            <tbody>
              {budgetRows.map((r) => (
                <tr key={r.source} className={r.source === 'TOTAL' ? 'row-total' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td className="cell-num" data-testid={`exec-${r.source}`}>
                    {num(r.total.executed)}
                  </td>
                  {r.byYear.map((a, i) => (
                    <td key={i} className="cell-num">
                      {amount(a?.executed)}
                    </td>
                  ))}
                  <td className="cell-num">{pct(r.total.executionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {report.outcomes.length > 0 && (
        <section aria-labelledby="r-outcomes" className="report-section">
          <h3 id="r-outcomes" className="report-h">□ 성과</h3>
          <div className="krds-table-wrap report-table">
            <table className="tbl" data-testid="outcomes-table">
              <caption className="sr-only">연도별 성과와 전년 대비 증감</caption>
              <thead>
                <tr>
                  <th scope="col">항목</th>
                  <th scope="col">연도</th>
                  <th scope="col">값</th>
                  <th scope="col">전년 대비</th>
                </tr>
              </thead>
              <tbody>
                {report.outcomes.flatMap((s) =>
                  s.values.map((v) => (
                    <tr key={`${s.metric}-${v.year}`}>
                      <th scope="row">{s.metric}</th>
                      <td>{v.year}년</td>
                      <td className="cell-num">
                        {num(v.value)}
                        {s.unit}
                      </td>
                      <td className="cell-num">
                        {v.change === null ? '-' : `${v.change > 0 ? '+' : ''}${num(v.change)}${s.unit}`}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="r-plan" className="report-section">
        <h3 id="r-plan" className="report-h">□ 향후 추진계획</h3>
        <Lines items={report.futurePlan} />
      </section>

      {report.expectedEffect.length > 0 && (
        <section aria-labelledby="r-effect" className="report-section">
          <h3 id="r-effect" className="report-h">□ 기대효과</h3>
          <Lines items={report.expectedEffect} />
        </section>
      )}
    </article>
  )
}
