import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { vi } from 'vitest'
import type { User } from '../api/types'
import { AppRoutes } from '../App'
import { AuthProvider } from '../auth/AuthContext'
import { saveSession } from '../auth/session'

export const companyUser: User = {
  username: 'company',
  displayName: '(주)강원정밀',
  roles: ['COMPANY'],
  companyId: 'c-1',
}

export function signIn(user: User = companyUser, token = 'test-token') {
  saveSession({ accessToken: token, expiresAt: Date.now() + 3_600_000, user })
}

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </MemoryRouter>,
  )
}

type Reply = { status?: number; body?: unknown; problem?: boolean }
type Handler = (init: RequestInit | undefined) => Reply | Promise<Reply>

/** Stubs global fetch with a table of "METHOD /path" handlers; anything else answers 404. */
export function mockApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url
    const key = `${init?.method ?? 'GET'} ${url}`
    const handler = routes[key]
    const reply: Reply = handler ? await handler(init) : { status: 404, problem: true, body: { status: 404 } }
    const status = reply.status ?? 200
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': reply.problem ? 'application/problem+json' : 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export const CATEGORIES = [
  { code: 'FUNDING', name: '자금' },
  { code: 'SALES', name: '판로' },
  { code: 'EXPORT', name: '수출' },
  { code: 'REGULATION', name: '규제·인허가' },
]
