import { describe, expect, it } from 'vitest'
import { deadlineInfo } from './deadline'

describe('처리기한 D-n', () => {
  const now = new Date('2026-03-02T01:00:00Z') // 2026-03-02 10:00 KST

  it('counts calendar days left in Seoul, D-day on the day itself', () => {
    expect(deadlineInfo('2026-03-05T18:00:00+09:00', false, now)?.label).toBe('D-3')
    expect(deadlineInfo('2026-03-02T18:00:00+09:00', false, now)?.label).toBe('D-day')
    // 00:30 KST on 3 March is still the next Seoul day, although it is 2 March in UTC.
    expect(deadlineInfo('2026-03-02T15:30:00Z', false, now)?.label).toBe('D-1')
  })

  it('counts the days since a passed deadline, and believes the server’s flag', () => {
    expect(deadlineInfo('2026-02-27T18:00:00+09:00', false, now)).toMatchObject({ label: '경과 3일', overdue: true })
    expect(deadlineInfo('2026-03-02T09:00:00+09:00', false, now)).toMatchObject({ label: '기한 경과', overdue: true })
    expect(deadlineInfo('2026-03-02T18:00:00+09:00', true, now)?.overdue).toBe(true)
    expect(deadlineInfo(undefined, false, now)).toBeNull()
  })
})
