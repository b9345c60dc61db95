import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { api, ApiError, saveDownload } from '../../api/client'
import type { Department, Meeting, Participant, ParticipantContact, RaisedItem, User } from '../../api/types'
import { useAuth } from '../../auth/AuthContext'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { FormGroup, inputAria } from '../../components/form'
import { StatusBadge } from '../../components/grievance'
import { Alert, Badge, PageHeader, Spinner, usePageTitle } from '../../components/ui'
import { formatBusinessNumber } from '../../lib/businessNumber'
import { formatDate, formatDateTime, isoOrUndefined } from '../../lib/datetime'
import { answerResultMeta, hasRole, isStaff, municipalityName } from '../../lib/labels'
import {
  canOpenGrievance,
  formatMeetingTime,
  hasRoom,
  meetingStatusMeta,
  PARTICIPANT_TYPES,
  useMeetingDepartments,
  usePartnerAgencies,
} from '../../lib/meetings'
import { departmentNameOf, useDepartments } from '../../lib/refData'
import { useLoad } from '../../lib/useLoad'
import {
  AddParticipantPanel,
  AttendancePanel,
  CancelPanel,
  HoldPanel,
  MinutesPanel,
  RaiseItemPanel,
  type PanelDone,
} from './meetingPanels'
import { RegularBadge } from './MeetingsPage'

