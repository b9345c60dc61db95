import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api } from '../../api/client'
import type { Rotation, RotationRow } from '../../api/types'
import { Alert, Badge, PageHeader, Spinner } from '../../components/ui'
import { FIRST_MEETING_YEAR, seoulYear } from '../../lib/meetings'
import { useLoad } from '../../lib/useLoad'

/** Regular meetings a year, as seed 000 sets the target. */
export const YEARLY_TARGET = 4

/**
 * Where each 시군 sits on a small tile map of 강원특별자치도 (column, row), north at the top, the coast on the
 * right. Tiles keep the neighbours recognisable, not the areas.
 */
const TILES: Record<string, [number, number]> = {
  CHEORWON: [1, 1],
  HWACHEON: [2, 1],
  YANGGU: [3, 1],
  INJE: [4, 1],
  GOSEONG: [5, 1],
  CHUNCHEON: [2, 2],
  HONGCHEON: [3, 2],
  SOKCHO: [5, 2],
  HOENGSEONG: [3, 3],
  PYEONGCHANG: [4, 3],
  YANGYANG: [5, 3],
  WONJU: [3, 4],
  JEONGSEON: [4, 4],
  GANGNEUNG: [5, 4],
  YEONGWOL: [3, 5],
  TAEBAEK: [4, 5],
  DONGHAE: [5, 5],
  SAMCHEOK: [5, 6],
}

function countIn(row: RotationRow, year: number): number {
  return row.years.find((y) => y.year === year)?.count ?? 0
}

/** 시군 순회 현황: regular meetings per 시군 and year, who has waited longest, and who should host next. */
export function RotationPage() {
  const [params, setParams] = useSearchParams()
  const thisYear = seoulYear()
  const asked = Number(params.get('year'))
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear
  const years = Array.from({ length: Math.max(thisYear + 1, year) - FIRST_MEETING_YEAR + 1 }, (_, i) => FIRST_MEETING_YEAR + i)
  const uid = useId()
  const { data, error } = useLoad((signal) => api.rotation(year, signal), [year], '순회 현황을 불러오지 못했습니다.')

  return (
    <>
      <p className="back-link">
        <Link to="/meetings">회의·간담회 목록으로</Link>
      </p>
      <PageHeader
        title="시군 순회 현황"
        description={`정례 회의(맞춤형 기업지원 간담회·현장전략회의)는 연 ${YEARLY_TARGET}회, 도내 18개 시군을 돌아가며 엽니다. 시군별 개최 현황과 다음 개최지 추천입니다.`}
      />
      <div className="list-toolbar">
        <div className="toolbar-left">
          <label htmlFor={`${uid}-year`} className="toolbar-label">
            연도
          </label>
          <select
            id={`${uid}-year`}
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
            {data.year}년 정례 회의 <strong data-testid="held-in-year">{data.heldInYear}</strong>회 개최 (목표 {YEARLY_TARGET}회) ·{' '}
            {data.asOf} 기준
          </p>
        )}
      </div>
      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="순회 현황을 불러오는 중" />}
      {data && <RotationBody rotation={data} />}
    </>
  )
}

