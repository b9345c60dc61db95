import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { summary } from '../test/fixtures'
import {
  calls,
  CATEGORIES,
  coordinatorUser,
  currentLocation,
  DEPARTMENTS,
  mockApi,
  renderApp,
  signIn,
} from '../test/utils'

const refData = {
  'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
  'GET /api/grievances/departments': () => ({ body: DEPARTMENTS }),
}

const listCalls = (fetchMock: ReturnType<typeof mockApi>) =>
  calls(fetchMock).filter((c) => c.method === 'GET' && c.url.pathname === '/api/grievances')

describe('기업애로 처리함', () => {
  it('asks for the first page sorted by deadline when no filter is set', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ ...refData, 'GET /api/grievances': () => ({ body: { items: [], total: 0, page: 0, size: 20 } }) })
    renderApp('/grievances')

    expect(await screen.findByRole('heading', { level: 1, name: '기업애로 처리함' })).toBeInTheDocument()
    await waitFor(() => expect(listCalls(fetchMock)).toHaveLength(1))
    expect(Object.fromEntries(listCalls(fetchMock)[0].url.searchParams)).toEqual({ sort: 'dueAt', page: '0', size: '20' })
  })

  it('writes the filters to the URL and calls the API with them', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ ...refData, 'GET /api/grievances': () => ({ body: { items: [], total: 0, page: 0, size: 20 } }) })
    const user = userEvent.setup()
    renderApp('/grievances')
    await screen.findByRole('option', { name: '기업경제과 기업SOS팀' })
    await screen.findByRole('option', { name: '자금' })

    await user.selectOptions(screen.getByLabelText('상태'), 'IN_PROGRESS')
    await user.selectOptions(screen.getByLabelText('소관부서'), 'ENTERPRISE_ECONOMY')
    await user.selectOptions(screen.getByLabelText('분야'), 'FUNDING')
    await user.selectOptions(screen.getByLabelText('시군'), 'WONJU')
    await user.selectOptions(screen.getByLabelText('유형'), 'SUGGESTION')
    await user.click(screen.getByLabelText('기한 경과만'))
    await user.type(screen.getByLabelText('검색어'), '2026-000123')
    await user.click(screen.getByRole('button', { name: '검색' }))

    const expected = {
      status: 'IN_PROGRESS',
      department: 'ENTERPRISE_ECONOMY',
      category: 'FUNDING',
      municipality: 'WONJU',
      kind: 'SUGGESTION',
      q: '2026-000123',
      overdue: 'true',
    }
    await waitFor(() => expect(listCalls(fetchMock)).toHaveLength(2))
    const url = new URL(currentLocation(), 'http://localhost')
    expect(url.pathname).toBe('/grievances')
    expect(Object.fromEntries(url.searchParams)).toEqual(expected)
    expect(Object.fromEntries(listCalls(fetchMock)[1].url.searchParams)).toEqual({
      ...expected,
      sort: 'dueAt',
      page: '0',
      size: '20',
    })
  })

  it('reads the filters back from the URL into the form and the request', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ ...refData, 'GET /api/grievances': () => ({ body: { items: [], total: 0, page: 0, size: 20 } }) })
    renderApp('/grievances?status=RECEIVED&q=%EC%9A%B4%EC%A0%84&sort=-receivedAt&page=2')

    await waitFor(() => expect(listCalls(fetchMock)).toHaveLength(1))
    expect(Object.fromEntries(listCalls(fetchMock)[0].url.searchParams)).toEqual({
      status: 'RECEIVED',
      q: '운전',
      sort: '-receivedAt',
      page: '2',
      size: '20',
    })
    expect(screen.getByLabelText('상태')).toHaveValue('RECEIVED')
    expect(screen.getByLabelText('검색어')).toHaveValue('운전')
  })

  it('highlights an overdue row and marks it 기한 경과', async () => {
    signIn(coordinatorUser)
    mockApi({
      ...refData,
      'GET /api/grievances': () => ({
        body: {
          total: 2,
          page: 0,
          size: 20,
          items: [
            summary({ id: 'a', receiptNumber: '2026-000101', overdue: true, dueAt: '2026-01-05T18:00:00+09:00' }),
            summary({ id: 'b', receiptNumber: '2026-000102', overdue: false }),
          ],
        },
      }),
    })
    renderApp('/grievances')

    const late = (await screen.findByText('2026-000101')).closest('tr')!
    const onTime = screen.getByText('2026-000102').closest('tr')!
    expect(late).toHaveClass('is-overdue')
    expect(within(late).getByText('기한 경과')).toHaveClass('krds-badge')
    expect(onTime).not.toHaveClass('is-overdue')
    expect(within(onTime).queryByText('기한 경과')).not.toBeInTheDocument()
    expect(within(onTime).getByText(/^D-\d+$/)).toBeInTheDocument()
  })

  it('marks possible duplicates and shows the contact masked as the server sent it', async () => {
    signIn(coordinatorUser)
    mockApi({
      ...refData,
      'GET /api/grievances': () => ({
        body: { total: 1, page: 0, size: 20, items: [summary({ possibleDuplicate: true })] },
      }),
    })
    renderApp('/grievances')

    const row = (await screen.findByText('2026-000123')).closest('tr')!
    expect(within(row).getByText('중복 의심')).toHaveClass('krds-badge')
    expect(within(row).getByText('김*수')).toBeInTheDocument()
    expect(within(row).getByText('010-****-5678')).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: '운전자금 지원 문의' })).toHaveAttribute('href', '/grievances/g-1')
  })

  it('pages through the results, keeping the filters', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...refData,
      'GET /api/grievances': () => ({
        body: { total: 45, page: 0, size: 20, items: [summary()] },
      }),
    })
    const user = userEvent.setup()
    renderApp('/grievances?status=ASSIGNED')

    const nav = await screen.findByRole('navigation', { name: '페이지 이동' })
    expect(within(nav).getByRole('button', { name: '페이지 1' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(nav).getByRole('button', { name: '페이지 3' }))

    await waitFor(() => expect(currentLocation()).toBe('/grievances?status=ASSIGNED&page=2'))
    await waitFor(() => expect(listCalls(fetchMock).at(-1)?.url.searchParams.get('page')).toBe('2'))
    expect(listCalls(fetchMock).at(-1)?.url.searchParams.get('status')).toBe('ASSIGNED')
  })
})
