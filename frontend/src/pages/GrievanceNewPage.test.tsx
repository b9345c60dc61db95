import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { calls, CATEGORIES, coordinatorUser, mockApi, renderApp, signIn } from '../test/utils'

const fieldError = (text: string) => screen.getByText(text, { selector: '.form-hint-invalid' })

async function openForm() {
  signIn()
  renderApp('/grievances/new')
  // The category list arrives from the API.
  await screen.findByRole('option', { name: '자금' })
}

describe('기업애로 접수', () => {
  it('shows a Korean message on every empty field and sends nothing', async () => {
    const fetchMock = mockApi({ 'GET /api/grievances/categories': () => ({ body: CATEGORIES }) })
    const user = userEvent.setup()
    await openForm()

    await user.click(screen.getByRole('button', { name: '접수하기' }))

    expect(fieldError('유형을 선택해 주세요. (필수 입력)')).toBeInTheDocument()
    expect(fieldError('분야를 선택해 주세요. (필수 입력)')).toBeInTheDocument()
    expect(fieldError('제목을 입력해 주세요. (필수 입력)')).toBeInTheDocument()
    expect(fieldError('내용을 입력해 주세요. (필수 입력)')).toBeInTheDocument()
    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('4개 항목에 오류가 있습니다.')
    expect(within(summary).getByRole('link', { name: /^제목:\s*제목을 입력해 주세요/ })).toBeInTheDocument()
    expect(screen.getByLabelText(/제목/)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('radio', { name: /애로\(고충\)/ })).toHaveFocus()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('counts characters live and rejects content over 4000 characters', async () => {
    mockApi({ 'GET /api/grievances/categories': () => ({ body: CATEGORIES }) })
    const user = userEvent.setup()
    await openForm()

    const content = screen.getByLabelText(/^내용/)
    fireEvent.change(content, { target: { value: '가'.repeat(4001) } })
    expect(screen.getByText(/4,001\/4,000/)).toHaveClass('is-over')

    await user.click(screen.getByRole('button', { name: '접수하기' }))
    expect(screen.getByLabelText(/^내용/)).toHaveAccessibleDescription(
      /내용은 4,000자 이내로 입력해 주세요\. \(글자 수 초과: 4,001자\)/,
    )

    fireEvent.change(content, { target: { value: '가'.repeat(4000) } })
    expect(screen.getByLabelText(/^내용/)).not.toHaveAccessibleDescription(/내용은 4,000자 이내로/)
    expect(screen.getByText(/4,000\/4,000/)).not.toHaveClass('is-over')
  })

  it('puts the server’s errors[] under the matching fields', async () => {
    mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'POST /api/grievances': () => ({
        status: 400,
        problem: true,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: '입력값이 올바르지 않습니다.',
          errors: [
            { field: 'create.request.title', message: '제목에 사용할 수 없는 문자가 있습니다.' },
            { field: 'category', message: '지원하지 않는 분야입니다.' },
          ],
        },
      }),
    })
    const user = userEvent.setup()
    await openForm()

    await user.click(screen.getByRole('radio', { name: /건의/ }))
    await user.selectOptions(screen.getByLabelText(/분야/), 'FUNDING')
    await user.type(screen.getByLabelText(/제목/), '운전자금 지원 확대 건의')
    await user.type(screen.getByLabelText(/^내용/), '원자재 가격 상승으로 운전자금이 부족합니다.')
    await user.click(screen.getByRole('button', { name: '접수하기' }))

    const title = screen.getByLabelText(/제목/)
    expect(await screen.findByText('제목에 사용할 수 없는 문자가 있습니다.', { selector: '.form-hint-invalid' })).toBeInTheDocument()
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/제목에 사용할 수 없는 문자가 있습니다\./)
    expect(screen.getByLabelText(/분야/)).toHaveAccessibleDescription('지원하지 않는 분야입니다.')
    expect(screen.getByRole('alert')).toHaveTextContent('입력값이 올바르지 않습니다.')
    expect(screen.getByLabelText(/분야/)).toHaveFocus()
  })

  it('sends the draft and shows the receipt number to quote on the phone', async () => {
    const fetchMock = mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'POST /api/grievances': () => ({
        status: 201,
        body: {
          id: 123,
          receiptNumber: '2026-000123',
          status: 'RECEIVED',
          kind: 'COMPLAINT',
          category: 'EXPORT',
          title: '수출 바우처 정산 지연',
          receivedAt: '2026-04-30T23:10:00Z',
          dueDate: '2026-05-14',
        },
      }),
    })
    const user = userEvent.setup()
    await openForm()

    await user.click(screen.getByRole('radio', { name: /애로\(고충\)/ }))
    await user.selectOptions(screen.getByLabelText(/분야/), 'EXPORT')
    await user.type(screen.getByLabelText(/제목/), '  수출 바우처 정산 지연 ')
    await user.type(screen.getByLabelText(/^내용/), '정산이 두 달째 지연되고 있습니다.')
    await user.click(screen.getByRole('button', { name: '접수하기' }))

    expect(await screen.findByTestId('receipt-number')).toHaveTextContent('2026-000123')
    expect(screen.getByText(/전화로 문의하실 때/)).toHaveTextContent(
      '전화로 문의하실 때 이 접수번호를 말씀해 주시면 처리 상황을 바로 확인해 드립니다.',
    )
    const details = document.querySelector('.receipt-details') as HTMLElement
    expect(within(details).getByText('2026-05-01 08:10')).toBeInTheDocument()
    expect(within(details).getByText('2026-05-14')).toBeInTheDocument()
    expect(within(details).getByText('수출')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '내 기업애로 보기' })).toHaveAttribute('href', '/grievances')

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      kind: 'COMPLAINT',
      category: 'EXPORT',
      title: '수출 바우처 정산 지연',
      content: '정산이 두 달째 지연되고 있습니다.',
    })
  })

  it('rejects a 사업자등록번호 whose check digit is wrong when staff file on a company’s behalf', async () => {
    const fetchMock = mockApi({ 'GET /api/grievances/categories': () => ({ body: CATEGORIES }) })
    const user = userEvent.setup()
    signIn(coordinatorUser)
    renderApp('/grievances/new')
    await screen.findByRole('option', { name: '자금' })
    expect(screen.getByRole('heading', { level: 1, name: '접수 대행' })).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: /전화/ }))
    await user.type(screen.getByLabelText(/^사업자등록번호/), '134-86-72684')
    await user.type(screen.getByLabelText(/^기업명/), '㈜강원정밀')
    await user.selectOptions(screen.getByLabelText(/^소재 시군/), 'CHUNCHEON')
    await user.click(screen.getByRole('radio', { name: /애로\(고충\)/ }))
    await user.selectOptions(screen.getByLabelText(/^분야/), 'FUNDING')
    await user.type(screen.getByLabelText(/^제목/), '운전자금 문의')
    await user.type(screen.getByLabelText(/^내용/), '전화로 접수한 운전자금 문의입니다.')
    await user.click(screen.getByRole('button', { name: '접수하기' }))

    const bn = screen.getByLabelText(/^사업자등록번호/)
    expect(bn).toHaveAttribute('aria-invalid', 'true')
    expect(bn).toHaveAccessibleDescription(/사업자등록번호가 올바르지 않습니다\. 번호를 다시 확인해 주세요\. \(검증번호 불일치\)/)
    expect(bn).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent('1개 항목에 오류가 있습니다.')
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('sends the channel, the company and the contact when staff file on a company’s behalf', async () => {
    const fetchMock = mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'POST /api/grievances': () => ({
        status: 201,
        body: {
          id: 'g-9',
          receiptNumber: '2026-000130',
          status: 'ASSIGNED',
          kind: 'SUGGESTION',
          category: 'SALES',
          title: '공공조달 판로 건의',
          receivedAt: '2026-05-04T10:00:00+09:00',
          dueAt: '2026-05-22T18:00:00+09:00',
          departmentName: '기업경제과 기업SOS팀',
        },
      }),
    })
    const user = userEvent.setup()
    signIn(coordinatorUser)
    renderApp('/grievances/new')
    await screen.findByRole('option', { name: '판로' })

    await user.click(screen.getByRole('radio', { name: /현장방문/ }))
    await user.type(screen.getByLabelText(/^사업자등록번호/), '220-81-62517')
    await user.type(screen.getByLabelText(/^기업명/), '㈜설악바이오')
    await user.selectOptions(screen.getByLabelText(/^소재 시군/), 'SOKCHO')
    await user.selectOptions(screen.getByLabelText(/^기업 규모/), '중소')
    await user.click(screen.getByRole('radio', { name: /^건의/ }))
    await user.selectOptions(screen.getByLabelText(/^분야/), 'SALES')
    await user.type(screen.getByLabelText(/^제목/), '공공조달 판로 건의')
    await user.type(screen.getByLabelText(/^내용/), '우수제품 지정 지원을 건의합니다.')
    await user.type(screen.getByLabelText(/^담당자 이름/), '박지원')
    await user.type(screen.getByLabelText(/^담당자 전화번호/), '033-123-4567')
    await user.click(screen.getByRole('button', { name: '접수하기' }))

    expect(await screen.findByTestId('receipt-number')).toHaveTextContent('2026-000130')
    expect(screen.getByText('기업경제과 기업SOS팀')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '상세 보기' })).toHaveAttribute('href', '/grievances/g-9')
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'SUGGESTION',
      category: 'SALES',
      title: '공공조달 판로 건의',
      content: '우수제품 지정 지원을 건의합니다.',
      channel: 'VISIT',
      company: { businessNumber: '2208162517', name: '㈜설악바이오', municipality: 'SOKCHO', sizeClass: '중소' },
      contact: { name: '박지원', phone: '033-123-4567' },
    })
  })
})
