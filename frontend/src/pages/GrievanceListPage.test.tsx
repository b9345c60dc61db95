import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { summary } from '../test/fixtures'
import { calls, CATEGORIES, mockApi, renderApp, signIn } from '../test/utils'

describe('내 기업애로', () => {
  it('lists the company’s grievances with status badges and Seoul dates', async () => {
    signIn()
    mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'GET /api/grievances': () => ({
        body: {
          total: 2,
          items: [
            {
              id: 2,
              receiptNumber: '2026-000124',
              kind: 'LEGAL_QUESTION',
              category: 'REGULATION',
              title: '공장 증축 인허가 기준 문의',
              status: 'IN_PROGRESS',
              receivedAt: '2026-02-28T15:05:00Z',
            },
            {
              id: 1,
              receiptNumber: '2026-000123',
              kind: 'COMPLAINT',
              category: 'TAX',
              title: '지방세 감면 신청',
              status: 'ANSWERED',
              receivedAt: '2026-01-10T01:00:00Z',
            },
          ],
        },
      }),
    })
    renderApp('/grievances')

    const table = await screen.findByRole('table')
    expect(screen.getByRole('heading', { level: 1, name: '내 기업애로' })).toBeInTheDocument()
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    const first = within(rows[1])
    expect(first.getByText('2026-000124')).toBeInTheDocument()
    expect(first.getByText('규제·인허가')).toBeInTheDocument()
    expect(first.getByText('처리중')).toHaveClass('krds-badge')
    expect(first.getByText('2026-03-01 00:05')).toBeInTheDocument()
    // A code the category list lacks still gets its Korean name.
    expect(within(rows[2]).getByText('세제')).toBeInTheDocument()
    expect(within(rows[2]).getByText('처리완료')).toBeInTheDocument()
  })

  it('asks for the newest first and shows the deadline, with 기한 경과 on an overdue one', async () => {
    signIn()
    const fetchMock = mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'GET /api/grievances': () => ({
        body: {
          total: 2,
          page: 0,
          size: 20,
          items: [
            summary({ id: 'late', receiptNumber: '2026-000201', status: 'IN_PROGRESS', overdue: true, dueAt: '2026-02-02T18:00:00+09:00' }),
            summary({ id: 'done', receiptNumber: '2026-000200', status: 'CLOSED', overdue: false, dueAt: '2026-01-20T18:00:00+09:00' }),
          ],
        },
      }),
    })
    renderApp('/grievances')

    const late = (await screen.findByText('2026-000201')).closest('tr')!
    expect(late).toHaveClass('is-overdue')
    expect(within(late).getByText('2026-02-02 18:00')).toBeInTheDocument()
    expect(within(late).getByText('기한 경과')).toHaveClass('krds-badge')
    // A closed case's deadline no longer runs: no badge, no D-n.
    const done = screen.getByText('2026-000200').closest('tr')!
    expect(within(done).queryByText('기한 경과')).not.toBeInTheDocument()
    expect(within(late).getByRole('link', { name: '운전자금 지원 문의' })).toHaveAttribute('href', '/grievances/late')
    const list = calls(fetchMock).find((c) => c.url.pathname === '/api/grievances')!
    expect(Object.fromEntries(list.url.searchParams)).toEqual({ sort: '-receivedAt', page: '0', size: '20' })
  })
})
