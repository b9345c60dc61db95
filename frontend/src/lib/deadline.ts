import { formatDate } from './datetime'

export interface DeadlineInfo {
  /** D-3, D-day, 경과 2일, 기한 경과 */
  label: string
  overdue: boolean
  /** Spoken form for assistive technology. */
  description: string
}

function dayNumber(seoulDate: string): number {
  const [y, m, d] = seoulDate.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/**
 * How far the deadline is, counted in calendar days in Asia/Seoul. A deadline that has passed is overdue
 * even before the server's scheduled check has flagged it, and a server flag is believed as it is.
 */
export function deadlineInfo(
  dueAt: string | null | undefined,
  serverOverdue = false,
  now: Date = new Date(),
): DeadlineInfo | null {
  if (!dueAt) return null
  const due = new Date(dueAt)
  if (Number.isNaN(due.getTime())) return null
  const days = dayNumber(formatDate(due)) - dayNumber(formatDate(now))
  const overdue = serverOverdue || due.getTime() < now.getTime()
  if (overdue) {
    if (days < 0) return { label: `경과 ${-days}일`, overdue, description: `처리기한이 ${-days}일 지났습니다.` }
    return { label: '기한 경과', overdue, description: '처리기한이 지났습니다.' }
  }
  if (days === 0) return { label: 'D-day', overdue, description: '오늘이 처리기한입니다.' }
  return { label: `D-${days}`, overdue, description: `처리기한까지 ${days}일 남았습니다.` }
}
