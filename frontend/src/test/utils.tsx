import { render } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
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

export const coordinatorUser: User = {
  username: 'coordinator',
  displayName: '기업지원과 김지원',
  roles: ['COORDINATOR'],
}

export const officerUser: User = {
  username: 'officer',
  displayName: '이수연',
  roles: ['OFFICER'],
  departmentId: 'ENTERPRISE_ECONOMY',
}

export const adminUser: User = {
  username: 'admin',
  displayName: '시스템 관리자',
  roles: ['ADMIN'],
}

export function signIn(user: User = companyUser, token = 'test-token') {
  saveSession({ accessToken: token, expiresAt: Date.now() + 3_600_000, user })
}

/** Shows the router's current location, so a test can read what the app wrote to the URL. */
function LocationProbe() {
  const location = useLocation()
  return (
    <output data-testid="location" hidden>
      {location.pathname}
      {location.search}
    </output>
  )
}

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <AppRoutes />
        <LocationProbe />
      </AuthProvider>
    </MemoryRouter>,
  )
}

/** The location the app is at now, e.g. `/grievances?status=ASSIGNED`. */
export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? ''
}

type Reply = { status?: number; body?: unknown; problem?: boolean }
type Handler = (init: RequestInit | undefined, url: URL) => Reply | Promise<Reply>

/**
 * Stubs global fetch with a table of "METHOD /path" handlers; anything else answers 404.
 * A key with a query string matches that exact URL; a key without one matches the path whatever the query.
 */
export function mockApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const url = new URL(raw, 'http://localhost')
    const method = init?.method ?? 'GET'
    const handler = routes[`${method} ${url.pathname}${url.search}`] ?? routes[`${method} ${url.pathname}`]
    const reply: Reply = handler ? await handler(init, url) : { status: 404, problem: true, body: { status: 404 } }
    const status = reply.status ?? 200
    return new Response(reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': reply.problem ? 'application/problem+json' : 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The requests a mocked fetch received, as method and URL. */
export function calls(fetchMock: ReturnType<typeof mockApi>): { method: string; url: URL; body: unknown }[] {
  return fetchMock.mock.calls.map(([input, init]) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    return {
      method: init?.method ?? 'GET',
      url: new URL(raw, 'http://localhost'),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    }
  })
}

export function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
  return { status, problem: true, body: { type: 'about:blank', title: 'Error', status, detail, errors } }
}

export const CATEGORIES = [
  { code: 'FUNDING', name: '자금' },
  { code: 'SALES', name: '판로' },
  { code: 'EXPORT', name: '수출' },
  { code: 'REGULATION', name: '규제·인허가' },
]

export const DEPARTMENTS = [
  { id: 'BUSINESS_SUPPORT', name: '기업지원과' },
  { id: 'ENTERPRISE_ECONOMY', name: '기업경제과 기업SOS팀' },
  { id: 'INVESTMENT', name: '투자유치과' },
  { id: 'TRADE', name: '통상지원과' },
]

export const MEETING_KINDS = [
  { code: 'FIELD_STRATEGY', name: '맞춤형 기업지원 간담회·현장전략회의', regular: true },
  { code: 'AD_HOC', name: '기타·분야별 간담회', regular: false },
]

export const MEETING_DEPARTMENTS = [
  { code: 'ENTERPRISE_SUPPORT', name: '기업지원과' },
  { code: 'ENTERPRISE_ECONOMY', name: '기업경제과 기업SOS팀' },
  { code: 'INVESTMENT', name: '투자유치과' },
]

export const PARTNER_AGENCIES = [
  { code: 'SMBA_GANGWON', name: '강원지방중소벤처기업청' },
  { code: 'GWTP', name: '강원테크노파크' },
]
