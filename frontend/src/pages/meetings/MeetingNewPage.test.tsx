import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { meeting } from '../../test/fixtures'
import {
  calls,
  coordinatorUser,
  currentLocation,
  MEETING_DEPARTMENTS,
  MEETING_KINDS,
  mockApi,
  officerUser,
  PARTNER_AGENCIES,
  problem,
  renderApp,
  signIn,
} from '../../test/utils'

const refs = {
  'GET /api/meetings/kinds': () => ({ body: MEETING_KINDS }),
  'GET /api/meetings/departments': () => ({ body: MEETING_DEPARTMENTS }),
  'GET /api/meetings/partner-agencies': () => ({ body: PARTNER_AGENCIES }),
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: /현장전략회의/ })
  await user.selectOptions(screen.getByLabelText(/^회의 종류/), 'FIELD_STRATEGY')
  await user.type(screen.getByLabelText(/^회의명/), '2026년 2차 현장전략회의')
  fireEvent.change(screen.getByLabelText(/^시작 일시/), { target: { value: '2026-06-19T14:00' } })
  await user.selectOptions(screen.getByLabelText(/^개최 시군/), 'JEONGSEON')
}

describe('회의 계획 등록', () => {
  it('checks the fields in Korean before sending, and focuses the first wrong one', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi(refs)
    const user = userEvent.setup()
    renderApp('/meetings/new')
    await screen.findByRole('option', { name: /현장전략회의/ })

    fireEvent.change(screen.getByLabelText(/^시작 일시/), { target: { value: '2026-06-19T14:00' } })
    fireEvent.change(screen.getByLabelText(/^종료 일시/), { target: { value: '2026-06-19T13:00' } })
    await user.click(screen.getByRole('button', { name: '계획 등록' }))

    expect(screen.getByLabelText(/^회의 종류/)).toHaveAccessibleDescription('회의 종류를 선택해 주세요. (필수 입력)')
    expect(screen.getByLabelText(/^회의명/)).toHaveAccessibleDescription(/회의명을 입력해 주세요/)
    expect(screen.getByLabelText(/^종료 일시/)).toHaveAccessibleDescription(/종료 일시는 시작 일시보다 늦어야 합니다\./)
    expect(screen.getByLabelText(/^개최 시군/)).toHaveAccessibleDescription('개최 시군을 선택해 주세요. (필수 입력)')
    expect(screen.getByLabelText(/^회의 종류/)).toHaveFocus()
    expect(calls(fetchMock).filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('plans the meeting with the invited departments and agencies and opens its page', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...refs,
      'POST /api/meetings': () => ({ status: 201, body: meeting({ id: 'm-new' }) }),
      'GET /api/meetings/m-new': () => ({ body: meeting({ id: 'm-new' }) }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/new')
    await fillRequired(user)
    expect(screen.getByLabelText(/^종료 일시/)).toHaveValue('2026-06-19T16:00')
    await user.type(screen.getByLabelText(/^장소/), '정선군청 소회의실')
    await user.click(screen.getByLabelText('기업경제과 기업SOS팀'))
    await user.click(screen.getByLabelText('강원테크노파크'))
    await user.click(screen.getByLabelText(/공개 회의로 등록/))
    await user.type(screen.getByLabelText(/^정원/), '20')
    await user.click(screen.getByRole('button', { name: '계획 등록' }))

    await waitFor(() => expect(currentLocation()).toBe('/meetings/m-new'))
    expect(await screen.findByText(/회의 계획을 등록했습니다/)).toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'FIELD_STRATEGY',
      title: '2026년 2차 현장전략회의',
      startsAt: '2026-06-19T14:00',
      endsAt: '2026-06-19T16:00',
      municipality: 'JEONGSEON',
      venue: '정선군청 소회의실',
      hostOrganization: 'PROVINCE',
      publicMeeting: true,
      capacity: 20,
      invitedDepartments: ['ENTERPRISE_ECONOMY'],
      partnerAgencies: ['GWTP'],
    })
  })

  it('puts the server’s field errors under the fields', async () => {
    signIn(coordinatorUser)
    mockApi({
      ...refs,
      'POST /api/meetings': () =>
        problem(400, 'endsAt: 종료 일시는 시작 일시보다 늦어야 합니다.', [
          { field: 'endsAt', message: '종료 일시는 시작 일시보다 늦어야 합니다.' },
          { field: 'partnerAgencies[0]', message: '알 수 없는 유관기관입니다.' },
        ]),
    })
    const user = userEvent.setup()
    renderApp('/meetings/new')
    await fillRequired(user)
    await user.click(screen.getByRole('button', { name: '계획 등록' }))

    expect(await screen.findByLabelText(/^종료 일시/)).toHaveAccessibleDescription(/종료 일시는 시작 일시보다 늦어야 합니다\./)
    expect(screen.getByRole('group', { name: /초청 유관기관/ })).toHaveAccessibleDescription('알 수 없는 유관기관입니다.')
    expect(screen.getByLabelText(/^종료 일시/)).toHaveFocus()
  })

  it('fixes an officer’s meeting to its own department', async () => {
    signIn(officerUser)
    mockApi(refs)
    renderApp('/meetings/new')

    await waitFor(() => expect(screen.getByLabelText(/^주관 부서/)).toHaveValue('기업경제과 기업SOS팀'))
    expect(screen.getByLabelText(/^주관 부서/)).toHaveAttribute('readonly')
  })
})
