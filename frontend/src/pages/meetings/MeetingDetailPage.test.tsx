import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Meeting } from '../../api/types'
import { meeting, participant, raisedItem } from '../../test/fixtures'
import {
  calls,
  companyUser,
  coordinatorUser,
  DEPARTMENTS,
  mockApi,
  officerUser,
  problem,
  renderApp,
  signIn,
} from '../../test/utils'

const withMeeting = (m: Meeting) => ({
  'GET /api/meetings/m-1': () => ({ body: m }),
  'GET /api/grievances/departments': () => ({ body: DEPARTMENTS }),
})

const HELD = meeting({
  status: 'HELD',
  statusName: '개최',
  heldAt: '2026-03-21T16:10:00+09:00',
  participants: [participant({ attended: true })],
})

const answered = raisedItem({
  id: 'ri-answered',
  title: '운전자금 한도 상향 건의',
  progress: {
    grievanceId: 'g-77',
    receiptNumber: '2026-000777',
    status: 'ANSWERED',
    statusName: '처리완료',
    responsibleDepartmentId: 'ENTERPRISE_ECONOMY',
    overdue: false,
    answerResult: 'ACCEPTED',
    answerResultName: '수용',
    answerSummary: '하반기 육성자금 한도를 3억 원으로 늘립니다.',
    answeredAt: '2026-03-25T10:00:00+09:00',
  },
})
const waiting = raisedItem({ id: 'ri-waiting', title: '수출 바우처 문의' })

afterEach(() => vi.unstubAllGlobals())

