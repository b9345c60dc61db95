import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CATEGORIES, mockApi, renderApp, signIn } from '../test/utils'

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
})