function RotationBody({ rotation: r }: { rotation: Rotation }) {
  const suggested = r.suggestedNextHost.municipality
  const yearColumns = Array.from(
    new Set([...r.rows.flatMap((row) => row.years.map((y) => y.year)), r.year].filter((y) => y <= r.year)),
  ).sort((a, b) => a - b)
  const maxTotal = Math.max(1, ...r.rows.map((row) => row.heldTotal))

  return (
    <>
      <section className="krds-card suggestion-card" aria-labelledby="suggestion-title" data-testid="rotation-suggestion">
        <h2 id="suggestion-title" className="section-title">
          다음 개최지 추천: <strong data-testid="suggested-host">{r.suggestedNextHost.municipalityName}</strong>
        </h2>
        <p>{r.suggestedNextHost.reason}</p>
        <p className="help-text" data-testid="rotation-rule">
          추천 기준: {r.rule}
        </p>
      </section>

      <div className="rotation-layout">
        <figure className="krds-card tile-map-card">
          <figcaption className="sub-title">시군별 누적 개최 (정례)</figcaption>
          <div className="tile-map" aria-hidden="true">
            {r.rows.map((row) => {
              const [col, line] = TILES[row.municipality] ?? [1, 7]
              const level = row.heldTotal === 0 ? 0 : Math.ceil((row.heldTotal / maxTotal) * 3)
              return (
                <div
                  key={row.municipality}
                  className={`tile level-${level}${row.municipality === suggested ? ' is-suggested' : ''}${row.heldInYear > 0 ? ' held-this-year' : ''}`}
                  style={{ gridColumn: col, gridRow: line }}
                  title={`${row.municipalityName}: 누적 ${row.heldTotal}회, ${r.year}년 ${row.heldInYear}회`}
                >
                  <span className="tile-name">{row.municipalityName.replace(/[시군]$/, '')}</span>
                  <span className="tile-count">{row.heldTotal}</span>
                </div>
              )
            })}
          </div>
          <ul className="tile-legend">
            <li>
              <span className="tile-swatch level-0" aria-hidden="true" /> 개최 없음
            </li>
            <li>
              <span className="tile-swatch level-3" aria-hidden="true" /> 많음
            </li>
            <li>
              <span className="tile-swatch is-suggested" aria-hidden="true" /> 다음 개최 추천
            </li>
            <li>
              <span className="tile-swatch held-this-year" aria-hidden="true" /> {r.year}년 개최
            </li>
          </ul>
        </figure>

        <div className="krds-table-wrap rotation-table" tabIndex={0} role="region" aria-label="시군별 정례 회의 개최 현황 표">
          <table className="tbl data" data-testid="rotation-table">
            <caption className="sr-only">
              18개 시군의 정례 회의 개최 횟수(연도별, 누적), 마지막 개최일, 미개최 일수, 미개최 순위와 다음 계획. 다음 개최
              추천 시군은 강조 표시합니다.
            </caption>
            <thead>
              <tr>
                <th scope="col">시군</th>
                {yearColumns.map((y) => (
                  <th scope="col" key={y} className="cell-num">
                    {y}년
                  </th>
                ))}
                <th scope="col" className="cell-num">
                  누적
                </th>
                <th scope="col">마지막 정례 회의</th>
                <th scope="col" className="cell-num">
                  미개최 일수
                </th>
                <th scope="col" className="cell-num">
                  순위
                </th>
                <th scope="col">다음 계획</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => {
                const isNext = row.municipality === suggested
                return (
                  <tr
                    key={row.municipality}
                    className={isNext ? 'is-suggested' : undefined}
                    data-testid={`rotation-row-${row.municipality}`}
                    aria-current={isNext ? 'true' : undefined}
                  >
                    <th scope="row" data-label="시군">
                      {row.municipalityName}
                      {isNext && (
                        <>
                          {' '}
                          <Badge tone="warning">다음 개최 추천</Badge>
                        </>
                      )}
                    </th>
                    {yearColumns.map((y) => (
                      <td key={y} className="cell-num" data-label={`${y}년`}>
                        {countIn(row, y) || <span className="muted">0</span>}
                      </td>
                    ))}
                    <td className="cell-num" data-label="누적">
                      {row.heldTotal}
                    </td>
                    <td className="cell-date" data-label="마지막 정례 회의">
                      {row.lastHeldOn ?? <span className="muted">없음</span>}
                    </td>
                    <td className="cell-num" data-label="미개최 일수">
                      {row.daysWithout != null ? `${row.daysWithout.toLocaleString('ko-KR')}일` : <span className="muted">개최 이력 없음</span>}
                    </td>
                    <td className="cell-num" data-label="순위">
                      {row.rank}
                    </td>
                    <td className="cell-date" data-label="다음 계획">
                      {row.nextPlannedOn ?? <span className="muted">-</span>}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </div>
    </>
  )
}
