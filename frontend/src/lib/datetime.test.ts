import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDateTimeSeconds } from './datetime'

describe('dates in Asia/Seoul', () => {
  it('shows a UTC instant in Korea Standard Time (UTC+9), crossing midnight', () => {
    expect(formatDateTime('2026-03-01T15:30:00Z')).toBe('2026-03-02 00:30')
  })

  it('keeps an offset given by the server and converts it to KST', () => {
    expect(formatDateTime('2026-12-31T23:59:00-05:00')).toBe('2027-01-01 13:59')
    expect(formatDateTime('2026-05-01T09:05:00+09:00')).toBe('2026-05-01 09:05')
  })

  it('writes hours 00–23, never 24', () => {
    expect(formatDateTime('2026-07-16T15:00:00Z')).toBe('2026-07-17 00:00')
  })

  it('adds seconds for the dashboard time stamp', () => {
    expect(formatDateTimeSeconds('2026-01-01T00:00:07Z')).toBe('2026-01-01 09:00:07')
  })

  it('leaves a bare calendar date as it is and converts an instant to its Seoul date', () => {
    expect(formatDate('2026-05-20')).toBe('2026-05-20')
    expect(formatDate('2026-05-20T16:00:00Z')).toBe('2026-05-21')
  })

  it('shows a dash for nothing or nonsense', () => {
    expect(formatDateTime(undefined)).toBe('-')
    expect(formatDateTime('not a date')).toBe('-')
  })
})
