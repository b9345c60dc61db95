import { useId, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { api, ApiError, saveDownload } from '../../api/client'
import { useAuth } from '../../auth/AuthContext'
import { Alert, PageHeader, Spinner } from '../../components/ui'
import { hasRole } from '../../lib/labels'
import { QUARTERS, seoulYearQuarter, yearOptions } from '../../lib/reporting'
import { useLoad } from '../../lib/useLoad'
import { DataEntry } from './programmeForms'
import { ReportView } from './ReportView'

/** The period a report opens at: this quarter, kept inside the programme's years. */
export function defaultPeriod(startYear: number, endYear: number, now = new Date()): { year: number; quarter: number } {
  const today = seoulYearQuarter(now)
  if (today.year > endYear) return { year: endYear, quarter: 4 }
  if (today.year < startYear) return { year: startYear, quarter: 1 }
  return today
}

/** A programme's 이행 보고서 for a year and quarter: printable, and as XLSX and HWPX; data entry for the coordinator. */
export function ProgrammePage() {
  const { id = '' } = useParams()
  const { user } = useAuth()
  const [params, setParams] = useSearchParams()
  const uid = useId()
  const programme = useLoad((signal) => api.programme(id, signal), [id], '사업 정보를 불러오지 못했습니다.')
  const p = programme.data
  const fallback = p ? defaultPeriod(p.startYear, p.endYear) : null
  const yearParam = Number(params.get('year'))
  const quarterParam = Number(params.get('quarter'))
  const year = yearParam >= 2000 ? yearParam : fallback?.year
  const quarter = quarterParam >= 1 && quarterParam <= 4 ? quarterParam : fallback?.quarter
  const report = useLoad(
    (signal) =>
      year && quarter ? api.programmeReport(id, { year, quarter }, signal) : new Promise<never>(() => {}),
    [id, year, quarter],
    '보고서를 불러오지 못했습니다.',
  )
  const [downloading, setDownloading] = useState<'xlsx' | 'hwpx' | null>(null)
  const [downloadError, setDownloadError] = useState<string | null>(null)
  const canEdit = hasRole(user, 'ADMIN', 'COORDINATOR')

  function choose(next: { year?: number; quarter?: number }) {
    const q = new URLSearchParams(params)
    q.set('year', String(next.year ?? year))
    q.set('quarter', String(next.quarter ?? quarter))
    setParams(q, { replace: true })
  }

  async function download(format: 'xlsx' | 'hwpx') {
    if (!year || !quarter || downloading) return
    setDownloading(format)
    setDownloadError(null)
    try {
      saveDownload(await api.programmeReportFile(id, { year, quarter }, format))
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setDownloadError(e instanceof ApiError ? e.message : '파일을 내려받지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setDownloading(null)
    }
  }

  const years = p ? yearOptions(p.startYear, p.endYear).reverse() : []
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="현재 위치">
        <Link to="/programmes">사업·KPI</Link> <span aria-hidden="true">›</span> <span>{p?.name ?? '사업'}</span>
      </nav>
      <PageHeader
        title={p ? p.name : '사업 이행 보고서'}
        description={p ? `${p.department} · ${p.natureLabel} · ${p.periodLabel ?? `${p.startYear}~${p.endYear}`}` : undefined}
      />
      {programme.error && <Alert tone="danger" title={programme.error} />}
      {!p && !programme.error && <Spinner label="사업 정보를 불러오는 중" />}
      {p && year && quarter && (
        <div className="report-toolbar no-print" role="group" aria-label="보고서 기간과 내려받기">
          <div className="toolbar-field">
            <label htmlFor={`${uid}-year`}>연도</label>
            <select
              id={`${uid}-year`}
              className="krds-form-select small"
              value={year}
              onChange={(e) => choose({ year: Number(e.target.value) })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}년
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar-field">
            <label htmlFor={`${uid}-quarter`}>분기</label>
            <select
              id={`${uid}-quarter`}
              className="krds-form-select small"
              value={quarter}
              onChange={(e) => choose({ quarter: Number(e.target.value) })}
            >
              {QUARTERS.map((q) => (
                <option key={q} value={q}>
                  {q}분기
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar-actions">
            <button
              type="button"
              className="krds-btn secondary small"
              onClick={() => void download('xlsx')}
              disabled={downloading !== null}
              aria-busy={downloading === 'xlsx'}
            >
              {downloading === 'xlsx' ? '내려받는 중…' : '엑셀(XLSX) 내려받기'}
            </button>
            <button
              type="button"
              className="krds-btn secondary small"
              onClick={() => void download('hwpx')}
              disabled={downloading !== null}
              aria-busy={downloading === 'hwpx'}
            >
              {downloading === 'hwpx' ? '내려받는 중…' : '한글(HWPX) 내려받기'}
            </button>
            <button type="button" className="krds-btn tertiary small" onClick={() => window.print()}>
              인쇄
            </button>
          </div>
        </div>
      )}
      {downloadError && <Alert tone="danger" title={downloadError} />}
      {report.error && <Alert tone="danger" title={report.error} />}
      {p && !report.data && !report.error && <Spinner label="보고서를 불러오는 중" />}
      {report.data && <ReportView report={report.data} />}
      {p && report.data && canEdit && (
        <DataEntry
          programme={p}
          report={report.data}
          onSaved={() => {
            report.reload()
            programme.reload()
          }}
        />
      )}
    </>
  )
}