export function MeetingDetailPage() {
  const { id = '' } = useParams()
  const { user } = useAuth()
  const location = useLocation()
  const arrived = (location.state as { message?: string } | null)?.message ?? null
  const { data, error, setData, reload } = useLoad(
    (signal) => api.meeting(id, signal),
    [id],
    '회의를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  )

  const back = (
    <p className="back-link">
      <Link to="/meetings">회의·간담회 목록으로</Link>
    </p>
  )
  if (!data) {
    return (
      <>
        {back}
        {error ? (
          <>
            <PageHeader title="회의 상세" />
            <Alert tone="danger" title={error} />
          </>
        ) : (
          <Spinner label="회의를 불러오는 중" />
        )}
      </>
    )
  }
  return (
    <>
      {back}
      <MeetingView meeting={data} user={user} initialMessage={arrived} onUpdated={setData} onReload={reload} />
    </>
  )
}

function MeetingView({
  meeting: m,
  user,
  initialMessage,
  onUpdated,
  onReload,
}: {
  meeting: Meeting
  user: User | null
  initialMessage: string | null
  onUpdated: (m: Meeting) => void
  onReload: () => void
}) {
  usePageTitle(m.title)
  const staff = isStaff(user)
  const company = hasRole(user, 'COMPANY') && !staff
  const canManage = staff && !!m.permissions?.canManage
  const [message, setMessage] = useState<string | null>(initialMessage)
  const messageRef = useRef<HTMLDivElement>(null)
  const [icsError, setIcsError] = useState<string | null>(null)
  const { departments: grievanceDepartments } = useDepartments(staff)
  const status = meetingStatusMeta(m.status)

  useEffect(() => {
    if (message) messageRef.current?.focus()
  }, [message])

  const done: PanelDone = (text, updated) => {
    if (updated) onUpdated(updated)
    else onReload()
    setMessage(text)
  }

  async function downloadIcs() {
    setIcsError(null)
    try {
      saveDownload(await api.meetingCalendar(m.id))
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setIcsError(e instanceof ApiError ? e.message : '일정을 내려받지 못했습니다.')
    }
  }

  return (
    <article className="meeting-detail" aria-labelledby="meeting-title">
      <header className="detail-header krds-card">
        <div className="detail-badges">
          <span className={`krds-badge tone-${status.tone}`} data-testid="meeting-status">
            {m.statusName ?? status.label}
          </span>
          <span className="kind-tag">{m.kindName ?? m.kind}</span>
          <RegularBadge regular={m.regular} />
          {m.publicMeeting && <Badge tone="information">공개</Badge>}
        </div>
        <h1 id="meeting-title" className="page-title">
          {m.title}
        </h1>
        <dl className="detail-meta">
          <div>
            <dt>일시</dt>
            <dd data-testid="meeting-time">
              <time dateTime={isoOrUndefined(m.startsAt)}>{formatMeetingTime(m.startsAt, m.endsAt)}</time>
            </dd>
          </div>
          <div>
            <dt>장소</dt>
            <dd>
              {m.municipalityName ?? municipalityName(m.municipality)}
              {m.venue && ` · ${m.venue}`}
            </dd>
          </div>
          <div>
            <dt>주관</dt>
            <dd>
              {m.hostOrganizationName ?? municipalityName(m.hostOrganization)}
              {m.hostDepartmentName && ` · ${m.hostDepartmentName}`}
            </dd>
          </div>
          <div>
            <dt>참가 신청</dt>
            <dd data-testid="registrations">
              {m.publicMeeting ? (
                <>
                  {m.registrationCount}개 기업 신청
                  {m.capacity != null ? (
                    <>
                      {' '}
                      / 정원 {m.capacity}개 기업 (남은 자리 {m.remainingPlaces ?? Math.max(0, m.capacity - m.registrationCount)})
                    </>
                  ) : (
                    ' (정원 없음)'
                  )}
                </>
              ) : (
                '받지 않음 (초청 회의)'
              )}
            </dd>
          </div>
          {m.heldAt && (
            <div>
              <dt>개최 기록</dt>
              <dd>{formatDateTime(m.heldAt)}</dd>
            </div>
          )}
        </dl>
        <p className="header-actions">
          <button type="button" className="krds-btn secondary small" onClick={downloadIcs}>
            일정 내려받기 (.ics)
          </button>
        </p>
        {icsError && <Alert tone="danger" title={icsError} />}
      </header>

      {m.status === 'CANCELLED' && (
        <Alert tone="warning" title="취소된 회의입니다.">
          {m.cancelReason && <p className="pre">취소 사유: {m.cancelReason}</p>}
        </Alert>
      )}

      <div ref={messageRef} tabIndex={-1} className="summary-anchor" data-testid="action-message">
        {message && <Alert tone="success" title={message} />}
      </div>

      {canManage && <MeetingActions meeting={m} onDone={done} />}
      {company && <RegistrationBox meeting={m} onDone={done} />}

      <section className="krds-card detail-section" aria-labelledby="agenda-title">
        <h2 id="agenda-title" className="section-title">
          안건
        </h2>
        {m.agenda ? <div className="content-text">{m.agenda}</div> : <p className="muted">등록된 안건이 없습니다.</p>}
      </section>

      {m.status === 'HELD' && (
        <section className="krds-card detail-section" aria-labelledby="minutes-title" data-testid="minutes-section">
          <h2 id="minutes-title" className="section-title">
            회의록
          </h2>
          {m.minutes ? (
            <>
              <div className="content-text" data-testid="minutes-text">
                {m.minutes}
              </div>
              {m.outcomes && (
                <div className="sub-block">
                  <h3 className="sub-title">결과·후속조치</h3>
                  <p className="pre">{m.outcomes}</p>
                </div>
              )}
              {(m.minutesRecordedAt || m.minutesRecordedBy) && (
                <p className="help-text">
                  {m.minutesRecordedBy && `기록: ${m.minutesRecordedBy}`}
                  {m.minutesRecordedAt && ` · ${formatDateTime(m.minutesRecordedAt)}`}
                </p>
              )}
            </>
          ) : (
            <p className="muted">아직 회의록이 기록되지 않았습니다.</p>
          )}
        </section>
      )}

      <Participants meeting={m} canManage={canManage} onDone={done} />

      <RaisedItems meeting={m} user={user} departments={grievanceDepartments} />
    </article>
  )
}

type MeetingAction = 'HOLD' | 'ADD_PARTICIPANT' | 'RAISE_ITEM' | 'MINUTES' | 'ATTENDANCE' | 'CANCEL'

const ACTION_LABELS: Record<MeetingAction | 'CONFIRM', string> = {
  CONFIRM: '회의 확정',
  HOLD: '개최 기록',
  RAISE_ITEM: '건의·질의사항 추가',
  MINUTES: '회의록 기록',
  ATTENDANCE: '출석 정정',
  ADD_PARTICIPANT: '참석자 추가',
  CANCEL: '회의 취소',
}

function actionsFor(m: Meeting): (MeetingAction | 'CONFIRM')[] {
  switch (m.status) {
    case 'PLANNED':
      return ['CONFIRM', 'ADD_PARTICIPANT', 'CANCEL']
    case 'CONFIRMED':
      return ['HOLD', 'ADD_PARTICIPANT', 'CANCEL']
    case 'HELD':
      return ['RAISE_ITEM', 'MINUTES', 'ATTENDANCE', 'ADD_PARTICIPANT']
    default:
      return []
  }
}

function MeetingActions({ meeting, onDone }: { meeting: Meeting; onDone: PanelDone }) {
  const [open, setOpen] = useState<MeetingAction | null>(null)
  const [confirmBusy, setConfirmBusy] = useState(false)
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const { departments } = useMeetingDepartments(open === 'ADD_PARTICIPANT')
  const { agencies } = usePartnerAgencies(open === 'ADD_PARTICIPANT')
  const actions = actionsFor(meeting)

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [open])

  if (actions.length === 0) return null

  async function confirm() {
    setConfirmBusy(true)
    setConfirmError(null)
    try {
      onDone('회의를 확정했습니다. 회의일 당일부터 개최로 기록할 수 있습니다.', await api.confirmMeeting(meeting.id))
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setConfirmError(e instanceof ApiError ? e.message : '확정하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setConfirmBusy(false)
    }
  }

  const finished: PanelDone = (text, updated) => {
    setOpen(null)
    onDone(text, updated)
  }
  const props = { meeting, onDone: finished, onCancel: () => setOpen(null) }
  const panelId = 'meeting-action-panel'

  return (
    <section className="krds-card detail-section actions-section" aria-labelledby="meeting-actions-title">
      <h2 id="meeting-actions-title" className="section-title">
        회의 관리
      </h2>
      <div className="action-bar" role="group" aria-label="회의 관리 작업">
        {actions.map((a) =>
          a === 'CONFIRM' ? (
            <button
              key={a}
              type="button"
              className="krds-btn primary medium"
              onClick={confirm}
              disabled={confirmBusy}
              aria-busy={confirmBusy}
            >
              {confirmBusy ? '확정 중…' : ACTION_LABELS[a]}
            </button>
          ) : (
            <button
              key={a}
              type="button"
              className={`krds-btn ${open === a ? 'primary' : 'secondary'} medium`}
              aria-expanded={open === a}
              aria-controls={open === a ? panelId : undefined}
              onClick={() => {
                setConfirmError(null)
                setOpen((o) => (o === a ? null : a))
              }}
            >
              {ACTION_LABELS[a]}
            </button>
          ),
        )}
      </div>
      {confirmError && <Alert tone="danger" title={confirmError} />}
      {open && (
        <div id={panelId} ref={panelRef} className="action-panel-wrap">
          {open === 'HOLD' && <HoldPanel {...props} />}
          {open === 'CANCEL' && <CancelPanel {...props} />}
          {open === 'MINUTES' && <MinutesPanel {...props} />}
          {open === 'ATTENDANCE' && <AttendancePanel {...props} />}
          {open === 'RAISE_ITEM' && <RaiseItemPanel {...props} />}
          {open === 'ADD_PARTICIPANT' && <AddParticipantPanel {...props} departments={departments} agencies={agencies} />}
        </div>
      )}
    </section>
  )
}

/** A company's own part: register for a public meeting with a place left, or withdraw its registration. */
function RegistrationBox({ meeting: m, onDone }: { meeting: Meeting; onDone: PanelDone }) {
  const [dialog, setDialog] = useState<'register' | 'withdraw' | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [contact, setContact] = useState<ParticipantContact>({ name: '', phone: '', email: '' })
  const open = m.status === 'PLANNED' || m.status === 'CONFIRMED'

  async function act(call: () => Promise<void>, text: string) {
    setBusy(true)
    setError(null)
    try {
      await call()
      setDialog(null)
      onDone(text)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setError(e instanceof ApiError ? e.message : '처리하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  const register = () =>
    act(async () => {
      const c = Object.fromEntries(
        Object.entries(contact).filter(([, v]) => typeof v === 'string' && v.trim()).map(([k, v]) => [k, String(v).trim()]),
      )
      await api.register(m.id, Object.keys(c).length > 0 ? c : undefined)
    }, '참가 신청을 마쳤습니다.')

  const withdraw = () =>
    act(async () => {
      // A company sees only its own registration.
      const mine = await api.registrations(m.id)
      if (mine.length === 0) throw new ApiError(404, '참가 신청 내역을 찾을 수 없습니다.')
      await api.withdrawRegistration(m.id, mine[0].id)
    }, '참가 신청을 취소했습니다.')

  let body: ReactNode
  if (m.myParticipation === 'REGISTERED') {
    body = (
      <>
        <p>
          <Badge tone="success">신청함</Badge> 이 회의에 참가 신청했습니다.
        </p>
        {open && (
          <button
            type="button"
            className="krds-btn tertiary medium"
            onClick={() => {
              setError(null)
              setDialog('withdraw')
            }}
          >
            참가 신청 취소
          </button>
        )}
      </>
    )
  } else if (m.myParticipation === 'INVITED') {
    body = (
      <p>
        <Badge tone="primary">초청</Badge> 우리 기업이 초청받은 회의입니다.
      </p>
    )
  } else if (!m.publicMeeting) {
    return null
  } else if (m.permissions?.canRegister && hasRoom(m)) {
    body = (
      <>
        <p>
          참가 신청을 받는 공개 회의입니다.
          {m.remainingPlaces != null && ` 남은 자리: ${m.remainingPlaces}개 기업`}
        </p>
        <button
          type="button"
          className="krds-btn primary medium"
          onClick={() => {
            setError(null)
            setDialog('register')
          }}
        >
          참가 신청
        </button>
      </>
    )
  } else {
    body = <p className="muted">{hasRoom(m) ? '참가 신청이 마감되었습니다.' : '정원이 모두 찼습니다.'}</p>
  }

  return (
    <section className="krds-card detail-section" aria-labelledby="registration-title" data-testid="registration-box">
      <h2 id="registration-title" className="section-title">
        참가 신청
      </h2>
      {body}
      {error && !dialog && <Alert tone="danger" title={error} />}
      {dialog === 'register' && (
        <Dialog
          title="참가 신청"
          onClose={() => setDialog(null)}
          footer={
            <>
              <button type="button" className="krds-btn tertiary medium" onClick={() => setDialog(null)}>
                취소
              </button>
              <button type="button" className="krds-btn primary medium" onClick={register} disabled={busy} aria-busy={busy}>
                {busy ? '신청 중…' : '신청하기'}
              </button>
            </>
          }
        >
          {error && <Alert tone="danger" title={error} />}
          <p className="confirm-text">
            {m.title} ({formatMeetingTime(m.startsAt, m.endsAt)})에 참가 신청합니다. 연락받을 담당자를 적어 주시면 주관
            부서가 안내드립니다. (선택)
          </p>
          <div className="form-grid">
            {(
              [
                ['name', '담당자 이름', 'name', 'text'],
                ['phone', '전화번호', 'tel', 'tel'],
                ['email', '이메일', 'email', 'email'],
              ] as const
            ).map(([k, label, auto, type]) => (
              <FormGroup key={k} id={`reg-${k}`} label={label}>
                <input
                  {...inputAria(`reg-${k}`)}
                  className="krds-input"
                  type={type}
                  autoComplete={auto}
                  value={contact[k] ?? ''}
                  onChange={(e) => setContact((c) => ({ ...c, [k]: e.target.value }))}
                />
              </FormGroup>
            ))}
          </div>
        </Dialog>
      )}
      {dialog === 'withdraw' && (
        <ConfirmDialog
          title="참가 신청 취소"
          confirmLabel="신청 취소하기"
          busy={busy}
          error={error}
          onConfirm={withdraw}
          onClose={() => setDialog(null)}
        >
          <p>{m.title}의 참가 신청을 취소합니다. 정원이 있는 회의는 다시 신청하지 못할 수 있습니다.</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

function Participants({ meeting: m, canManage, onDone }: { meeting: Meeting; canManage: boolean; onDone: PanelDone }) {
  const participants = m.participants ?? []
  const held = m.status === 'HELD'
  const removable = canManage && (m.status === 'PLANNED' || m.status === 'CONFIRMED')
  const [removing, setRemoving] = useState<Participant | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function remove() {
    if (!removing) return
    setBusy(true)
    setError(null)
    try {
      await api.removeParticipant(m.id, removing.id)
      const name = removing.name
      setRemoving(null)
      onDone(`${name}을(를) 참석자에서 삭제했습니다.`)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return
      setError(e instanceof ApiError ? e.message : '삭제하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="krds-card detail-section" aria-labelledby="participants-title" data-testid="participants">
      <h2 id="participants-title" className="section-title">
        참석자
      </h2>
      <ul className="count-chips" aria-label="유형별 참석자 수">
        {PARTICIPANT_TYPES.map((t) => {
          const count = m.participantCounts?.[t.value] ?? participants.filter((p) => p.type === t.value).length
          const attended = m.attendedCounts?.[t.value] ?? participants.filter((p) => p.type === t.value && p.attended).length
          return (
            <li key={t.value} className="count-chip" data-testid={`count-${t.value}`}>
              <span className="count-label">{t.label}</span> <strong>{count}</strong>
              {t.unit}
              {held && <span className="count-sub"> (참석 {attended})</span>}
            </li>
          )
        })}
      </ul>
      {PARTICIPANT_TYPES.map((t) => {
        const list = participants.filter((p) => p.type === t.value)
        return (
          <div className="sub-block" key={t.value}>
            <h3 className="sub-title">
              {t.label} <span className="muted">({list.length})</span>
            </h3>
            {list.length === 0 ? (
              <p className="muted">없음</p>
            ) : (
              <ul className="participant-list">
                {list.map((p) => (
                  <li key={p.id} className="participant" data-testid={`participant-${p.id}`}>
                    <span className="participant-name">{p.name}</span>
                    {p.type === 'COMPANY' && (
                      <span className="muted">
                        {' '}
                        {formatBusinessNumber(p.businessNumber)}
                        {p.municipalityName && ` · ${p.municipalityName}`}
                        {p.companySizeName && ` · ${p.companySizeName}`}
                      </span>
                    )}{' '}
                    {p.origin === 'REGISTERED' && <Badge tone="information">참가 신청</Badge>}{' '}
                    {held &&
                      (p.attended === false ? (
                        <Badge tone="gray">불참</Badge>
                      ) : p.attended ? (
                        <Badge tone="success">참석</Badge>
                      ) : null)}
                    {p.contact && (p.contact.name || p.contact.phone || p.contact.email) && (
                      <span className="cell-sub masked" title="개인정보 보호를 위해 일부를 가려 표시합니다.">
                        {' '}
                        {[p.contact.name, p.contact.phone, p.contact.email].filter(Boolean).join(' · ')}
                      </span>
                    )}
                    {removable && (
                      <button
                        type="button"
                        className="krds-btn text small"
                        aria-label={`${p.name} 참석자 삭제`}
                        onClick={() => {
                          setError(null)
                          setRemoving(p)
                        }}
                      >
                        삭제
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
      {removing && (
        <ConfirmDialog
          title="참석자 삭제"
          confirmLabel="삭제하기"
          busy={busy}
          error={error}
          onConfirm={remove}
          onClose={() => setRemoving(null)}
        >
          <p>{removing.name}을(를) 이 회의의 참석자에서 삭제합니다.</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

function RaisedItems({
  meeting: m,
  user,
  departments,
}: {
  meeting: Meeting
  user: User | null
  departments: Department[] | null
}) {
  const items = m.raisedItems ?? []
  const company = hasRole(user, 'COMPANY') && !isStaff(user)
  return (
    <section className="krds-card detail-section" aria-labelledby="raised-title" data-testid="raised-items">
      <h2 id="raised-title" className="section-title">
        건의·질의사항 <span className="muted">({items.length})</span>
      </h2>
      {company && items.length > 0 && <p className="form-hint">우리 기업이 제기한 사항만 표시합니다.</p>}
      {items.length === 0 ? (
        <p className="muted">
          {m.status === 'HELD' ? '기록된 건의·질의사항이 없습니다.' : '회의가 개최된 뒤에 기록합니다.'}
        </p>
      ) : (
        <ol className="raised-list">
          {items.map((item) => (
            <RaisedItemCard key={item.id} item={item} user={user} departments={departments} />
          ))}
        </ol>
      )}
    </section>
  )
}

function RaisedItemCard({ item, user, departments }: { item: RaisedItem; user: User | null; departments: Department[] | null }) {
  const p = item.progress
  const answer = p?.answerResult ? answerResultMeta(p.answerResult) : null
  const link = canOpenGrievance(user, item)
  return (
    <li className="raised-item" data-testid={`raised-item-${item.id}`}>
      <div className="raised-head">
        <span className="kind-tag">{item.kindName ?? item.kind}</span>
        <span className="kind-tag">{item.categoryName ?? item.category}</span>
        <h3 className="raised-title">{item.title}</h3>
      </div>
      <p className="muted">
        {item.companyName} ({formatBusinessNumber(item.businessNumber)})
        {item.companyMunicipalityName && ` · ${item.companyMunicipalityName}`} · 제기{' '}
        <time dateTime={isoOrUndefined(item.raisedAt)}>{formatDateTime(item.raisedAt)}</time>
      </p>
      <p className="pre raised-content">{item.content}</p>
      <dl className="info-list raised-progress">
        <div>
          <dt>접수번호</dt>
          <dd data-testid="raised-receipt">
            {p?.receiptNumber ? (
              link ? (
                <Link to={`/grievances/${encodeURIComponent(String(p.grievanceId))}`}>{p.receiptNumber}</Link>
              ) : (
                p.receiptNumber
              )
            ) : (
              <span className="muted">접수 대기</span>
            )}
          </dd>
        </div>
        <div>
          <dt>처리 상태</dt>
          <dd>
            {p?.status ? (
              <StatusBadge status={p.status} testId="raised-status" />
            ) : (
              <span className="krds-badge tone-gray" data-testid="raised-status">
                {p?.statusName ?? '접수 대기'}
              </span>
            )}
            {p?.overdue && (
              <>
                {' '}
                <Badge tone="danger">기한 경과</Badge>
              </>
            )}
          </dd>
        </div>
        {p?.responsibleDepartmentId && (
          <div>
            <dt>소관부서</dt>
            <dd>{departmentNameOf(departments, p.responsibleDepartmentId)}</dd>
          </div>
        )}
        {p?.dueAt && (
          <div>
            <dt>처리기한</dt>
            <dd>{formatDate(p.dueAt)}</dd>
          </div>
        )}
      </dl>
      {answer && (
        <div className="answer-block raised-answer" data-testid="raised-answer">
          <p className="answer-result">
            답변{' '}
            <span className={`krds-badge tone-${answer.tone}`} data-testid="raised-answer-result">
              {p?.answerResultName ?? answer.label}
            </span>
            {p?.answeredAt && (
              <time className="muted" dateTime={isoOrUndefined(p.answeredAt)}>
                {' '}
                {formatDateTime(p.answeredAt)}
              </time>
            )}
          </p>
          {p?.answerSummary && (
            <p className="pre" data-testid="raised-answer-text">
              {p.answerSummary}
            </p>
          )}
        </div>
      )}
    </li>
  )
}
