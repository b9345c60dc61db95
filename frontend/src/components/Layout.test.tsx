import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { User } from '../api/types'
import { adminUser, companyUser, coordinatorUser, mockApi, officerUser, renderApp, signIn } from '../test/utils'

async function menuFor(user: User) {
  signIn(user)
  mockApi({
    'GET /api/reports/dashboard': () => ({
      body: { asOf: '2026-03-01T00:00:00Z', year: 2026, received: 1, answered: 0, closed: 0 },
    }),
  })
  renderApp('/dashboard')
  const nav = await screen.findByRole('navigation', { name: '주 메뉴' })
  return within(nav)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')])
}

describe('주 메뉴 by role', () => {
  it('gives a company 대시보드, 기업애로 접수, 내 기업애로 and its 회의·간담회', async () => {
    expect(await menuFor(companyUser)).toEqual([
      ['대시보드', '/dashboard'],
      ['기업애로 접수', '/grievances/new'],
      ['내 기업애로', '/grievances'],
      ['회의·간담회', '/meetings'],
    ])
  })

  it('gives an officer the inbox, 접수 대행, the meetings, the rotation and 사업·KPI', async () => {
    const staff = [
      ['대시보드', '/dashboard'],
      ['기업애로 처리함', '/grievances'],
      ['접수 대행', '/grievances/new'],
      ['회의·간담회', '/meetings'],
      ['순회 현황', '/meetings/rotation'],
      ['사업·KPI', '/programmes'],
    ]
    expect(await menuFor(officerUser)).toEqual(staff)
  })

  it('gives a coordinator the same as an officer', async () => {
    expect((await menuFor(coordinatorUser)).map(([label]) => label)).toEqual([
      '대시보드',
      '기업애로 처리함',
      '접수 대행',
      '회의·간담회',
      '순회 현황',
      '사업·KPI',
    ])
  })

  it('adds the rule, holiday, category and partner screens for an admin', async () => {
    expect(await menuFor(adminUser)).toEqual([
      ['대시보드', '/dashboard'],
      ['기업애로 처리함', '/grievances'],
      ['접수 대행', '/grievances/new'],
      ['회의·간담회', '/meetings'],
      ['순회 현황', '/meetings/rotation'],
      ['사업·KPI', '/programmes'],
      ['라우팅 규칙', '/admin/routing-rules'],
      ['공휴일', '/admin/holidays'],
      ['분야', '/admin/categories'],
      ['유관기관 연계', '/admin/partners'],
    ])
  })
})
