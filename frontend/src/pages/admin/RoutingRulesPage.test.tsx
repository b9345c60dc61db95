import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { adminUser, calls, CATEGORIES, DEPARTMENTS, mockApi, problem, renderApp, signIn } from '../../test/utils'

const RULES = [
  { id: 1, category: 'FUNDING', municipality: null, keyword: null, departmentId: 'ENTERPRISE_ECONOMY', departmentName: '기업경제과 기업SOS팀', priority: 10, active: true },
  { id: 2, category: null, municipality: 'WONJU', keyword: '투자', departmentId: 'INVESTMENT', departmentName: '투자유치과', priority: 50, active: false },
]

const base = {
  'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
  'GET /api/grievances/departments': () => ({ body: DEPARTMENTS }),
  'GET /api/grievances/routing-rules': () => ({ body: RULES }),
}

describe('라우팅 규칙 관리', () => {
  it('lists the rules highest priority first, with 전체 for an unset criterion', async () => {
    signIn(adminUser)
    mockApi(base)
    renderApp('/admin/routing-rules')

    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(within(rows[0]).getByText('50')).toBeInTheDocument()
    expect(within(rows[0]).getByText('원주시')).toBeInTheDocument()
    expect(within(rows[0]).getByText('중지')).toBeInTheDocument()
    expect(within(rows[1]).getByText('자금')).toBeInTheDocument()
    expect(within(rows[1]).getAllByText('전체')).toHaveLength(2)
  })

  it('checks the dialog’s fields before saving: a criterion, a department, an integer priority', async () => {
    signIn(adminUser)
    const fetchMock = mockApi(base)
    const user = userEvent.setup()
    renderApp('/admin/routing-rules')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '규칙 추가' }))
    const dialog = screen.getByRole('dialog', { name: '라우팅 규칙 추가' })
    await user.clear(within(dialog).getByLabelText(/^우선순위/))
    await user.type(within(dialog).getByLabelText(/^우선순위/), '높음')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    expect(within(dialog).getByText('분야, 시군, 키워드 중 하나 이상을 지정해 주세요.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^소관부서/)).toHaveAccessibleDescription('소관부서를 선택해 주세요. (필수 입력)')
    expect(within(dialog).getByLabelText(/^우선순위/)).toHaveAccessibleDescription(
      /우선순위는 0부터 1000까지의 정수로 입력해 주세요\./,
    )
    expect(within(dialog).getByLabelText('분야')).toHaveFocus()
    expect(calls(fetchMock).filter((c) => c.method !== 'GET')).toHaveLength(0)
  })

  it('creates a rule, closes the dialog and reloads the list', async () => {
    signIn(adminUser)
    let gets = 0
    const fetchMock = mockApi({
      ...base,
      'GET /api/grievances/routing-rules': () => {
        gets++
        return { body: RULES }
      },
      'POST /api/grievances/routing-rules': () => ({ status: 201, body: { id: 3 } }),
    })
    const user = userEvent.setup()
    renderApp('/admin/routing-rules')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '규칙 추가' }))
    const dialog = screen.getByRole('dialog', { name: '라우팅 규칙 추가' })
    await user.selectOptions(within(dialog).getByLabelText('시군'), 'GANGNEUNG')
    await user.type(within(dialog).getByLabelText(/^키워드/), '수출')
    await user.selectOptions(within(dialog).getByLabelText(/^소관부서/), 'TRADE')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    expect(await screen.findByText('규칙을 추가했습니다.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({
      category: null,
      municipality: 'GANGNEUNG',
      keyword: '수출',
      departmentId: 'TRADE',
      priority: 100,
      active: true,
    })
    await waitFor(() => expect(gets).toBe(2))
    expect(screen.getByRole('button', { name: '규칙 추가' })).toHaveFocus()
  })

  it('edits a rule with PUT and shows the server’s 409 detail in the dialog', async () => {
    signIn(adminUser)
    mockApi({
      ...base,
      'PUT /api/grievances/routing-rules/2': () => problem(409, '같은 조건의 규칙이 이미 있습니다.'),
    })
    const user = userEvent.setup()
    renderApp('/admin/routing-rules')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '우선순위 50 규칙 수정' }))
    const dialog = screen.getByRole('dialog', { name: '라우팅 규칙 수정' })
    expect(within(dialog).getByLabelText(/^키워드/)).toHaveValue('투자')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('같은 조건의 규칙이 이미 있습니다.')
  })

  it('closes the dialog with Escape', async () => {
    signIn(adminUser)
    mockApi(base)
    const user = userEvent.setup()
    renderApp('/admin/routing-rules')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '규칙 추가' }))
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('deletes a rule after confirming', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({ ...base, 'DELETE /api/grievances/routing-rules/1': () => ({ status: 204 }) })
    const user = userEvent.setup()
    renderApp('/admin/routing-rules')
    await screen.findByRole('table')

    await user.click(screen.getByRole('button', { name: '우선순위 10 규칙 삭제' }))
    await user.click(within(screen.getByRole('dialog', { name: '규칙 삭제' })).getByRole('button', { name: '삭제하기' }))

    expect(await screen.findByText('규칙을 삭제했습니다.')).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.method === 'DELETE' && c.url.pathname === '/api/grievances/routing-rules/1')).toBe(true)
  })
})
