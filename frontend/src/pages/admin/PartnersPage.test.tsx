import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { PartnerKey } from '../../api/types'
import { summary } from '../../test/fixtures'
import { adminUser, calls, coordinatorUser, mockApi, PARTNER_AGENCIES, problem, renderApp, signIn } from '../../test/utils'

const SECRET = 'bzs_8f3a1c9d0e7b46a2b5c4d3e2f1a0b9c8d7e6f5a4'

function key(overrides: Partial<PartnerKey> = {}): PartnerKey {
  return {
    id: 1,
    agencyCode: 'GWTP',
    agencyName: '강원테크노파크',
    keyPrefix: 'bzs_8f3a',
    quotaPerHour: 1000,
    usedThisHour: 12,
    requestCount: 3456,
    createdAt: '2026-03-01T09:00:00+09:00',
    lastUsedAt: '2026-03-02T01:30:00Z',
    revokedAt: null,
    active: true,
    ...overrides,
  }
}

const empty = { 'GET /api/grievances': () => ({ body: { items: [], total: 0, page: 0, size: 100 } }) }

describe('유관기관 연계', () => {
  it('lists the keys with quota, this hour’s use, total requests and last use in Seoul time', async () => {
    signIn(adminUser)
    mockApi({
      ...empty,
      'GET /api/partner-keys': () => ({
        body: [key(), key({ id: 2, agencyCode: 'GWSINBO', agencyName: '강원신용보증재단', keyPrefix: 'bzs_11aa', active: false, revokedAt: '2026-03-05T00:00:00Z', lastUsedAt: null })],
      }),
    })
    renderApp('/admin/partners')

    const row = await screen.findByTestId('key-row-1')
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '강원테크노파크GWTP',
      'bzs_8f3a…',
      '1,000',
      '12',
      '3,456',
      '2026-03-02 10:30',
      '사용 중',
      '요청 보기폐기',
    ])
    const revoked = screen.getByTestId('key-row-2')
    expect(within(revoked).getByText('폐기')).toHaveClass('krds-badge')
    expect(within(revoked).getByText('사용 안 함')).toBeInTheDocument()
    expect(within(revoked).queryByRole('button', { name: /폐기/ })).not.toBeInTheDocument()
  })

  it('shows an issued key once, with the API’s warning, and never in the list', async () => {
    signIn(adminUser)
    let issued = false
    const fetchMock = mockApi({
      ...empty,
      'GET /api/meetings/partner-agencies': () => ({ body: PARTNER_AGENCIES }),
      'GET /api/partner-keys': () => ({ body: issued ? [key()] : [] }),
      'POST /api/partner-keys': () => {
        issued = true
        return {
          status: 201,
          body: {
            key: key({ usedThisHour: 0, requestCount: 0, lastUsedAt: null }),
            apiKey: SECRET,
            notice: '이 키는 다시 보여 드리지 않습니다. 안전한 곳에 보관해 유관기관 담당자에게 전달하세요.',
          },
        }
      },
    })
    const user = userEvent.setup()
    renderApp('/admin/partners')

    await user.click(await screen.findByRole('button', { name: 'API 키 발급' }))
    const dialog = screen.getByRole('dialog', { name: 'API 키 발급' })
    await within(dialog).findByRole('option', { name: '강원테크노파크' })
    await user.selectOptions(within(dialog).getByLabelText('유관기관 선택'), 'GWTP')
    await user.clear(within(dialog).getByLabelText(/^시간당 한도/))
    await user.type(within(dialog).getByLabelText(/^시간당 한도/), '1000')
    await user.click(within(dialog).getByRole('button', { name: '발급' }))

    const done = await screen.findByRole('dialog', { name: 'API 키 발급 완료' })
    expect(within(done).getByTestId('issued-key')).toHaveValue(SECRET)
    expect(within(done).getByRole('alert')).toHaveTextContent('이 키는 다시 보여 드리지 않습니다.')
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      agencyCode: 'GWTP',
      agencyName: '강원테크노파크',
      quotaPerHour: 1000,
    })

    await user.click(within(done).getByRole('button', { name: '확인했습니다' }))
    const row = await screen.findByTestId('key-row-1')
    expect(within(row).getByText('bzs_8f3a…')).toBeInTheDocument()
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(SECRET)
  })

  it('checks the issue form before sending and shows the server’s field errors', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({
      ...empty,
      'GET /api/meetings/partner-agencies': () => ({ body: PARTNER_AGENCIES }),
      'GET /api/partner-keys': () => ({ body: [] }),
      'POST /api/partner-keys': () =>
        problem(400, 'agencyName: 기관명은 100자 이내로 입력해 주세요.', [
          { field: 'agencyName', message: '기관명은 100자 이내로 입력해 주세요.' },
        ]),
    })
    const user = userEvent.setup()
    renderApp('/admin/partners')

    await user.click(await screen.findByRole('button', { name: 'API 키 발급' }))
    const dialog = screen.getByRole('dialog', { name: 'API 키 발급' })
    await user.type(within(dialog).getByLabelText(/^기관 코드/), 'gw-tp')
    await user.click(within(dialog).getByRole('button', { name: '발급' }))
    expect(within(dialog).getByLabelText(/^기관 코드/)).toHaveAccessibleDescription(/영문 대문자로 시작하는/)
    expect(within(dialog).getByLabelText(/^기관명/)).toHaveAccessibleDescription('기관명을 입력해 주세요. (필수 입력)')
    expect(calls(fetchMock).filter((c) => c.method === 'POST')).toHaveLength(0)

    await user.clear(within(dialog).getByLabelText(/^기관 코드/))
    await user.type(within(dialog).getByLabelText(/^기관 코드/), 'GWTP')
    await user.type(within(dialog).getByLabelText(/^기관명/), '강원테크노파크')
    await user.click(within(dialog).getByRole('button', { name: '발급' }))
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^기관명/)).toHaveAccessibleDescription('기관명은 100자 이내로 입력해 주세요.'),
    )
  })

  it('asks for confirmation before revoking a key', async () => {
    signIn(adminUser)
    let revoked = false
    const fetchMock = mockApi({
      ...empty,
      'GET /api/partner-keys': () => ({ body: [key({ active: !revoked, revokedAt: revoked ? '2026-03-05T00:00:00Z' : null })] }),
      'DELETE /api/partner-keys/1': () => {
        revoked = true
        return { status: 204 }
      },
    })
    const user = userEvent.setup()
    renderApp('/admin/partners')

    await user.click(await screen.findByRole('button', { name: '강원테크노파크 API 키 bzs_8f3a 폐기' }))
    const dialog = screen.getByRole('dialog', { name: 'API 키 폐기' })
    expect(dialog).toHaveTextContent('되돌릴 수 없습니다')
    expect(calls(fetchMock).some((c) => c.method === 'DELETE')).toBe(false)

    await user.click(within(dialog).getByRole('button', { name: '폐기하기' }))
    expect(await screen.findByText(/API 키\(bzs_8f3a…\)를 폐기했습니다/)).toBeInTheDocument()
    expect(calls(fetchMock).filter((c) => c.method === 'DELETE').map((c) => c.url.pathname)).toEqual(['/api/partner-keys/1'])
    expect(await within(screen.getByTestId('key-row-1')).findByText('폐기')).toHaveClass('krds-badge')
  })

  it('lists the requests that came from partner agencies, filtering the grievance list by channel', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({
      'GET /api/partner-keys': () => ({ body: [key()] }),
      'GET /api/grievances': () => ({
        body: {
          total: 3,
          page: 0,
          size: 100,
          items: [
            summary({ id: 'p1', receiptNumber: '2026-000501', title: 'Open311 자금 요청', channel: 'PARTNER' }),
            summary({ id: 'w1', receiptNumber: '2026-000502', title: '온라인 접수', channel: 'WEB' }),
            summary({ id: 'p2', receiptNumber: '2026-000503', title: 'Open311 판로 요청', channel: 'PARTNER' }),
          ],
        },
      }),
    })
    const user = userEvent.setup()
    renderApp('/admin/partners')

    const table = await screen.findByTestId('partner-requests')
    expect(within(table).getByRole('link', { name: 'Open311 자금 요청' })).toHaveAttribute('href', '/grievances/p1')
    expect(within(table).getByText('2026-000503')).toBeInTheDocument()
    expect(within(table).queryByText('2026-000502')).not.toBeInTheDocument()
    const asked = calls(fetchMock).find((c) => c.url.pathname === '/api/grievances')!
    expect(Object.fromEntries(asked.url.searchParams)).toEqual({ channel: 'PARTNER', sort: '-receivedAt', page: '0', size: '100' })

    await user.click(screen.getByRole('button', { name: '강원테크노파크 요청 보기' }))
    await waitFor(() =>
      expect(calls(fetchMock).filter((c) => c.url.pathname === '/api/grievances').at(-1)?.url.searchParams.get('partner')).toBe('GWTP'),
    )
    // The list does not say which agency sent what yet: the screen says it shows them all.
    expect(await screen.findByText('기관별 구분 없이 표시합니다.')).toBeInTheDocument()
  })

  it('is for admins only', async () => {
    signIn(coordinatorUser)
    mockApi({})
    renderApp('/admin/partners')
    expect(await screen.findByRole('heading', { name: '접근 권한이 없습니다' })).toBeInTheDocument()
  })
})
