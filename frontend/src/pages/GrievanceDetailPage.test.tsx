import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { GrievanceDetail } from '../api/types'
import { detail } from '../test/fixtures'
import {
  calls,
  CATEGORIES,
  companyUser,
  coordinatorUser,
  DEPARTMENTS,
  mockApi,
  officerUser,
  problem,
  renderApp,
  signIn,
} from '../test/utils'

const refData = {
  'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
  'GET /api/grievances/departments': () => ({ body: DEPARTMENTS }),
}

function serve(g: GrievanceDetail, more: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({ ...refData, [`GET /api/grievances/${g.id}`]: () => ({ body: g }), ...more })
}

const posts = (fetchMock: ReturnType<typeof mockApi>) => calls(fetchMock).filter((c) => c.method === 'POST')

describe('기업애로 상세 (담당자)', () => {
  it('shows only the action buttons the server allows', async () => {
    signIn(officerUser)
    serve(detail({ allowedActions: ['START', 'TRANSFER', 'EXTEND'] }))
    renderApp('/grievances/g-1')

    const bar = await screen.findByRole('group', { name: '처리 작업' })
    const names = within(bar)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(names).toEqual(['처리 시작', '이송', '기한 연장'])
    expect(screen.queryByRole('button', { name: '배정' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '답변 등록' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '종결' })).not.toBeInTheDocument()
  })

  it('shows no action section at all when nothing is allowed', async () => {
    signIn(officerUser)
    serve(detail({ allowedActions: [] }))
    renderApp('/grievances/g-1')

    expect(await screen.findByTestId('detail-receipt-number')).toHaveTextContent('2026-000123')
    expect(screen.queryByRole('heading', { name: '처리' })).not.toBeInTheDocument()
  })

  it('shows the header: receipt number, status, deadline with D-n, company and the unmasked contact', async () => {
    signIn(officerUser)
    serve(detail({ dueAt: '2099-01-01T18:00:00+09:00' }))
    renderApp('/grievances/g-1')

    expect(await screen.findByRole('heading', { level: 1, name: '운전자금 지원 문의' })).toBeInTheDocument()
    expect(screen.getByTestId('detail-receipt-number')).toHaveTextContent('2026-000123')
    expect(screen.getByTestId('grievance-status')).toHaveTextContent('배정')
    expect(screen.getByTestId('deadline')).toHaveTextContent(/2099-01-01 18:00\s*D-\d+/)
    expect(screen.getByText('134-86-72683')).toBeInTheDocument()
    expect(within(screen.getByTestId('contact')).getByText('010-1234-5678')).toBeInTheDocument()
    const timeline = screen.getByTestId('timeline')
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(2)
    expect(within(timeline).getByText('자금 분야')).toBeInTheDocument()
  })

  it('starts handling in one click and shows the new status', async () => {
    signIn(officerUser)
    const fetchMock = serve(detail({ allowedActions: ['START'] }), {
      'POST /api/grievances/g-1/start': () => ({
        body: detail({ status: 'IN_PROGRESS', allowedActions: ['ANSWER', 'EXTEND'] }),
      }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '처리 시작' }))

    expect(await screen.findByText('처리를 시작했습니다.')).toBeInTheDocument()
    expect(screen.getByTestId('grievance-status')).toHaveTextContent('처리중')
    expect(screen.getByRole('button', { name: '답변 등록' })).toBeInTheDocument()
    expect(posts(fetchMock)).toEqual([expect.objectContaining({ body: {} })])
  })

  it('assigns to a lead department with cooperating departments', async () => {
    signIn(coordinatorUser)
    const fetchMock = serve(detail({ status: 'RECEIVED', departmentId: undefined, departmentName: undefined, allowedActions: ['ASSIGN'] }), {
      'POST /api/grievances/g-1/assign': () => ({ body: detail({ allowedActions: [] }) }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '배정' }))
    const panel = screen.getByTestId('panel-ASSIGN')
    await user.click(within(panel).getByRole('button', { name: '배정하기' }))
    expect(within(panel).getByLabelText(/^소관부서/)).toHaveAccessibleDescription('소관부서를 선택해 주세요. (필수 입력)')
    expect(posts(fetchMock)).toHaveLength(0)

    await user.selectOptions(within(panel).getByLabelText(/^소관부서/), 'ENTERPRISE_ECONOMY')
    await user.click(within(panel).getByLabelText('투자유치과'))
    await user.click(within(panel).getByRole('button', { name: '배정하기' }))

    expect(await screen.findByText('소관부서에 배정했습니다.')).toBeInTheDocument()
    expect(posts(fetchMock)[0].body).toEqual({
      departmentId: 'ENTERPRISE_ECONOMY',
      cooperatingDepartmentIds: ['INVESTMENT'],
    })
  })

  it('requires a rejection reason and an appeal guide for 불수용, and sends them', async () => {
    signIn(officerUser)
    const fetchMock = serve(detail({ status: 'IN_PROGRESS', allowedActions: ['ANSWER'] }), {
      'POST /api/grievances/g-1/answer': () => ({ body: detail({ status: 'ANSWERED', allowedActions: [] }) }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '답변 등록' }))
    const panel = screen.getByTestId('panel-ANSWER')
    expect(within(panel).queryByLabelText(/불수용 사유/)).not.toBeInTheDocument()
    await user.click(within(panel).getByRole('radio', { name: /불수용/ }))
    await user.type(within(panel).getByLabelText(/^답변 내용/), '관련 법령상 지원 대상이 아닙니다.')
    await user.type(within(panel).getByLabelText(/^답변 공무원/), '이수연')
    await user.click(within(panel).getByRole('button', { name: '답변 등록하기' }))

    expect(within(panel).getByLabelText(/^불수용 사유/)).toHaveAccessibleDescription(
      /불수용 사유를 입력해 주세요\. \(불수용 시 필수\)/,
    )
    expect(within(panel).getByLabelText(/^이의신청 안내/)).toHaveAccessibleDescription(
      /이의신청 방법을 안내해 주세요\. \(불수용 시 필수\)/,
    )
    expect(within(panel).getByLabelText(/^불수용 사유/)).toHaveFocus()
    expect(posts(fetchMock)).toHaveLength(0)

    await user.type(within(panel).getByLabelText(/^불수용 사유/), '조례상 지원 요건 미충족')
    await user.click(within(panel).getByRole('button', { name: '기본 안내 문구 넣기' }))
    await user.click(within(panel).getByRole('button', { name: '답변 등록하기' }))

    await waitFor(() => expect(posts(fetchMock)).toHaveLength(1))
    expect(posts(fetchMock)[0].body).toEqual({
      result: 'NOT_ACCEPTED',
      text: '관련 법령상 지원 대상이 아닙니다.',
      officialName: '이수연',
      rejectionReason: '조례상 지원 요건 미충족',
      appealGuide: expect.stringContaining('90일 이내에'),
    })
  })

  it('asks for the company’s consent before a second extension', async () => {
    signIn(officerUser)
    const fetchMock = serve(
      detail({
        status: 'IN_PROGRESS',
        dueAt: '2099-03-20T18:00:00+09:00',
        extensions: [
          {
            previousDueAt: '2099-03-11T18:00:00+09:00',
            newDueAt: '2099-03-20T18:00:00+09:00',
            reason: '관계기관 협의',
            companyConsent: false,
            at: '2099-03-05T10:00:00+09:00',
          },
        ],
        allowedActions: ['EXTEND'],
      }),
    )
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '기한 연장' }))
    const panel = screen.getByTestId('panel-EXTEND')
    await user.type(within(panel).getByLabelText(/^연장할 처리기한/), '2099-03-31')
    await user.type(within(panel).getByLabelText(/^연장 사유/), '현장 확인 일정 지연')
    await user.click(within(panel).getByRole('button', { name: '연장하기' }))

    const consent = within(panel).getByRole('checkbox', { name: '기업이 처리기한 연장에 동의했습니다.' })
    expect(consent).toHaveAttribute('aria-invalid', 'true')
    expect(consent).toHaveAccessibleDescription(/다시 연장하려면 기업의 동의가 필요합니다/)
    expect(posts(fetchMock)).toHaveLength(0)
  })

  it('shows the server’s 409 detail when it refuses an extension', async () => {
    signIn(officerUser)
    serve(detail({ status: 'IN_PROGRESS', dueAt: '2099-03-11T18:00:00+09:00', allowedActions: ['EXTEND'] }), {
      'POST /api/grievances/g-1/extend': () => problem(409, '두 번째 연장은 기업의 동의가 있어야 합니다.'),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '기한 연장' }))
    const panel = screen.getByTestId('panel-EXTEND')
    await user.type(within(panel).getByLabelText(/^연장할 처리기한/), '2099-03-25')
    await user.type(within(panel).getByLabelText(/^연장 사유/), '관계기관 협의')
    await user.click(within(panel).getByRole('button', { name: '연장하기' }))

    expect(await within(panel).findByRole('alert')).toHaveTextContent('두 번째 연장은 기업의 동의가 있어야 합니다.')
    // Nothing changed: the panel stays open with what was typed, the status is as it was.
    expect(within(panel).getByLabelText(/^연장 사유/)).toHaveValue('관계기관 협의')
    expect(screen.getByTestId('grievance-status')).toHaveTextContent('처리중')
  })

  it('puts a transfer’s field errors from the server under the fields', async () => {
    signIn(officerUser)
    serve(detail({ status: 'IN_PROGRESS', allowedActions: ['TRANSFER'] }), {
      'POST /api/grievances/g-1/transfer': () =>
        problem(400, '입력값이 올바르지 않습니다.', [{ field: 'transfer.body.reason', message: '이송 사유가 너무 짧습니다.' }]),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '이송' }))
    const panel = screen.getByTestId('panel-TRANSFER')
    await user.click(within(panel).getByRole('radio', { name: /외부 기관/ }))
    await user.type(within(panel).getByLabelText(/^이송할 기관/), '강원신용보증재단')
    await user.type(within(panel).getByLabelText(/^이송 사유/), '보증')
    await user.click(within(panel).getByRole('button', { name: '이송하기' }))

    expect(await within(panel).findByText('이송 사유가 너무 짧습니다.')).toHaveClass('form-hint-invalid')
    expect(within(panel).getByRole('alert')).toHaveTextContent('입력값이 올바르지 않습니다.')
  })
})

