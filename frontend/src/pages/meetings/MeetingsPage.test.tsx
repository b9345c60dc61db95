import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { meeting } from '../../test/fixtures'
import {
  calls,
  companyUser,
  coordinatorUser,
  currentLocation,
  MEETING_KINDS,
  mockApi,
  renderApp,
  signIn,
} from '../../test/utils'

const KINDS = MEETING_KINDS

const page = (items = [meeting()]) => ({ body: { items, total: items.length, page: 0, size: 20 } })
const listCalls = (fetchMock: ReturnType<typeof mockApi>) =>
  calls(fetchMock).filter((c) => c.method === 'GET' && c.url.pathname === '/api/meetings')

describe('회의·간담회 목록', () => {
  it('writes the filters to the URL and asks the API with them', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ 'GET /api/meetings/kinds': () => ({ body: KINDS }), 'GET /api/meetings': () => page() })
    const user = userEvent.setup()
    renderApp('/meetings')
    await screen.findByRole('option', { name: '기타·분야별 간담회' })

    await user.selectOptions(screen.getByLabelText('종류'), 'FIELD_STRATEGY')
    await user.selectOptions(screen.getByLabelText('시군'), 'PYEONGCHANG')
    await user.selectOptions(screen.getByLabelText('연도'), '2025')
    await user.selectOptions(screen.getByLabelText('상태'), 'HELD')
    await user.click(screen.getByRole('button', { name: '검색' }))

    const expected = { kind: 'FIELD_STRATEGY', municipality: 'PYEONGCHANG', year: '2025', status: 'HELD' }
    await waitFor(() => expect(listCalls(fetchMock)).toHaveLength(2))
    const url = new URL(currentLocation(), 'http://localhost')
    expect(url.pathname).toBe('/meetings')
    expect(Object.fromEntries(url.searchParams)).toEqual(expected)
    expect(Object.fromEntries(listCalls(fetchMock)[1].url.searchParams)).toEqual({ ...expected, page: '0', size: '20' })
  })

  it('reads the filters back from the URL into the form', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({ 'GET /api/meetings/kinds': () => ({ body: KINDS }), 'GET /api/meetings': () => page() })
    renderApp('/meetings?municipality=GANGNEUNG&year=2024&page=1')

    await waitFor(() => expect(listCalls(fetchMock)).toHaveLength(1))
    expect(Object.fromEntries(listCalls(fetchMock)[0].url.searchParams)).toEqual({
      municipality: 'GANGNEUNG',
      year: '2024',
      page: '1',
      size: '20',
    })
    expect(screen.getByLabelText('시군')).toHaveValue('GANGNEUNG')
    expect(screen.getByLabelText('연도')).toHaveValue('2024')
  })

  it('shows the month calendar with each meeting on its Seoul day', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      'GET /api/meetings/kinds': () => ({ body: KINDS }),
      'GET /api/meetings': () => page([meeting({ startsAt: '2026-03-20T15:30:00Z', endsAt: '2026-03-20T17:00:00Z', date: undefined })]),
    })
    renderApp('/meetings?view=calendar&year=2026&month=3&kind=FIELD_STRATEGY')

    const calendar = await screen.findByTestId('meeting-calendar')
    expect(screen.getByRole('heading', { name: '2026년 3월' })).toBeInTheDocument()
    // 15:30 UTC on the 20th is 00:30 on the 21st in Seoul.
    const day = calendar.querySelector('td[data-date="2026-03-21"]') as HTMLElement
    await waitFor(() => expect(within(day).getByRole('link', { name: /현장전략회의/ })).toHaveAttribute('href', '/meetings/m-1'))
    expect(Object.fromEntries(listCalls(fetchMock)[0].url.searchParams)).toEqual({
      kind: 'FIELD_STRATEGY',
      year: '2026',
      month: '3',
      order: 'asc',
      page: '0',
      size: '200',
    })
  })

  it('moves the calendar to the next month through the URL', async () => {
    signIn(coordinatorUser)
    mockApi({ 'GET /api/meetings/kinds': () => ({ body: KINDS }), 'GET /api/meetings': () => page([]) })
    const user = userEvent.setup()
    renderApp('/meetings?view=calendar&year=2025&month=12')

    await screen.findByRole('heading', { name: '2025년 12월' })
    await user.click(screen.getByRole('button', { name: '다음 달' }))
    expect(await screen.findByRole('heading', { name: '2026년 1월' })).toBeInTheDocument()
    expect(currentLocation()).toBe('/meetings?view=calendar&year=2026&month=1')
  })

  it('offers the calendar feed for the chosen kind and 시군 as a copyable address', async () => {
    signIn(coordinatorUser)
    mockApi({ 'GET /api/meetings/kinds': () => ({ body: KINDS }), 'GET /api/meetings': () => page() })
    renderApp('/meetings?kind=AD_HOC&municipality=WONJU&year=2025')

    const url = new URL((await screen.findByTestId('feed-url')).getAttribute('value')!)
    expect(url.pathname).toBe('/api/meetings/calendar.ics')
    expect(Object.fromEntries(url.searchParams)).toEqual({ kind: 'AD_HOC', municipality: 'WONJU' })
    expect(screen.getByRole('button', { name: '주소 복사' })).toBeInTheDocument()
  })

  it('shows a company no planning button and marks the meetings it may still register for', async () => {
    signIn(companyUser)
    mockApi({
      'GET /api/meetings/kinds': () => ({ body: KINDS }),
      'GET /api/meetings': () =>
        page([
          meeting({ id: 'open', title: '수출기업 간담회', publicMeeting: true, startsAt: '2099-05-01T10:00:00+09:00', endsAt: '2099-05-01T12:00:00+09:00', capacity: 10, remainingPlaces: 3 }),
          meeting({ id: 'mine', title: '바이오 간담회', myParticipation: 'REGISTERED' }),
        ]),
    })
    renderApp('/meetings')

    const open = (await screen.findByTestId('meeting-row-open')) as HTMLElement
    expect(within(open).getByText('신청 가능')).toHaveClass('krds-badge')
    expect(within(screen.getByTestId('meeting-row-mine')).getByText('신청함')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '회의 계획' })).not.toBeInTheDocument()
  })
})
