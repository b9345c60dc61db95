import { formatDateTime, isoOrUndefined } from '../lib/datetime'
import { deadlineInfo } from '../lib/deadline'
import { statusMeta } from '../lib/labels'
import { Badge } from './ui'

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  const s = statusMeta(status)
  return (
    <span className={`krds-badge tone-${s.tone}`} data-testid={testId}>
      {s.label}
    </span>
  )
}

/** 처리기한 with how far it is: D-n, D-day, or a 기한 경과 badge. Closed cases show the date only. */
export function Deadline({
  dueAt,
  overdue,
  settled = false,
  now,
  testId,
}: {
  dueAt?: string
  overdue?: boolean
  /** Answered or closed: the deadline no longer runs. */
  settled?: boolean
  now?: Date
  testId?: string
}) {
  if (!dueAt) return <span>-</span>
  const info = settled && !overdue ? null : deadlineInfo(dueAt, overdue, now)
  return (
    <span className="deadline" data-testid={testId}>
      <time dateTime={isoOrUndefined(dueAt)}>{formatDateTime(dueAt)}</time>
      {info &&
        (info.overdue ? (
          <>
            <Badge tone="danger">기한 경과</Badge>
            {info.label !== '기한 경과' && <span className="deadline-count is-overdue">{info.label}</span>}
          </>
        ) : (
          <span className={`deadline-count${info.label === 'D-day' ? ' is-today' : ''}`}>{info.label}</span>
        ))}
      {info && <span className="sr-only">{info.description}</span>}
    </span>
  )
}

export const SETTLED_STATUSES = ['ANSWERED', 'CLOSED']
export const isSettled = (status: string) => SETTLED_STATUSES.includes(status)
