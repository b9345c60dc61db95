import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadSession } from '../auth/session'
import { mockApi, renderApp } from '../test/utils'

describe('로그인', () => {
  it('shows the Korean error and stays on the page when the server answers 401', async () => {
    mockApi({
      'POST /api/auth/login': () => ({
        status: 401,
        problem: true,
        body: { status: 401, title: 'Unauthorized', detail: '인증에 실패했습니다.' },
      }),
    })
    const user = userEvent.setup()
    renderApp('/login')

    await user.type(screen.getByLabelText('아이디'), 'company')
    await user.type(screen.getByLabelText('비밀번호'), 'wrong-password')
    await user.click(screen.getByRole('button', { name: '로그인' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('아이디 또는 비밀번호가 올바르지 않습니다.')
    expect(screen.getByRole('heading', { level: 1, name: '로그인' })).toBeInTheDocument()
    expect(screen.getByLabelText('비밀번호')).toHaveValue('')
    expect(loadSession()).toBeNull()
  })

  it('asks for both fields before calling the server', async () => {
    const fetchMock = mockApi({})
    const user = userEvent.setup()
    renderApp('/login')

    await user.click(screen.getByRole('button', { name: '로그인' }))

    expect(screen.getByText('아이디를 입력해 주세요.')).toBeInTheDocument()
    expect(screen.getByText('비밀번호를 입력해 주세요.')).toBeInTheDocument()
    expect(screen.getByLabelText('아이디')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('아이디')).toHaveFocus()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('keeps the token in sessionStorage and opens the dashboard on success', async () => {
    const fetchMock = mockApi({
      'POST /api/auth/login': (init) => {
        expect(JSON.parse(String(init?.body))).toEqual({ username: 'company', password: 'bizsos1234!' })
        return {
          body: {
            accessToken: 'jwt-abc',
            tokenType: 'Bearer',
            expiresIn: 3600,
            user: { username: 'company', displayName: '(주)강원정밀', roles: ['COMPANY'], companyId: 'c-1' },
          },
        }
      },
      'GET /api/reports/dashboard': () => ({
        body: { asOf: '2026-05-01T01:00:00Z', year: 2026, received: 3, answered: 1, closed: 0 },
      }),
    })
    const user = userEvent.setup()
    renderApp('/login')

    await user.type(screen.getByLabelText('아이디'), 'company')
    await user.type(screen.getByLabelText('비밀번호'), 'bizsos1234!')
    await user.click(screen.getByRole('button', { name: '로그인' }))

    expect(await screen.findByRole('heading', { level: 1, name: '대시보드' })).toBeInTheDocument()
    expect(loadSession()?.accessToken).toBe('jwt-abc')
    expect(screen.getByText('(주)강원정밀')).toBeInTheDocument()
    expect(screen.getByText('기업', { selector: '.role-badge' })).toBeInTheDocument()
    await waitFor(() => {
      const dashboardCall = fetchMock.mock.calls.find(([url]) => url === '/api/reports/dashboard')
      expect(new Headers(dashboardCall?.[1]?.headers).get('Authorization')).toBe('Bearer jwt-abc')
    })
  })
})
