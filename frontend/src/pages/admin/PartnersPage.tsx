import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { GrievanceSummary, IssuedPartnerKey, PartnerKey } from '../../api/types'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { FormGroup, inputAria, mapFieldErrors } from '../../components/form'
import { Deadline, isSettled, StatusBadge } from '../../components/grievance'
import { Pagination } from '../../components/Pagination'
import { Alert, Badge, PageHeader, Spinner } from '../../components/ui'
import { formatDateTime, isoOrUndefined } from '../../lib/datetime'
import { usePartnerAgencies } from '../../lib/meetings'
import { useLoad } from '../../lib/useLoad'

export const QUOTA_MAX = 100_000
const DEFAULT_QUOTA = '1000'
const AGENCY_CODE = /^[A-Z][A-Z0-9_]{1,59}$/
/** The grievance list has no channel filter: the screen reads the newest pages and keeps channel PARTNER. */
const SCAN_PAGE_SIZE = 100
const SCAN_PAGES = 5
export const REQUESTS_PAGE_SIZE = 20

/** 유관기관 연계: the Open311 API keys of partner agencies, their use, and the requests they sent. */
export function PartnersPage() {
  const [params, setParams] = useSearchParams()
  const agency = params.get('agency') ?? ''
  const { data: keys, error, reload } = useLoad((s) => api.partnerKeys(s), [], 'API 키 목록을 불러오지 못했습니다.')
  const [issuing, setIssuing] = useState(false)
  const [revoking, setRevoking] = useState<PartnerKey | null>(null)
  const [revokeBusy, setRevokeBusy] = useState(false)
  const [revokeError, setRevokeError] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const requestsRef = useRef<HTMLElement>(null)

  async function revoke() {
    if (!revoking) return
    setRevokeBusy(true)
    setRevokeError(null)
    try {
      await api.revokePartnerKey(revoking.id)
      setMessage(`${revoking.agencyName}의 API 키(${revoking.keyPrefix}…)를 폐기했습니다. 이 키로 보낸 요청은 거부됩니다.`)
      setRevoking(null)
      reload()
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setRevokeError(e instanceof ApiError ? e.message : '폐기하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setRevokeBusy(false)
    }
  }

  const agencies = Array.from(new Map((keys ?? []).map((k) => [k.agencyCode, k.agencyName])).entries())

  return (
    <>
      <PageHeader
        title="유관기관 연계"
        description="유관기관 시스템은 Open311 GeoReport v2 API(/open311/v2)로 기업애로를 보내고 처리 상황을 조회합니다. 기관별 API 키를 발급·폐기하고, 사용량과 기관이 보낸 요청을 확인합니다."
      />
      <div className="summary-anchor">{message && <Alert tone="success" title={message} />}</div>

      <section aria-labelledby="keys-title" className="page-section">
        <div className="list-toolbar">
          <h2 id="keys-title" className="section-title">
            API 키
          </h2>
          <div className="toolbar-right">
            {keys && (
              <p className="list-total">
                총 <strong>{keys.length}</strong>개 (사용 중 {keys.filter((k) => k.active).length})
              </p>
            )}
            <button
              type="button"
              className="krds-btn primary small"
              onClick={() => {
                setMessage(null)
                setIssuing(true)
              }}
            >
              API 키 발급
            </button>
          </div>
        </div>
        {error && <Alert tone="danger" title={error} />}
        {!keys && !error && <Spinner label="API 키를 불러오는 중" />}
        {keys &&
          (keys.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">발급된 API 키가 없습니다.</p>
              <p>유관기관 시스템이 연계를 요청하면 API 키를 발급해 주세요.</p>
            </div>
          ) : (
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label="API 키 표">
              <table className="tbl data" data-testid="keys-table">
                <caption className="sr-only">
                  유관기관 API 키: 기관, 키 앞자리, 시간당 한도, 이번 시간 사용량, 누적 요청, 마지막 사용, 상태. 키 전체는 발급할
                  때 한 번만 보여 줍니다.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">기관</th>
                    <th scope="col">키 앞자리</th>
                    <th scope="col" className="cell-num">
                      시간당 한도
                    </th>
                    <th scope="col" className="cell-num">
                      이번 시간 사용량
                    </th>
                    <th scope="col" className="cell-num">
                      누적 요청
                    </th>
                    <th scope="col">마지막 사용</th>
                    <th scope="col">상태</th>
                    <th scope="col">관리</th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((k) => {
                    const share = k.quotaPerHour > 0 ? k.usedThisHour / k.quotaPerHour : 0
                    return (
                      <tr key={k.id} className={k.active ? undefined : 'is-inactive'} data-testid={`key-row-${k.id}`}>
                        <td data-label="기관">
                          <span className="cell-stack">
                            <span>{k.agencyName}</span>
                            <span className="cell-sub">{k.agencyCode}</span>
                          </span>
                        </td>
                        <td data-label="키 앞자리">
                          <code>{k.keyPrefix}…</code>
                        </td>
                        <td className="cell-num" data-label="시간당 한도">
                          {k.quotaPerHour.toLocaleString('ko-KR')}
                        </td>
                        <td className="cell-num" data-label="이번 시간 사용량">
                          {k.usedThisHour.toLocaleString('ko-KR')}
                          {k.active && share >= 1 ? (
                            <>
                              {' '}
                              <Badge tone="danger">한도 초과</Badge>
                            </>
                          ) : k.active && share >= 0.8 ? (
                            <>
                              {' '}
                              <Badge tone="warning">한도 임박</Badge>
                            </>
                          ) : null}
                        </td>
                        <td className="cell-num" data-label="누적 요청">
                          {k.requestCount.toLocaleString('ko-KR')}
                        </td>
                        <td className="cell-date" data-label="마지막 사용">
                          {k.lastUsedAt ? (
                            <time dateTime={isoOrUndefined(k.lastUsedAt)}>{formatDateTime(k.lastUsedAt)}</time>
                          ) : (
                            <span className="muted">사용 안 함</span>
                          )}
                        </td>
                        <td data-label="상태">
                          {k.active ? (
                            <Badge tone="success">사용 중</Badge>
                          ) : (
                            <span className="cell-stack">
                              <Badge tone="gray">폐기</Badge>
                              {k.revokedAt && <span className="cell-sub">{formatDateTime(k.revokedAt)}</span>}
                            </span>
                          )}
                        </td>
                        <td data-label="관리">
                          <span className="row-actions">
                            <button
                              type="button"
                              className="krds-btn tertiary small"
                              aria-label={`${k.agencyName} 요청 보기`}
                              onClick={() => {
                                setParams({ agency: k.agencyCode })
                                requestsRef.current?.scrollIntoView?.({ block: 'start' })
                              }}
                            >
                              요청 보기
                            </button>
                            {k.active && (
                              <button
                                type="button"
                                className="krds-btn tertiary small"
                                aria-label={`${k.agencyName} API 키 ${k.keyPrefix} 폐기`}
                                onClick={() => {
                                  setMessage(null)
                                  setRevokeError(null)
                                  setRevoking(k)
                                }}
                              >
                                폐기
                              </button>
                            )}
                          </span>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          ))}
      </section>

      <section ref={requestsRef} aria-labelledby="requests-title" className="page-section">
        <PartnerRequests
          agency={agency}
          agencies={agencies}
          onAgency={(code) => setParams(code ? { agency: code } : {})}
        />
      </section>

      {issuing && (
        <IssueKeyDialog
          onClose={(issued) => {
            setIssuing(false)
            if (issued) {
              setMessage(`${issued.key.agencyName}에 API 키(${issued.key.keyPrefix}…)를 발급했습니다.`)
              reload()
            }
          }}
        />
      )}
      {revoking && (
        <ConfirmDialog
          title="API 키 폐기"
          confirmLabel="폐기하기"
          busy={revokeBusy}
          error={revokeError}
          onConfirm={revoke}
          onClose={() => setRevoking(null)}
        >
          <p>
            {revoking.agencyName}의 API 키 <code>{revoking.keyPrefix}…</code>를 폐기합니다. 폐기하면 이 키로 보내는 요청은 바로
            거부되며 되돌릴 수 없습니다. 기관이 계속 연계하려면 새 키를 발급해 주세요.
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}

const ISSUE_FIELDS = ['agencyCode', 'agencyName', 'quotaPerHour'] as const
type IssueField = (typeof ISSUE_FIELDS)[number]

/** Issues a key; the key itself is shown here once, with the API's warning, and never again. */
function IssueKeyDialog({ onClose }: { onClose: (issued: IssuedPartnerKey | null) => void }) {
  const uid = useId()
  const id = (f: IssueField | 'pick' | 'key') => `${uid}-${f}`
  const { agencies } = usePartnerAgencies()
  const [v, setV] = useState({ agencyCode: '', agencyName: '', quotaPerHour: DEFAULT_QUOTA })
  const [errors, setErrors] = useState<Partial<Record<IssueField, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<IssuedPartnerKey | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const keyRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (issued) keyRef.current?.focus()
  }, [issued])

  function set(k: IssueField, value: string) {
    setV((old) => ({ ...old, [k]: value }))
    setErrors((e) => ({ ...e, [k]: undefined }))
  }

  function validate() {
    const e: Partial<Record<IssueField, string>> = {}
    const code = v.agencyCode.trim()
    if (!code) e.agencyCode = '기관 코드를 입력해 주세요. (필수 입력)'
    else if (!AGENCY_CODE.test(code)) e.agencyCode = '기관 코드는 영문 대문자로 시작하는 2~60자의 영문 대문자·숫자·밑줄입니다. (예: GWTP)'
    const name = v.agencyName.trim()
    if (!name) e.agencyName = '기관명을 입력해 주세요. (필수 입력)'
    else if (name.length > 100) e.agencyName = '기관명은 100자 이내로 입력해 주세요.'
    const quota = v.quotaPerHour.trim()
    if (!quota) e.quotaPerHour = '시간당 한도를 입력해 주세요. (필수 입력)'
    else if (!/^\d{1,6}$/.test(quota) || Number(quota) < 1 || Number(quota) > QUOTA_MAX)
      e.quotaPerHour = `시간당 한도는 1부터 ${QUOTA_MAX.toLocaleString('ko-KR')}까지의 정수로 입력해 주세요.`
    return e
  }

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault()
    if (busy) return
    const local = validate()
    if (Object.keys(local).length > 0) {
      setErrors(local)
      setProblem(null)
      document.getElementById(id(ISSUE_FIELDS.find((f) => local[f])!))?.focus()
      return
    }
    setErrors({})
    setProblem(null)
    setBusy(true)
    try {
      setIssued(
        await api.issuePartnerKey({
          agencyCode: v.agencyCode.trim(),
          agencyName: v.agencyName.trim(),
          quotaPerHour: Number(v.quotaPerHour.trim()),
        }),
      )
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      if (e instanceof ApiError) {
        const { fields, other } = mapFieldErrors(e.fieldErrors, ISSUE_FIELDS)
        setErrors(fields)
        setProblem([e.message, ...other].join(' '))
        const first = ISSUE_FIELDS.find((f) => fields[f])
        if (first) document.getElementById(id(first))?.focus()
      } else setProblem('발급하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  async function copy() {
    if (!issued) return
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(issued.apiKey)
      setCopied('키를 복사했습니다.')
    } catch {
      keyRef.current?.select()
      setCopied('복사하지 못했습니다. 키를 선택해 직접 복사해 주세요.')
    }
  }

  if (issued) {
    return (
      <Dialog
        title="API 키 발급 완료"
        onClose={() => onClose(issued)}
        testId="issued-key-dialog"
        footer={
          <button type="button" className="krds-btn primary medium" onClick={() => onClose(issued)}>
            확인했습니다
          </button>
        }
      >
        <Alert tone="warning" title={issued.notice} />
        <p className="confirm-text">
          {issued.key.agencyName}({issued.key.agencyCode})의 API 키입니다. 시간당 {issued.key.quotaPerHour.toLocaleString('ko-KR')}건까지
          요청할 수 있습니다.
        </p>
        <div className="form-group">
          <label className="form-tit" htmlFor={id('key')}>
            API 키
          </label>
          <div className="copy-row">
            <input
              id={id('key')}
              ref={keyRef}
              className="krds-input mono"
              readOnly
              value={issued.apiKey}
              data-testid="issued-key"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="krds-btn secondary medium" onClick={copy}>
              복사
            </button>
          </div>
          <p className="form-hint" role="status" aria-live="polite">
            {copied}
          </p>
        </div>
      </Dialog>
    )
  }

  const formId = `${uid}-form`
  return (
    <Dialog
      title="API 키 발급"
      onClose={() => onClose(null)}
      testId="issue-key-dialog"
      footer={
        <>
          <button type="button" className="krds-btn tertiary medium" onClick={() => onClose(null)}>
            취소
          </button>
          <button type="submit" form={formId} className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
            {busy ? '발급 중…' : '발급'}
          </button>
        </>
      }
    >
      <form id={formId} className="krds-form" noValidate onSubmit={onSubmit}>
        {problem && <Alert tone="danger" title={problem} />}
        <div className="form-group">
          <label className="form-tit" htmlFor={id('pick')}>
            유관기관 선택
          </label>
          <select
            id={id('pick')}
            className="krds-form-select"
            defaultValue=""
            onChange={(e) => {
              const a = agencies?.find((x) => x.code === e.target.value)
              if (!a) return
              setV((old) => ({ ...old, agencyCode: a.code, agencyName: a.name }))
              setErrors((x) => ({ ...x, agencyCode: undefined, agencyName: undefined }))
            }}
          >
            <option value="">직접 입력</option>
            {agencies?.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-grid">
          <FormGroup id={id('agencyCode')} label="기관 코드" required error={errors.agencyCode} hint="영문 대문자·숫자·밑줄">
            <input
              {...inputAria(id('agencyCode'), errors.agencyCode, { required: true, hint: true })}
              className="krds-input"
              autoComplete="off"
              value={v.agencyCode}
              onChange={(e) => set('agencyCode', e.target.value.toUpperCase())}
            />
          </FormGroup>
          <FormGroup id={id('agencyName')} label="기관명" required error={errors.agencyName}>
            <input
              {...inputAria(id('agencyName'), errors.agencyName, { required: true })}
              className="krds-input"
              value={v.agencyName}
              onChange={(e) => set('agencyName', e.target.value)}
            />
          </FormGroup>
          <FormGroup
            id={id('quotaPerHour')}
            label="시간당 한도 (요청 수)"
            required
            error={errors.quotaPerHour}
            hint="한도를 넘은 요청은 429(요청 과다)로 거부됩니다."
          >
            <input
              {...inputAria(id('quotaPerHour'), errors.quotaPerHour, { required: true, hint: true })}
              className="krds-input"
              inputMode="numeric"
              value={v.quotaPerHour}
              onChange={(e) => set('quotaPerHour', e.target.value)}
            />
          </FormGroup>
        </div>
      </form>
    </Dialog>
  )
}

interface Scan {
  items: GrievanceSummary[]
  /** How many grievances were read to find them. */
  scanned: number
  /** More grievances exist than were read. */
  truncated: boolean
}

async function scanPartnerRequests(agency: string, signal: AbortSignal): Promise<Scan> {
  const items: GrievanceSummary[] = []
  let scanned = 0
  for (let page = 0; page < SCAN_PAGES; page++) {
    // channel and partner are asked for, but the list does not filter by them yet: the channel is checked here.
    const res = await api.grievances(
      { channel: 'PARTNER', partner: agency || undefined, sort: '-receivedAt', page, size: SCAN_PAGE_SIZE },
      signal,
    )
    scanned += res.items.length
    items.push(...res.items.filter((g) => g.channel === 'PARTNER'))
    if (res.items.length < SCAN_PAGE_SIZE || scanned >= res.total) return { items, scanned, truncated: false }
  }
  return { items, scanned, truncated: true }
}

function PartnerRequests({
  agency,
  agencies,
  onAgency,
}: {
  agency: string
  agencies: [string, string][]
  onAgency: (code: string) => void
}) {
  const uid = useId()
  const [page, setPage] = useState(0)
  const { data, error } = useLoad((s) => scanPartnerRequests(agency, s), [agency], '유관기관 요청을 불러오지 못했습니다.')
  useEffect(() => setPage(0), [agency])

  // grievance-service does not say which agency sent a grievance yet; when it does (partnerId), filter by it.
  const attributable = !!data?.items.some((g) => g.partnerId)
  const rows = data ? (agency && attributable ? data.items.filter((g) => g.partnerId === agency) : data.items) : []
  const shown = rows.slice(page * REQUESTS_PAGE_SIZE, (page + 1) * REQUESTS_PAGE_SIZE)
  const agencyName = (code?: string | null) => (code ? (agencies.find(([c]) => c === code)?.[1] ?? code) : '-')

  return (
    <>
      <div className="list-toolbar">
        <h2 id="requests-title" className="section-title">
          유관기관 접수 요청
        </h2>
        <div className="toolbar-right">
          <label htmlFor={`${uid}-agency`} className="toolbar-label">
            기관
          </label>
          <select
            id={`${uid}-agency`}
            className="krds-form-select small"
            value={agency}
            onChange={(e) => onAgency(e.target.value)}
          >
            <option value="">전체 기관</option>
            {agencies.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
            {agency && !agencies.some(([c]) => c === agency) && <option value={agency}>{agency}</option>}
          </select>
        </div>
      </div>
      {agency && data && !attributable && (
        <Alert tone="info" title="기관별 구분 없이 표시합니다.">
          기업애로 목록이 보낸 기관을 알려 주지 않아, 접수 경로가 유관기관인 요청을 모두 표시합니다.
        </Alert>
      )}
      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="유관기관 요청을 불러오는 중" />}
      {data && (
        <>
          <p className="list-total" role="status">
            {agency ? `${agencyName(agency)} ` : ''}요청 <strong>{rows.length}</strong>건
            {data.truncated && (
              <span className="muted"> (최근 접수 {data.scanned.toLocaleString('ko-KR')}건 중)</span>
            )}
          </p>
          {rows.length === 0 ? (
            <div className="krds-card empty-state">
              <p className="empty-title">유관기관이 보낸 요청이 없습니다.</p>
            </div>
          ) : (
            <div className="krds-table-wrap" tabIndex={0} role="region" aria-label="유관기관 접수 요청 표">
              <table className="tbl data" data-testid="partner-requests">
                <caption className="sr-only">유관기관이 Open311 API로 보낸 기업애로: 최근 접수순.</caption>
                <thead>
                  <tr>
                    <th scope="col">접수번호</th>
                    <th scope="col">제목</th>
                    {attributable && <th scope="col">기관</th>}
                    <th scope="col">기업</th>
                    <th scope="col">소관부서</th>
                    <th scope="col">상태</th>
                    <th scope="col">접수 일시</th>
                    <th scope="col">처리기한</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((g) => (
                    <tr key={g.id} className={g.overdue ? 'is-overdue' : undefined}>
                      <td className="cell-receipt" data-label="접수번호">
                        {g.receiptNumber}
                      </td>
                      <td className="cell-title" data-label="제목">
                        <Link to={`/grievances/${encodeURIComponent(String(g.id))}`}>{g.title}</Link>
                      </td>
                      {attributable && <td data-label="기관">{agencyName(g.partnerId)}</td>}
                      <td data-label="기업">{g.company?.name ?? '-'}</td>
                      <td data-label="소관부서">{g.departmentName ?? (g.departmentId || '미배정')}</td>
                      <td data-label="상태">
                        <StatusBadge status={g.status} />
                      </td>
                      <td className="cell-date" data-label="접수 일시">
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
            size={REQUESTS_PAGE_SIZE}
            total={rows.length}
            onPage={setPage}
            label="유관기관 요청 페이지 이동"
          />
        </>
      )}
    </>
  )
}
