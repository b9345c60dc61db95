import { Link } from 'react-router'
import type { Meeting } from '../../api/types'
import { formatDate, formatDateTime } from '../../lib/datetime'
import { meetingDate, meetingStatusMeta, seoulToday } from '../../lib/meetings'

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토']
const pad = (n: number) => String(n).padStart(2, '0')

/** Days of the month as YYYY-MM-DD in weeks from Sunday; null fills the days of other months. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells: (string | null)[] = Array.from({ length: first }, () => null)
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(month)}-${pad(d)}`)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** The Seoul dates a meeting covers, from its first to its last day (a month at most). */
function daysOf(m: Meeting): string[] {
  const first = meetingDate(m)
  const last = m.endsAt ? formatDate(m.endsAt) : first
  const out = [first]
  const [y, mo, d] = first.split('-').map(Number)
  for (let i = 1; i < 31; i++) {
    const next = new Date(Date.UTC(y, mo - 1, d + i))
    const s = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
    if (s > last) break
    out.push(s)
  }
  return out
}

/** A month of meetings as a table: one cell a day, each meeting a link with its status. */
export function MeetingCalendar({ year, month, meetings }: { year: number; month: number; meetings: Meeting[] }) {
  const byDay = new Map<string, { meeting: Meeting; continued: boolean }[]>()
  for (const m of meetings) {
    daysOf(m).forEach((day, i) => {
      const list = byDay.get(day) ?? []
      list.push({ meeting: m, continued: i > 0 })
      byDay.set(day, list)
    })
  }
  const today = seoulToday()
  return (
    <div className="krds-table-wrap calendar-wrap" tabIndex={0} role="region" aria-label={`${year}년 ${month}월 달력`}>
      <table className="meeting-calendar" data-testid="meeting-calendar">
        <caption className="sr-only">
          {year}년 {month}월 회의 일정: 날짜마다 그날의 회의를 상태와 함께 표시합니다.
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((w, i) => (
              <th key={w} scope="col" className={i === 0 ? 'is-sunday' : i === 6 ? 'is-saturday' : undefined}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, wi) => (
            <tr key={wi}>
              {week.map((day, di) => {
                if (!day) return <td key={di} className="is-outside" aria-hidden="true" />
                const entries = byDay.get(day) ?? []
                return (
                  <td
                    key={day}
                    className={`${day === today ? 'is-today' : ''}${di === 0 ? ' is-sunday' : di === 6 ? ' is-saturday' : ''}`.trim() || undefined}
                    data-date={day}
                  >
                    <span className="cal-day">
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="sr-only">
                        {month}월 {Number(day.slice(8))}일 {WEEKDAYS[di]}요일{day === today ? ' (오늘)' : ''}
                        {entries.length > 0 ? `, 회의 ${entries.length}건` : ''}
                      </span>
                    </span>
                    {entries.length > 0 && (
                      <ul className="cal-events">
                        {entries.map(({ meeting: m, continued }) => {
                          const s = meetingStatusMeta(m.status)
                          return (
                            <li key={m.id} className={`cal-event tone-${s.tone}${m.status === 'CANCELLED' ? ' is-cancelled' : ''}`}>
                              <Link to={`/meetings/${encodeURIComponent(m.id)}`} title={`${formatDateTime(m.startsAt)} ${m.title}`}>
                                {!continued && <span className="cal-time">{formatDateTime(m.startsAt).slice(11)}</span>}
                                {m.title}
                                {continued && <span className="muted"> (계속)</span>}
                                <span className="sr-only"> ({s.label})</span>
                              </Link>
                            </li>
                          )
                        })}
                      </ul>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
