import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadSession } from '../auth/session'
import { mockApi, renderApp, signIn } from '../test/utils'

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