describe('회의 상세', () => {
  it('shows each raised item’s receipt number, grievance status and answer, linked to the grievance', async () => {
    signIn(coordinatorUser)
    mockApi(withMeeting({ ...HELD, raisedItems: [answered, waiting], raisedItemCount: 2 }))
    renderApp('/meetings/m-1')

    const item = await screen.findByTestId('raised-item-ri-answered')
    expect(within(item).getByRole('link', { name: '2026-000777' })).toHaveAttribute('href', '/grievances/g-77')
    expect(within(item).getByTestId('raised-status')).toHaveTextContent('처리완료')
    expect(within(item).getByTestId('raised-answer-result')).toHaveTextContent('수용')
    expect(within(item).getByTestId('raised-answer-text')).toHaveTextContent('하반기 육성자금 한도를 3억 원으로 늘립니다.')
    expect(await within(item).findByText('기업경제과 기업SOS팀')).toBeInTheDocument()
    const pending = screen.getByTestId('raised-item-ri-waiting')
    expect(within(pending).getByTestId('raised-status')).toHaveTextContent('접수 대기')
    expect(within(pending).queryByRole('link')).not.toBeInTheDocument()
  })

  it('gives an officer of another department the receipt number without a link', async () => {
    signIn({ ...officerUser, departmentId: 'INVESTMENT' })
    mockApi(withMeeting({ ...HELD, raisedItems: [answered], permissions: { canManage: false, canRegister: false } }))
    renderApp('/meetings/m-1')

    const item = await screen.findByTestId('raised-item-ri-answered')
    expect(within(item).getByTestId('raised-receipt')).toHaveTextContent('2026-000777')
    expect(within(item).queryByRole('link')).not.toBeInTheDocument()
  })

  it('hides the minutes section until the meeting is held', async () => {
    signIn(coordinatorUser)
    mockApi(withMeeting(meeting({ status: 'CONFIRMED', statusName: '확정', minutes: null })))
    renderApp('/meetings/m-1')

    expect(await screen.findByRole('heading', { level: 2, name: '안건' })).toBeInTheDocument()
    expect(screen.queryByTestId('minutes-section')).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '회의록' })).not.toBeInTheDocument()
  })

  it('shows the minutes once the meeting is held', async () => {
    signIn(coordinatorUser)
    mockApi(withMeeting({ ...HELD, minutes: '기업 12개사 참석, 애로 5건 청취', minutesRecordedBy: '기업지원과 김지원' }))
    renderApp('/meetings/m-1')

    expect(await screen.findByTestId('minutes-text')).toHaveTextContent('기업 12개사 참석, 애로 5건 청취')
  })

  it('shows the overview in Seoul time with participants counted by type', async () => {
    signIn(coordinatorUser)
    mockApi(withMeeting(meeting({ startsAt: '2026-03-21T05:00:00Z', endsAt: '2026-03-21T07:00:00Z' })))
    renderApp('/meetings/m-1')

    expect(await screen.findByTestId('meeting-time')).toHaveTextContent('2026-03-21 14:00 ~ 16:00')
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('계획')
    expect(screen.getByText('정례')).toHaveClass('krds-badge')
    expect(screen.getByTestId('count-DEPARTMENT')).toHaveTextContent('부서 1곳')
    expect(screen.getByTestId('count-PARTNER_AGENCY')).toHaveTextContent('유관기관 1곳')
    expect(within(screen.getByTestId('participants')).getByText('강원테크노파크')).toBeInTheDocument()
  })

  it('confirms a planned meeting in one click', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting()),
      'POST /api/meetings/m-1/confirm': () => ({ body: meeting({ status: 'CONFIRMED', statusName: '확정' }) }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '회의 확정' }))
    expect(await screen.findByTestId('meeting-status')).toHaveTextContent('확정')
    expect(calls(fetchMock).some((c) => c.method === 'POST' && c.url.pathname === '/api/meetings/m-1/confirm')).toBe(true)
    expect(screen.getByRole('button', { name: '개최 기록' })).toBeInTheDocument()
  })

  it('maps the hold form’s server errors to its fields', async () => {
    signIn(coordinatorUser)
    mockApi({
      ...withMeeting(meeting({ status: 'CONFIRMED', statusName: '확정' })),
      'POST /api/meetings/m-1/hold': () =>
        problem(400, '입력값을 확인해 주세요.', [
          { field: 'minutes', message: '회의록은 20,000자 이내로 입력해 주세요.' },
          { field: 'attendance[1].participantId', message: '이 회의의 참석자가 아닙니다.' },
        ]),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '개최 기록' }))
    const panel = screen.getByTestId('panel-HOLD')
    await user.type(within(panel).getByLabelText(/^회의록/), '회의 내용')
    await user.click(within(panel).getByRole('button', { name: '개최 기록하기' }))

    expect(await within(panel).findByRole('alert')).toHaveTextContent('입력값을 확인해 주세요.')
    expect(within(panel).getByLabelText(/^회의록/)).toHaveAccessibleDescription(/회의록은 20,000자 이내로 입력해 주세요\./)
    expect(within(panel).getByRole('group', { name: /출석/ })).toHaveAccessibleDescription('이 회의의 참석자가 아닙니다.')
    // The first field in error, the attendance, takes the focus.
    expect(within(panel).getByLabelText(/기업경제과 기업SOS팀/)).toHaveFocus()
  })

  it('sends attendance for every participant, unticked ones as absent', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting({ status: 'CONFIRMED', statusName: '확정' })),
      'POST /api/meetings/m-1/hold': () => ({ body: HELD }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '개최 기록' }))
    const panel = screen.getByTestId('panel-HOLD')
    await user.click(within(panel).getByLabelText(/강원테크노파크/))
    await user.click(within(panel).getByRole('button', { name: '개최 기록하기' }))

    expect(await screen.findByTestId('meeting-status')).toHaveTextContent('개최')
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      attendance: [
        { participantId: 'p-dept', attended: true },
        { participantId: 'p-agency', attended: false },
      ],
    })
  })

  it('shows the 409 detail when holding is refused before the meeting’s day', async () => {
    signIn(coordinatorUser)
    mockApi({
      ...withMeeting(meeting({ status: 'CONFIRMED', statusName: '확정' })),
      'POST /api/meetings/m-1/hold': () => problem(409, '회의일(2026-03-21) 전에는 개최로 기록할 수 없습니다.'),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '개최 기록' }))
    const panel = screen.getByTestId('panel-HOLD')
    await user.click(within(panel).getByRole('button', { name: '개최 기록하기' }))

    expect(await within(panel).findByRole('alert')).toHaveTextContent('회의일(2026-03-21) 전에는 개최로 기록할 수 없습니다.')
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('확정')
  })

  it('asks for a reason before cancelling', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting()),
      'POST /api/meetings/m-1/cancel': () => ({
        body: meeting({ status: 'CANCELLED', statusName: '취소', cancelReason: '태풍 예보' }),
      }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '회의 취소' }))
    const panel = screen.getByTestId('panel-CANCEL')
    await user.click(within(panel).getByRole('button', { name: '회의 취소하기' }))
    expect(within(panel).getByLabelText(/^취소 사유/)).toHaveAccessibleDescription(/취소 사유를 입력해 주세요/)
    expect(calls(fetchMock).filter((c) => c.method === 'POST')).toHaveLength(0)

    await user.type(within(panel).getByLabelText(/^취소 사유/), '태풍 예보')
    await user.click(within(panel).getByRole('button', { name: '회의 취소하기' }))
    expect(await screen.findByText('취소 사유: 태풍 예보')).toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({ reason: '태풍 예보' })
  })

  it('records a raised item on a held meeting and reloads the page', async () => {
    signIn(coordinatorUser)
    let gets = 0
    const fetchMock = mockApi({
      ...withMeeting(HELD),
      'GET /api/meetings/m-1': () => {
        gets++
        return { body: gets === 1 ? HELD : { ...HELD, raisedItems: [waiting], raisedItemCount: 1 } }
      },
      'POST /api/meetings/m-1/raised-items': () => ({ status: 201, body: waiting }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '건의·질의사항 추가' }))
    const panel = screen.getByTestId('panel-RAISE_ITEM')
    await user.type(within(panel).getByLabelText(/^사업자등록번호/), '134-86-72683')
    await user.type(within(panel).getByLabelText(/^기업명/), '㈜강원정밀')
    await user.selectOptions(within(panel).getByLabelText(/^소재 시군/), 'CHUNCHEON')
    await user.click(within(panel).getByRole('radio', { name: '제도·절차 질의' }))
    await user.selectOptions(within(panel).getByLabelText(/^분야/), 'EXPORT')
    await user.type(within(panel).getByLabelText(/^제목/), '수출 바우처 문의')
    await user.type(within(panel).getByLabelText(/^내용/), '신청 자격을 알려 주십시오.')
    await user.click(within(panel).getByRole('button', { name: '건의·질의사항 기록' }))

    expect(await screen.findByTestId('raised-item-ri-waiting')).toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      businessNumber: '1348672683',
      companyName: '㈜강원정밀',
      companyMunicipality: 'CHUNCHEON',
      kind: 'PROCEDURE_QUESTION',
      category: 'EXPORT',
      title: '수출 바우처 문의',
      content: '신청 자격을 알려 주십시오.',
    })
  })

  it('checks the 사업자등록번호 of a raised item before sending', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi(withMeeting(HELD))
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '건의·질의사항 추가' }))
    const panel = screen.getByTestId('panel-RAISE_ITEM')
    await user.type(within(panel).getByLabelText(/^사업자등록번호/), '1348672684')
    await user.click(within(panel).getByRole('button', { name: '건의·질의사항 기록' }))

    expect(within(panel).getByLabelText(/^사업자등록번호/)).toHaveAccessibleDescription(/검증번호 불일치/)
    expect(within(panel).getByLabelText(/^사업자등록번호/)).toHaveFocus()
    expect(calls(fetchMock).filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('invites a company with its contact, checking the 사업자등록번호 first', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting()),
      'POST /api/meetings/m-1/participants': () => ({
        status: 201,
        body: participant({ id: 'p-co', type: 'COMPANY', name: '㈜강원정밀', businessNumber: '1348672683' }),
      }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '참석자 추가' }))
    const panel = screen.getByTestId('panel-ADD_PARTICIPANT')
    await user.click(within(panel).getByRole('radio', { name: '기업' }))
    await user.type(within(panel).getByLabelText(/^사업자등록번호/), '123-45-67890')
    await user.click(within(panel).getByRole('button', { name: '추가하기' }))
    expect(within(panel).getByLabelText(/^사업자등록번호/)).toHaveAccessibleDescription(/검증번호 불일치/)
    expect(within(panel).getByLabelText(/^기업명/)).toHaveAccessibleDescription('기업명을 입력해 주세요. (필수 입력)')
    expect(calls(fetchMock).filter((c) => c.method === 'POST')).toHaveLength(0)

    await user.clear(within(panel).getByLabelText(/^사업자등록번호/))
    await user.type(within(panel).getByLabelText(/^사업자등록번호/), '134-86-72683')
    await user.type(within(panel).getByLabelText(/^기업명/), '㈜강원정밀')
    await user.selectOptions(within(panel).getByLabelText(/^소재 시군/), 'CHUNCHEON')
    await user.selectOptions(within(panel).getByLabelText(/^기업 규모/), 'SME')
    await user.type(within(panel).getByLabelText('전화번호'), '033-123-4567')
    await user.click(within(panel).getByRole('button', { name: '추가하기' }))

    expect(await screen.findByText('㈜강원정밀을(를) 참석자로 추가했습니다.')).toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      type: 'COMPANY',
      company: { businessNumber: '1348672683', name: '㈜강원정밀', municipality: 'CHUNCHEON', size: 'SME' },
      contact: { phone: '033-123-4567' },
    })
  })

  it('downloads the meeting’s iCalendar file with the session token', async () => {
    signIn(coordinatorUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting()),
      'GET /api/meetings/m-1/calendar.ics': () => ({ body: 'BEGIN:VCALENDAR' }),
    })
    const createObjectURL = vi.fn(() => 'blob:ics')
    // jsdom cannot follow the download link.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '일정 내려받기 (.ics)' }))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled())
    const [, init] = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/calendar.ics'))!
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer test-token')
  })
})

