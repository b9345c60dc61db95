import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockApi, renderApp, companyUser } from '../test/utils'
import { loadSession, saveSession } from './session'

describe('세션 만료', () => {
  it('logs out by itself when expiresIn has run out', async () => {
    saveSession({ accessToken: 'short-lived', expiresAt: Date.now() + 300, user: companyUser })
    mockApi({
      'GET /api/reports/dashboard': () => ({
        body: { asOf: '2026-03-01T00:00:00Z', year: 2026, received: 1, answered: 0, closed: 0 },
      }),
    })
    renderApp('/dashboard')
    expect(await screen.findByTestId('received-count')).toHaveTextContent('접수 1건')

    expect(await screen.findByRole('heading', { level: 1, name: '로그인' }, { timeout: 2000 })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('세션이 만료되었습니다. 다시 로그인해 주세요.')
    expect(loadSession()).toBeNull()
  })

  it('drops a stored session that has already expired', () => {
    saveSession({ accessToken: 'old', expiresAt: Date.now() - 1, user: companyUser })
    expect(loadSession()).toBeNull()
    expect(sessionStorage.getItem('bizsos.session')).toBeNull()
  })
})