describe('기업애로 상세 (기업)', () => {
  it('shows the answer: result, text, official, department, time, and for 불수용 the reason and appeal guide', async () => {
    signIn(companyUser)
    serve(
      detail({
        status: 'ANSWERED',
        answer: {
          result: 'NOT_ACCEPTED',
          resultName: '불수용',
          text: '현행 조례상 지원이 어렵습니다.',
          officialName: '이수연',
          departmentName: '기업경제과 기업SOS팀',
          answeredAt: '2026-03-05T06:30:00Z',
          rejectionReason: '지원 요건(업력 3년) 미충족',
          appealGuide: '통지받은 날부터 90일 이내에 이의신청할 수 있습니다.',
        },
      }),
    )
    renderApp('/grievances/g-1')

    const block = await screen.findByTestId('answer-block')
    expect(within(block).getByTestId('answer-result')).toHaveTextContent('불수용')
    expect(within(block).getByText('현행 조례상 지원이 어렵습니다.')).toBeInTheDocument()
    expect(within(block).getByTestId('answer-official')).toHaveTextContent('이수연')
    expect(within(block).getByText('2026-03-05 15:30')).toBeInTheDocument()
    const rejection = within(block).getByTestId('rejection')
    expect(rejection).toHaveTextContent('지원 요건(업력 3년) 미충족')
    expect(rejection).toHaveTextContent('이의신청 안내')
    expect(screen.queryByTestId('panel-RATE')).not.toBeInTheDocument()
  })

  it('rates with a star score and shows the case closed', async () => {
    signIn(companyUser)
    const answered = detail({
      status: 'ANSWERED',
      answer: {
        result: 'ACCEPTED',
        text: '육성자금 신청 절차를 안내드립니다.',
        officialName: '이수연',
        answeredAt: '2026-03-05T10:00:00+09:00',
      },
      allowedActions: ['RATE', 'REOPEN'],
    })
    const fetchMock = serve(answered, {
      'POST /api/grievances/g-1/rating': () => ({
        body: { ...answered, status: 'CLOSED', rating: { score: 4, ratedAt: '2026-03-06T10:00:00+09:00' }, allowedActions: [] },
      }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    const form = await screen.findByTestId('panel-RATE')
    const group = within(form).getByRole('group', { name: /만족도/ })
    expect(within(group).getAllByRole('radio')).toHaveLength(5)
    await user.click(within(group).getByRole('radio', { name: '4점 (만족)' }))
    await user.click(within(form).getByRole('button', { name: '평가 제출' }))

    expect(await screen.findByText('평가해 주셔서 감사합니다. 기업애로가 종결되었습니다.')).toBeInTheDocument()
    expect(posts(fetchMock)[0].body).toEqual({ score: 4 })
    expect(screen.getByTestId('grievance-status')).toHaveTextContent('종결')
    expect(screen.getByTestId('rating-block')).toHaveTextContent('4점 (만족)')
    expect(screen.queryByTestId('panel-RATE')).not.toBeInTheDocument()
  })

  it('asks for a score before sending a rating', async () => {
    signIn(companyUser)
    const fetchMock = serve(detail({ status: 'ANSWERED', allowedActions: ['RATE'] }))
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    const form = await screen.findByTestId('panel-RATE')
    await user.click(within(form).getByRole('button', { name: '평가 제출' }))

    expect(within(form).getByText('만족도를 선택해 주세요. (필수 입력)')).toBeInTheDocument()
    expect(within(form).getByRole('radio', { name: '1점 (매우 불만족)' })).toHaveFocus()
    expect(posts(fetchMock)).toHaveLength(0)
  })

  it('requests a reopening with a reason', async () => {
    signIn(companyUser)
    const fetchMock = serve(detail({ status: 'CLOSED', allowedActions: ['REOPEN'] }), {
      'POST /api/grievances/g-1/reopen': () => ({ body: detail({ status: 'REOPENED', allowedActions: [] }) }),
    })
    const user = userEvent.setup()
    renderApp('/grievances/g-1')

    await user.click(await screen.findByRole('button', { name: '재개 요청' }))
    const panel = screen.getByTestId('panel-REOPEN')
    await user.click(within(panel).getByRole('button', { name: '재개 요청하기' }))
    expect(within(panel).getByLabelText(/^재개 사유/)).toHaveAccessibleDescription(/재개 사유를 입력해 주세요/)

    await user.type(within(panel).getByLabelText(/^재개 사유/), '답변 이후 상황이 바뀌었습니다.')
    await user.click(within(panel).getByRole('button', { name: '재개 요청하기' }))

    expect(await screen.findByTestId('grievance-status')).toHaveTextContent('재개')
    expect(posts(fetchMock)[0].body).toEqual({ reason: '답변 이후 상황이 바뀌었습니다.' })
  })

  it('says so when the grievance is not there (another company’s answers 404)', async () => {
    signIn(companyUser)
    mockApi(refData)
    renderApp('/grievances/other')

    expect(await screen.findByRole('alert')).toHaveTextContent('요청한 정보를 찾을 수 없습니다.')
    expect(screen.getByRole('link', { name: '내 기업애로 목록으로' })).toHaveAttribute('href', '/grievances')
  })
})
