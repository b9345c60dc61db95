import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { adminUser, calls, currentLocation, mockApi, renderApp, signIn } from '../../test/utils'

const HOLIDAYS_2026 = [
  { date: '2026-02-17', name: '설날', source: 'OFFICIAL' },
  { date: '2026-03-02', name: '대체공휴일(삼일절)', source: 'OFFICIAL' },
  { date: '2026-06-03', name: '전국동시지방선거', source: 'ADMIN' },
]

describe('공휴일 관리', () => {
  it('lists the year’s holidays with a source badge: 공식, 계산, 임시', async () => {
    signIn(adminUser)
    mockApi({
      'GET /api/grievances/holidays?year=2030': () => ({
        body: [
          { date: '2030-02-04', name: '설날', source: 'COMPUTED' },
          { date: '2030-01-01', name: '신정', source: 'OFFICIAL' },
          { date: '2030-05-02', name: '임시공휴일', source: 'ADMIN' },
        ],
      }),
    })
    renderApp('/admin/holidays?year=2030')

    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.querySelector('.krds-badge')?.textContent)).toEqual(['공식', '계산', '임시'])
    expect(within(rows[0]).getByText('2030-01-01')).toBeInTheDocument()
    expect(rows[0]).toHaveTextContent('(화)')
    expect(screen.getByLabelText('연도')).toHaveValue('2030')
  })

  it('offers delete only for an admin-added holiday and deletes it after confirming', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({
      'GET /api/grievances/holidays': () => ({ body: HOLIDAYS_2026 }),
      'DELETE /api/grievances/holidays/2026-06-03': () => ({ status: 204 }),
    })
    const user = userEvent.setup()
    renderApp('/admin/holidays?year=2026')

    await screen.findByRole('table')
    expect(within(screen.getByTestId('holiday-2026-02-17')).queryByRole('button')).not.toBeInTheDocument()
    await user.click(within(screen.getByTestId('holiday-2026-06-03')).getByRole('button', { name: '2026-06-03 전국동시지방선거 삭제' }))
    await user.click(within(screen.getByRole('dialog', { name: '임시공휴일 삭제' })).getByRole('button', { name: '삭제하기' }))

    expect(await screen.findByText('2026-06-03 전국동시지방선거을(를) 삭제했습니다.')).toBeInTheDocument()
    expect(calls(fetchMock).filter((c) => c.method === 'DELETE')).toHaveLength(1)
  })

  it('adds a 임시공휴일 and switches to its year', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({
      'GET /api/grievances/holidays': () => ({ body: HOLIDAYS_2026 }),
      'POST /api/grievances/holidays': () => ({ status: 201, body: { date: '2027-10-04', name: '임시공휴일', source: 'ADMIN' } }),
    })
    const user = userEvent.setup()
    renderApp('/admin/holidays?year=2026')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '임시공휴일 추가' }))
    expect(screen.getByLabelText(/^날짜/)).toHaveAccessibleDescription('날짜를 입력해 주세요. (필수 입력)')

    await user.type(screen.getByLabelText(/^날짜/), '2027-10-04')
    await user.click(screen.getByRole('button', { name: '임시공휴일 추가' }))

    await waitFor(() => expect(currentLocation()).toBe('/admin/holidays?year=2027'))
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({ date: '2027-10-04', name: '임시공휴일' })
  })
})
