import { useEffect, useRef, useState } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { api } from '../api/client'
import type { Department, GrievanceAction, GrievanceDetail } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { Deadline, isSettled, StatusBadge } from '../components/grievance'
import { Alert, Badge, PageHeader, Spinner, usePageTitle } from '../components/ui'
import { formatBusinessNumber } from '../lib/businessNumber'
import { formatDate, formatDateTime, isoOrUndefined } from '../lib/datetime'
import {
  ACTION_LABELS,
  answerResultMeta,
  CHANNEL_LABELS,
  isStaff,
  KIND_LABELS,
  municipalityName,
  timelineActionLabel,
} from '../lib/labels'
import { categoryNameOf, departmentNameOf, useCategories, useDepartments } from '../lib/refData'
import { useLoad } from '../lib/useLoad'
import {
  AnswerPanel,
  AssignPanel,
  ClosePanel,
  ContributePanel,
  ExtendPanel,
  RatingForm,
  ReopenPanel,
  SCORE_LABELS,
  StartButton,
  TransferPanel,
} from './grievanceActions'

/** The buttons the actions bar may show, in this order; RATE is a form of its own under the answer. */
const BAR_ACTIONS: GrievanceAction[] = ['ASSIGN', 'START', 'TRANSFER', 'EXTEND', 'CONTRIBUTE', 'ANSWER', 'CLOSE', 'REOPEN']

