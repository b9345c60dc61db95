import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Rotation, RotationRow } from '../../api/types'
import { CITIES } from '../../lib/meetings'
import { calls, companyUser, coordinatorUser, currentLocation, mockApi, renderApp, signIn } from '../../test/utils'

const HELD: Record<string, { years: { year: number; count: number }[]; last: string; days: number }> = {
  HOENGSEONG: { years: [{ year: 2023, count: 1 }], last: '2023-04-27', days: 614 },
  GANGNEUNG: { years: [{ year: 2023, count: 1 }], last: '2023-06-30', days: 550 },
  CHUNCHEON: { years: [{ year: 2024, count: 1 }], last: '2024-03-29', days: 277 },
  JEONGSEON: { years: [{ year: 2024, count: 2 }], last: '2024-12-18', days: 13 },
}

function rotation(): Rotation {
  const rows: RotationRow[] = CITIES.map((c, i) => {
    const h = HELD[c.code]
    return {
      municipality: c.code,
      municipalityName: c.name,
      heldInYear: h?.years.find((y) => y.year === 2024)?.count ?? 0,
      heldTotal: h?.years.reduce((n, y) => n + y.count, 0) ?? 0,
      years: h?.years ?? [],
      lastHeldOn: h?.last ?? null,
      daysWithout: h?.days ?? null,
      rank: i + 1,
    }
  })
  return {
    year: 2024,
    asOf: '2024-12-31',
    heldInYear: 4,
    rows,
    longestWithout: ['WONJU'],
    suggestedNextHost: {
      municipality: 'WONJU',
      municipalityName: '원주시',
      reason: '원주시은(는) 아직 정례 회의를 개최한 적이 없습니다.',
    },
    rule: '정례 회의를 한 번도 개최하지 않은 시군을 먼저, 그다음 마지막 개최일이 오래된 순으로 정합니다.',
  }
}

describe('시군 순회 현황', () => {
  it('highlights the suggested next host with the API’s reason and rule', async () => {
    signIn(coordinatorUser)
    mockApi({ 'GET /api/meetings/rotation': () => ({ body: rotation() }) })
    renderApp('/meetings/rotation?year=2024')

    const row = await screen.findByTestId('rotation-row-WONJU')
    expect(row).toHaveClass('is-suggested')
    expect(within(row).getByText('다음 개최 추천')).toHaveClass('krds-badge')
    expect(screen.getByTestId('rotation-row-CHUNCHEON')).not.toHaveClass('is-suggested')
    expect(screen.getByTestId('suggested-host')).toHaveTextContent('원주시')
    expect(screen.getByTestId('rotation-suggestion')).toHaveTextContent('원주시은(는) 아직 정례 회의를 개최한 적이 없습니다.')
    expect(screen.getByTestId('rotation-rule')).toHaveTextContent('정례 회의를 한 번도 개최하지 않은 시군을 먼저')
  })

  it('lists all 18 시군 with counts per year, the last meeting and the days without one', async () => {
    signIn(coordinatorUser)
    mockApi({ 'GET /api/meetings/rotation': () => ({ body: rotation() }) })
    renderApp('/meetings/rotation?year=2024')

    const table = await screen.findByTestId('rotation-table')
    expect(within(table).getAllByRole('row')).toHaveLength(19)
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['시군', '2023년', '2024년', '누적', '마지막 정례 회의', '미개최 일수', '순위', '다음 계획'])
    const jeongseon = within(screen.getByTestId('rotation-row-JEONGSEON')).getAllByRole('cell').map((c) => c.textContent)
    expect(jeongseon.slice(0, 5)).toEqual(['0', '2', '2', '2024-12-18', '13일'])
    expect(screen.getByTestId('held-in-year')).toHaveTextContent('4')
  })

  it('asks the API for the year chosen, kept in the URL', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ 'GET /api/meetings/rotation': () => ({ body: rotation() }) })
    const user = userEvent.setup()
    renderApp('/meetings/rotation?year=2024')
    await screen.findByTestId('rotation-table')

    await user.selectOptions(screen.getByLabelText('연도'), '2023')
    await waitFor(() => expect(currentLocation()).toBe('/meetings/rotation?year=2023'))
    await waitFor(() =>
      expect(calls(fetchMock).map((c) => c.url.searchParams.get('year'))).toEqual(['2024', '2023']),
    )
  })

  it('is for staff only', async () => {
    signIn(companyUser)
    const fetchMock = mockApi({})
    renderApp('/meetings/rotation')

    expect(await screen.findByRole('heading', { name: '접근 권한이 없습니다' })).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.url.pathname === '/api/meetings/rotation')).toBe(false)
  })
})