describe('회의 상세 (기업)', () => {
  const open = {
    publicMeeting: true,
    capacity: 10,
    registrationCount: 7,
    remainingPlaces: 3,
    startsAt: '2099-05-01T10:00:00+09:00',
    endsAt: '2099-05-01T12:00:00+09:00',
    permissions: { canManage: false, canRegister: true },
  }

  it.each([
    ['a public meeting with places left', open, true],
    ['a full public meeting', { ...open, registrationCount: 10, remainingPlaces: 0, permissions: { canManage: false, canRegister: true } }, false],
    ['a meeting that is not public', { ...open, publicMeeting: false, permissions: { canManage: false, canRegister: false } }, false],
  ])('offers 참가 신청 only for a public meeting with room: %s', async (_, overrides, shown) => {
    signIn(companyUser)
    mockApi(withMeeting(meeting(overrides)))
    renderApp('/meetings/m-1')

    await screen.findByRole('heading', { level: 1 })
    expect(!!screen.queryByRole('button', { name: '참가 신청' })).toBe(shown)
    expect(screen.queryByRole('button', { name: '회의 확정' })).not.toBeInTheDocument()
  })

  it('registers the company for a public meeting', async () => {
    signIn(companyUser)
    let registered = false
    const fetchMock = mockApi({
      ...withMeeting(meeting(open)),
      'GET /api/meetings/m-1': () => ({
        body: meeting(registered ? { ...open, myParticipation: 'REGISTERED', registrationCount: 8, remainingPlaces: 2 } : open),
      }),
      'POST /api/meetings/m-1/registrations': () => {
        registered = true
        return { status: 201, body: participant({ id: 'reg-1', type: 'COMPANY', origin: 'REGISTERED', name: '㈜강원정밀' }) }
      },
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '참가 신청' }))
    const dialog = screen.getByRole('dialog', { name: '참가 신청' })
    await user.type(within(dialog).getByLabelText('담당자 이름'), '김영수')
    await user.click(within(dialog).getByRole('button', { name: '신청하기' }))

    expect(await screen.findByText('참가 신청을 마쳤습니다.')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: '참가 신청 취소' })).toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({ contact: { name: '김영수' } })
  })

  it('withdraws the company’s registration after confirming', async () => {
    signIn(companyUser)
    const fetchMock = mockApi({
      ...withMeeting(meeting({ ...open, myParticipation: 'REGISTERED' })),
      'GET /api/meetings/m-1/registrations': () => ({
        body: [participant({ id: 'reg-1', type: 'COMPANY', origin: 'REGISTERED', name: '㈜강원정밀' })],
      }),
      'DELETE /api/meetings/m-1/registrations/reg-1': () => ({ status: 204 }),
    })
    const user = userEvent.setup()
    renderApp('/meetings/m-1')

    await user.click(await screen.findByRole('button', { name: '참가 신청 취소' }))
    expect(calls(fetchMock).some((c) => c.method === 'DELETE')).toBe(false)
    await user.click(within(screen.getByRole('dialog', { name: '참가 신청 취소' })).getByRole('button', { name: '신청 취소하기' }))

    expect(await screen.findByText('참가 신청을 취소했습니다.')).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.method === 'DELETE' && c.url.pathname === '/api/meetings/m-1/registrations/reg-1')).toBe(true)
  })
})
