import type { StatusView } from '../api/types'
import type { BadgeTone } from './labels'

/** Today's year and quarter in Asia/Seoul. */
export function seoulYearQuarter(now: Date = new Date()): { year: number; quarter: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: 'numeric' })
    .formatToParts(now)
  const year = Number(parts.find((p) => p.type === 'year')?.value)
  const month = Number(parts.find((p) => p.type === 'month')?.value)
  return { year, quarter: Math.floor((month - 1) / 3) + 1 }
}

/** The years a selector offers: from `from` up to this year (or `to`), newest first. */
export function yearOptions(from: number, to: number): number[] {
  const out: number[] = []
  for (let y = to; y >= from; y--) out.push(y)
  return out
}

const NUMBER = new Intl.NumberFormat('ko-KR')

/** 1,234 — or '-' where there is no figure. */
export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : NUMBER.format(value)
}

/** 87.5% — or '-'. */
export function pct(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : `${NUMBER.format(Number(value))}%`
}

/** 4.3점 — or '-'. */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : `${Number(value).toFixed(1)}점`
}

/** 3.5일 — or '-'. */
export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : `${NUMBER.format(Number(value))}일`
}

/** The badge tone of an 이행구분: 완료 green, 추진중·정상 blue, 부진 red, 미착수 grey. */
export function statusTone(status: StatusView | null | undefined): BadgeTone {
  if (!status) return 'gray'
  if (status.code === 'IN_PROGRESS_LAGGING') return 'danger'
  if (status.group === 'COMPLETED') return 'success'
  if (status.group === 'IN_PROGRESS') return 'information'
  if (status.code === 'NOT_STARTED_REVIEWING') return 'warning'
  return 'gray'
}

/** 추진중(정상) */
export function statusText(status: StatusView | null | undefined): string {
  if (!status) return '-'
  return `${status.groupLabel}(${status.label})`
}

export const QUARTERS = [1, 2, 3, 4] as const

/** Whole numbers of 0 or more, as typed: '12' → 12; anything else → null. */
export function parseCount(text: string): number | null {
  const t = text.trim().replace(/,/g, '')
  if (!/^\d{1,12}$/.test(t)) return null
  return Number(t)
}
