import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadSession } from '../auth/session'
import { groupFigures, kpiCard } from '../test/fixtures'
import { calls, companyUser, coordinatorUser, mockApi, renderApp, signIn } from '../test/utils'

describe('대시보드', () => {
  it('shows the counts from the API and the time stamp in Asia/Seoul', async () => {
    signIn()
    mockApi({
      'GET /api/reports/dashboard': () => ({
        body: { asOf: '2026-03-01T15:30:05Z', year: 2026, received: 12, answered: 7, closed: 4 },
      }),
    })
    renderApp('/dashboard')

    expect(await screen.findByTestId('received-count')).toHaveTextContent(/^접수 12건$/)
    expect(screen.getByTestId('answered-count')).toHaveTextContent(/^처리완료 7건$/)
    expect(screen.getByTestId('closed-count')).toHaveTextContent(/^종결 4건$/)
    expect(screen.getByTestId('as-of')).toHaveTextContent('2026-03-02 00:30:05')
    expect(screen.getByRole('heading', { name: '2026년 누계' })).toBeInTheDocument()
  })

  it('polls again and shows a new count', async () => {
    signIn()
    let received = 5
    mockApi({
      'GET /api/reports/dashboard': () => ({
        body: { asOf: new Date().toISOString(), year: 2026, received: received++, answered: 0, closed: 0 },
      }),
    })
    renderApp('/dashboard')

    expect(await screen.findByTestId('received-count')).toHaveTextContent('접수 5건')
    // The next poll comes within about a second.
    expect(await screen.findByText('6', { selector: '.kpi-number' }, { timeout: 2500 })).toBeInTheDocument()
  })

  it('goes back to the login page with a Korean message when the API answers 401', async () => {
    signIn()
    mockApi({
      'GET /api/reports/dashboard': () => ({ status: 401, problem: true, body: { status: 401, detail: '토큰 만료' } }),
    })
    renderApp('/dashboard')

    expect(await screen.findByRole('heading', { level: 1, name: '로그인' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('세션이 만료되었습니다')
    expect(loadSession()).toBeNull()
  })

  it('logs out from the header and clears the session', async () => {
    signIn()
    mockApi({
      'GET /api/reports/dashboard': () => ({
        body: { asOf: '2026-03-01T00:00:00Z', year: 2026, received: 1, answered: 0, closed: 0 },
      }),
    })
    const user = userEvent.setup()
    renderApp('/dashboard')
    await screen.findByTestId('received-count')

    await user.click(screen.getByRole('button', { name: '로그아웃' }))

    expect(await screen.findByRole('heading', { level: 1, name: '로그인' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('로그아웃되었습니다.')
    expect(loadSession()).toBeNull()
  })

  it('starts the next user at the dashboard after a logout, not at the page the last one left', async () => {
    signIn()
    mockApi({
      'GET /api/grievances/categories': () => ({ body: [] }),
      'GET /api/reports/dashboard': () => ({
        body: { asOf: '2026-03-01T00:00:00Z', year: 2026, received: 1, answered: 0, closed: 0 },
      }),
      'POST /api/auth/login': () => ({
        body: {
          accessToken: 'jwt-2',
          tokenType: 'Bearer',
          expiresIn: 3600,
          user: { username: 'coordinator', displayName: '기업지원과 김지원', roles: ['COORDINATOR'] },
        },
      }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/new')
    await screen.findByRole('heading', { level: 1, name: '기업애로 접수' })

    await user.click(screen.getByRole('button', { name: '로그아웃' }))
    await user.type(await screen.findByLabelText('아이디'), 'coordinator')
    await user.type(screen.getByLabelText('비밀번호'), 'bizsos1234!')
    await user.click(screen.getByRole('button', { name: '로그인' }))

    expect(await screen.findByRole('heading', { level: 1, name: '대시보드' })).toBeInTheDocument()
  })
})

describe('대시보드 (담당자)', () => {
  const staffDashboard = {
    asOf: '2024-09-30T00:00:00Z',
    year: 2024,
    received: 30,
    answered: 20,
    closed: 10,
    overdueNow: 2,
    medianHandlingDays: 4.5,
    answeredWithinDeadlineRate: 95.2,
    satisfactionAverage: 4.3,
    ratedCount: 8,
    byQuarter: [1, 2, 3, 4].map((quarter) => ({ year: 2024, quarter, received: quarter * 3, answered: quarter, closed: 0 })),
    kpis: [kpiCard()],
  }
  const breakdown = {
    totals: groupFigures({ code: '', label: '' }),
    byQuarter: [],
    byMunicipality: [
      groupFigures({ code: 'CHUNCHEON', label: '춘천', received: 12, answered: 9, answeredWithinDeadlineRate: 88.9 }),
      groupFigures({ code: 'WONJU', label: '원주', received: 5, overdueNow: 1 }),
    ],
    byDepartment: [
      groupFigures({ code: 'ENTERPRISE_ECONOMY', label: '기업경제과 기업SOS팀', received: 17, satisfactionAverage: 4.5, ratedCount: 4 }),
    ],
    byCategory: [groupFigures({ code: 'FUNDING', label: '자금', received: 7, medianHandlingDays: 3 })],
    byKind: [],
  }

  it('shows a KPI card with target, actual, rate and the 이행구분 badge', async () => {
    signIn(coordinatorUser)
    mockApi({
      'GET /api/reports/dashboard': () => ({ body: staffDashboard }),
      'GET /api/reports/grievances': () => ({ body: breakdown }),
    })
    renderApp('/dashboard')

    const card = await screen.findByTestId('kpi-card')
    expect(within(card).getByRole('heading', { name: '기업SOS 처리 실적' })).toBeInTheDocument()
    expect(within(card).getByTestId('kpi-target')).toHaveTextContent('65건')
    expect(within(card).getByTestId('kpi-actual')).toHaveTextContent('52건')
    expect(within(card).getByTestId('kpi-rate')).toHaveTextContent('80%')
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '80')
    expect(within(card).getByText('추진중(정상)', { selector: '.krds-badge' })).toBeInTheDocument()
    // The original counts keep their test ids.
    expect(screen.getByTestId('received-count')).toHaveTextContent(/^접수 30건$/)
  })

  it('renders the 시군·부서·분야 tables from the API', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      'GET /api/reports/dashboard': () => ({ body: staffDashboard }),
      'GET /api/reports/grievances': () => ({ body: breakdown }),
    })
    renderApp('/dashboard')

    const municipalities = await screen.findByTestId('by-municipality')
    const chuncheon = within(municipalities).getByRole('row', { name: /춘천/ })
    expect(chuncheon).toHaveTextContent('12')
    expect(chuncheon).toHaveTextContent('88.9%')
    expect(within(municipalities).getByRole('row', { name: /원주/ })).toHaveClass('is-overdue')
    expect(within(screen.getByTestId('by-department')).getByRole('row', { name: /기업경제과 기업SOS팀/ })).toHaveTextContent(
      '4.5점',
    )
    expect(within(screen.getByTestId('by-category')).getByRole('row', { name: /자금/ })).toHaveTextContent('3일')
    expect(screen.getByTestId('overdue-now')).toHaveTextContent('2건')
    const stats = calls(fetchMock).find((c) => c.url.pathname === '/api/reports/grievances')!
    expect(stats.url.searchParams.get('year')).toBe('2024')
  })

  it('asks for the chosen year', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      'GET /api/reports/dashboard': (_init, url) => ({
        body: { ...staffDashboard, year: Number(url.searchParams.get('year') ?? 2024) },
      }),
      'GET /api/reports/grievances': () => ({ body: breakdown }),
    })
    const user = userEvent.setup()
    renderApp('/dashboard')
    await screen.findByTestId('kpi-card')

    await user.selectOptions(screen.getByLabelText('연도'), '2023')

    expect(await screen.findByRole('heading', { name: '2023년 누계' })).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.url.pathname === '/api/reports/dashboard' && c.url.search === '?year=2023')).toBe(
      true,
    )
  })

  it('keeps a company’s view simple: its counts, no KPI section or breakdowns', async () => {
    signIn(companyUser)
    const fetchMock = mockApi({
      'GET /api/reports/dashboard': () => ({ body: { ...staffDashboard, kpis: [] } }),
    })
    renderApp('/dashboard')

    expect(await screen.findByTestId('received-count')).toHaveTextContent('접수 30건')
    expect(screen.queryByRole('heading', { name: /사업 KPI/ })).not.toBeInTheDocument()
    expect(screen.queryByTestId('kpi-card')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('연도')).not.toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.url.pathname === '/api/reports/grievances')).toBe(false)
  })
})
