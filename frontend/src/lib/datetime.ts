/** Dates and times shown to people are always Korea Standard Time, whatever the browser's zone. */
export const SEOUL = 'Asia/Seoul'

const dateTimeParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SEOUL,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function parts(value: string | number | Date): Record<string, string> | null {
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) return null
  const out: Record<string, string> = {}
  for (const p of dateTimeParts.formatToParts(d)) out[p.type] = p.value
  return out
}

/** YYYY-MM-DD HH:mm in Asia/Seoul; '-' when absent or unreadable. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-'
  const p = parts(value)
  if (!p) return '-'
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** YYYY-MM-DD HH:mm:ss in Asia/Seoul. */
export function formatDateTimeSeconds(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-'
  const p = parts(value)
  if (!p) return '-'
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** YYYY-MM-DD in Asia/Seoul. A bare calendar date (2026-05-20) is a date already and is kept as is. */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const p = parts(value)
  if (!p) return '-'
  return `${p.year}-${p.month}-${p.day}`
}

/** The machine-readable form for <time dateTime>. */
export function isoOrUndefined(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : value
}