export function GrievanceDetailPage() {
  const { id = '' } = useParams()
  const { user } = useAuth()
  const staff = isStaff(user)
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from
  const backTo = from && from.startsWith('/grievances') ? from : '/grievances'
  const { categories } = useCategories()
  const { data, error, setData } = useLoad(
    (signal) => api.grievance(id, signal),
    [id],
    '기업애로를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  )
  // Staff pick departments; a company needs their names only to read where its case was transferred.
  const { departments } = useDepartments(staff || !!data?.transfer?.toDepartmentId)

  const back = (
    <p className="back-link">
      <Link to={backTo}>{staff ? '기업애로 처리함으로' : '내 기업애로 목록으로'}</Link>
    </p>
  )

  if (!data) {
    return (
      <>
        {back}
        {error ? (
          <>
            <PageHeader title="기업애로 상세" />
            <Alert tone="danger" title={error} />
          </>
        ) : (
          <Spinner label="기업애로를 불러오는 중" />
        )}
      </>
    )
  }

  return (
    <>
      {back}
      <Detail
        detail={data}
        staff={staff}
        categoryName={data.categoryName ?? categoryNameOf(categories, data.category)}
        departments={departments}
        onUpdated={setData}
      />
    </>
  )
}

function Detail({
  detail: g,
  staff,
  categoryName,
  departments,
  onUpdated,
}: {
  detail: GrievanceDetail
  staff: boolean
  categoryName: string
  departments: Department[] | null
  onUpdated: (d: GrievanceDetail) => void
}) {
  usePageTitle(`${g.title} (${g.receiptNumber})`)
  const allowed = g.allowedActions ?? []
  const [message, setMessage] = useState<string | null>(null)
  const messageRef = useRef<HTMLDivElement>(null)

  function done(updated: GrievanceDetail, text: string) {
    onUpdated(updated)
    setMessage(text)
  }

  useEffect(() => {
    if (message) messageRef.current?.focus()
  }, [message])

  const actionsBar = BAR_ACTIONS.some((a) => allowed.includes(a)) ? (
    <ActionsBar detail={g} staff={staff} allowed={allowed} departments={departments} onDone={done} />
  ) : null

  const answer = g.answer
  const answerMeta = answer ? answerResultMeta(answer.result) : null

  return (
    <article className="grievance-detail" aria-labelledby="grievance-title">
      <header className="detail-header krds-card">
        <p className="detail-receipt">
          <span className="detail-receipt-label">접수번호</span>{' '}
          <strong data-testid="detail-receipt-number">{g.receiptNumber}</strong>
        </p>
        <h1 id="grievance-title" className="page-title">
          {g.title}
        </h1>
        <div className="detail-badges">
          <StatusBadge status={g.status} testId="grievance-status" />
          <span className="kind-tag">{KIND_LABELS[g.kind] ?? g.kindName ?? g.kind}</span>
          <span className="kind-tag">{categoryName}</span>
          {g.possibleDuplicate && <Badge tone="warning">중복 의심</Badge>}
          {g.possibleDuplicate && g.possibleDuplicateOf && (
            <Link to={`/grievances/${encodeURIComponent(g.possibleDuplicateOf)}`} className="dup-link">
              앞서 접수된 비슷한 기업애로 보기
            </Link>
          )}
        </div>
        <dl className="detail-meta">
          <div>
            <dt>처리기한</dt>
            <dd>
              <Deadline dueAt={g.dueAt} overdue={g.overdue} settled={isSettled(g.status)} testId="deadline" />
            </dd>
          </div>
          <div>
            <dt>접수 일시</dt>
            <dd>
              <time dateTime={isoOrUndefined(g.receivedAt)}>{formatDateTime(g.receivedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>접수 경로</dt>
            <dd>{g.channelName ?? (g.channel ? CHANNEL_LABELS[g.channel] : '-')}</dd>
          </div>
          <div>
            <dt>소관부서</dt>
            <dd data-testid="department">{g.departmentName ?? (g.departmentId ? departmentNameOf(departments, g.departmentId) : '미배정')}</dd>
          </div>
          {g.progressNoticeDueAt && (
            <div>
              <dt>중간통보 기한</dt>
              <dd>{formatDate(g.progressNoticeDueAt)}</dd>
            </div>
          )}
        </dl>
      </header>

      <div ref={messageRef} tabIndex={-1} className="summary-anchor" data-testid="action-message">
        {message && <Alert tone="success" title={message} />}
      </div>

      {/* Staff work on the case first; a company reads the answer before it may ask to reopen. */}
      {staff && actionsBar}

      <section className="krds-card detail-section" aria-labelledby="content-title">
        <h2 id="content-title" className="section-title">
          기업애로 내용
        </h2>
        <div className="content-text" data-testid="grievance-content">
          {g.content}
        </div>
      </section>

      <div className="detail-columns">
        <section className="krds-card detail-section" aria-labelledby="company-title">
          <h2 id="company-title" className="section-title">
            기업 정보
          </h2>
          <dl className="info-list">
            <div>
              <dt>기업명</dt>
              <dd>{g.company?.name ?? '-'}</dd>
            </div>
            <div>
              <dt>사업자등록번호</dt>
              <dd>{formatBusinessNumber(g.company?.businessNumber)}</dd>
            </div>
            <div>
              <dt>소재 시군</dt>
              <dd>{g.municipalityName ?? municipalityName(g.municipality)}</dd>
            </div>
          </dl>
        </section>
        <section className="krds-card detail-section" aria-labelledby="contact-title">
          <h2 id="contact-title" className="section-title">
            담당자 연락처
          </h2>
          {g.contact && (g.contact.name || g.contact.phone || g.contact.email) ? (
            <dl className="info-list" data-testid="contact">
              <div>
                <dt>이름</dt>
                <dd>{g.contact.name || '-'}</dd>
              </div>
              <div>
                <dt>전화번호</dt>
                <dd>{g.contact.phone || '-'}</dd>
              </div>
              <div>
                <dt>이메일</dt>
                <dd>{g.contact.email || '-'}</dd>
              </div>
            </dl>
          ) : (
            <p className="muted">등록된 연락처가 없습니다.</p>
          )}
        </section>
      </div>

      {(staff || (g.cooperatingDepartments?.length ?? 0) > 0 || g.transfer || (g.extensions?.length ?? 0) > 0) && (
        <section className="krds-card detail-section" aria-labelledby="handling-title">
          <h2 id="handling-title" className="section-title">
            처리 현황
          </h2>
          {g.transfer && (
            <div className="sub-block" data-testid="transfer">
              <h3 className="sub-title">이송</h3>
              <dl className="info-list">
                <div>
                  <dt>이송 대상</dt>
                  <dd>
                    {g.transfer.toAgency ??
                      (g.transfer.toDepartmentId ? departmentNameOf(departments, g.transfer.toDepartmentId) : '-')}
                  </dd>
                </div>
                <div>
                  <dt>이송 사유</dt>
                  <dd className="pre">{g.transfer.reason}</dd>
                </div>
                {g.transfer.at && (
                  <div>
                    <dt>이송 일시</dt>
                    <dd>{formatDateTime(g.transfer.at)}</dd>
                  </div>
                )}
              </dl>
            </div>
          )}
          <div className="sub-block">
            <h3 className="sub-title">협조부서</h3>
            {(g.cooperatingDepartments?.length ?? 0) === 0 ? (
              <p className="muted">지정된 협조부서가 없습니다.</p>
            ) : (
              <ul className="coop-list" data-testid="cooperating">
                {g.cooperatingDepartments!.map((d) => (
                  <li key={d.id} className="coop-item">
                    <p className="coop-head">
                      <strong>{d.name}</strong>{' '}
                      {d.contribution ? (
                        <Badge tone="success">의견 등록</Badge>
                      ) : (
                        <Badge tone="gray">의견 대기</Badge>
                      )}
                      {d.contributedAt && (
                        <time className="muted" dateTime={isoOrUndefined(d.contributedAt)}>
                          {' '}
                          {formatDateTime(d.contributedAt)}
                        </time>
                      )}
                    </p>
                    {d.contribution && <p className="pre">{d.contribution}</p>}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="sub-block">
            <h3 className="sub-title">처리기한 연장</h3>
            {(g.extensions?.length ?? 0) === 0 ? (
              <p className="muted">연장 내역이 없습니다.</p>
            ) : (
              <div className="krds-table-wrap">
                <table className="tbl compact" data-testid="extensions">
                  <caption className="sr-only">처리기한 연장 내역</caption>
                  <thead>
                    <tr>
                      <th scope="col">차수</th>
                      <th scope="col">기존 기한</th>
                      <th scope="col">연장 기한</th>
                      <th scope="col">사유</th>
                      <th scope="col">기업 동의</th>
                      <th scope="col">연장 일시</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.extensions!.map((x, i) => (
                      <tr key={i}>
                        <td>{i + 1}차</td>
                        <td>{formatDate(x.previousDueAt)}</td>
                        <td>{formatDate(x.newDueAt)}</td>
                        <td className="cell-title">{x.reason}</td>
                        <td>{x.companyConsent ? '동의' : '-'}</td>
                        <td className="cell-date">{formatDateTime(x.at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </section>
      )}

      <section className="krds-card detail-section" aria-labelledby="answer-title">
        <h2 id="answer-title" className="section-title">
          답변
        </h2>
        {answer && answerMeta ? (
          <div className="answer-block" data-testid="answer-block">
            <p className="answer-result">
              처리 결과{' '}
              <span className={`krds-badge tone-${answerMeta.tone}`} data-testid="answer-result">
                {answer.resultName ?? answerMeta.label}
              </span>
            </p>
            <div className="content-text" data-testid="answer-text">
              {answer.text}
            </div>
            <dl className="info-list">
              <div>
                <dt>답변 공무원</dt>
                <dd data-testid="answer-official">{answer.officialName}</dd>
              </div>
              <div>
                <dt>답변 부서</dt>
                <dd>{answer.departmentName ?? g.departmentName ?? '-'}</dd>
              </div>
              <div>
                <dt>답변 일시</dt>
                <dd>
                  <time dateTime={isoOrUndefined(answer.answeredAt)}>{formatDateTime(answer.answeredAt)}</time>
                </dd>
              </div>
            </dl>
            {(answer.result === 'NOT_ACCEPTED' || answer.rejectionReason || answer.appealGuide) && (
              <div className="rejection-box" data-testid="rejection">
                <h3 className="sub-title">불수용 사유</h3>
                <p className="pre">{answer.rejectionReason ?? '-'}</p>
                <h3 className="sub-title">이의신청 안내</h3>
                <p className="pre">{answer.appealGuide ?? '-'}</p>
              </div>
            )}
          </div>
        ) : (
          <p className="muted">
            아직 답변이 등록되지 않았습니다.
            {g.dueAt && !isSettled(g.status) && <> 처리기한({formatDate(g.dueAt)}) 안에 답변해 드립니다.</>}
          </p>
        )}

        {g.rating && (
          <div className="rating-block" data-testid="rating-block">
            <h3 className="sub-title">만족도 평가</h3>
            <p>
              <span className="stars" aria-hidden="true">
                {'★'.repeat(g.rating.score)}
                {'☆'.repeat(Math.max(0, 5 - g.rating.score))}
              </span>{' '}
              <strong>
                {g.rating.score}점 ({SCORE_LABELS[g.rating.score] ?? ''})
              </strong>{' '}
              <time className="muted" dateTime={isoOrUndefined(g.rating.ratedAt)}>
                {formatDateTime(g.rating.ratedAt)}
              </time>
            </p>
            {g.rating.comment && <p className="pre">{g.rating.comment}</p>}
          </div>
        )}

        {allowed.includes('RATE') && <RatingForm detail={g} onDone={done} />}
      </section>

      {!staff && actionsBar}

      <section className="krds-card detail-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="section-title">
          처리 이력
        </h2>
        {(g.timeline?.length ?? 0) === 0 ? (
          <p className="muted">처리 이력이 없습니다.</p>
        ) : (
          <ol className="timeline" data-testid="timeline">
            {g.timeline!.map((t, i) => (
              <li key={i} className="timeline-item">
                <time className="timeline-time" dateTime={isoOrUndefined(t.at)}>
                  {formatDateTime(t.at)}
                </time>
                <div className="timeline-body">
                  <p className="timeline-head">
                    <strong>{timelineActionLabel(t.action)}</strong> <StatusBadge status={t.status} />
                    <span className="timeline-actor">{t.actor}</span>
                  </p>
                  {t.note && <p className="timeline-note pre">{t.note}</p>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  )
}

function ActionsBar({
  detail,
  staff,
  allowed,
  departments,
  onDone,
}: {
  detail: GrievanceDetail
  staff: boolean
  allowed: GrievanceAction[]
  departments: Department[] | null
  onDone: (d: GrievanceDetail, message: string) => void
}) {
  const [open, setOpen] = useState<GrievanceAction | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const actions = BAR_ACTIONS.filter((a) => allowed.includes(a))
  const panelId = 'action-panel'
  const panelRef = useRef<HTMLDivElement>(null)

  // An opened panel takes the focus to its first field.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [open])

  function finished(d: GrievanceDetail, message: string) {
    setOpen(null)
    setStartError(null)
    onDone(d, message)
  }

  const cancel = () => setOpen(null)
  const props = { detail, onDone: finished, onCancel: cancel }

  return (
    <section className="krds-card detail-section actions-section" aria-labelledby="actions-title">
      <h2 id="actions-title" className="section-title">
        {staff ? '처리' : '추가 요청'}
      </h2>
      <div className="action-bar" role="group" aria-label={staff ? '처리 작업' : '요청 작업'}>
        {actions.map((a) =>
          a === 'START' ? (
            <StartButton
              key={a}
              detail={detail}
              onDone={finished}
              onError={(m) => {
                setOpen(null)
                setStartError(m)
              }}
            />
          ) : (
            <button
              key={a}
              type="button"
              className={`krds-btn ${open === a ? 'primary' : 'secondary'} medium`}
              aria-expanded={open === a}
              aria-controls={open === a ? panelId : undefined}
              onClick={() => {
                setStartError(null)
                setOpen((o) => (o === a ? null : a))
              }}
            >
              {a === 'REOPEN' && staff ? '재개' : ACTION_LABELS[a]}
            </button>
          ),
        )}
      </div>
      {startError && <Alert tone="danger" title={startError} />}
      {open && (
        <div id={panelId} ref={panelRef} className="action-panel-wrap">
          {open === 'ASSIGN' && <AssignPanel {...props} departments={departments} />}
          {open === 'TRANSFER' && <TransferPanel {...props} departments={departments} />}
          {open === 'EXTEND' && <ExtendPanel {...props} />}
          {open === 'CONTRIBUTE' && <ContributePanel {...props} />}
          {open === 'ANSWER' && <AnswerPanel {...props} />}
          {open === 'CLOSE' && <ClosePanel {...props} />}
          {open === 'REOPEN' && <ReopenPanel {...props} company={!staff} />}
        </div>
      )}
    </section>
  )
}
