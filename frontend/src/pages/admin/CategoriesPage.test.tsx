import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { adminUser, calls, CATEGORIES, companyUser, mockApi, renderApp, signIn } from '../../test/utils'

describe('분야 관리', () => {
  it('adds a category with an upper-case code after checking it is new', async () => {
    signIn(adminUser)
    const fetchMock = mockApi({
      'GET /api/grievances/categories': () => ({ body: CATEGORIES }),
      'POST /api/grievances/categories': () => ({ status: 201, body: { code: 'ENERGY', name: '에너지' } }),
    })
    const user = userEvent.setup()
    renderApp('/admin/categories')
    await screen.findByText('FUNDING')

    await user.type(screen.getByLabelText(/^코드/), 'FUNDING')
    await user.type(screen.getByLabelText(/^분야명/), '에너지')
    await user.click(screen.getByRole('button', { name: '분야 추가' }))
    expect(screen.getByLabelText(/^코드/)).toHaveAccessibleDescription(/이미 있는 코드입니다\./)

    await user.clear(screen.getByLabelText(/^코드/))
    await user.type(screen.getByLabelText(/^코드/), 'energy')
    await user.click(screen.getByRole('button', { name: '분야 추가' }))

    expect(await screen.findByText("분야 '에너지'을(를) 추가했습니다.")).toBeInTheDocument()
    await waitFor(() =>
      expect(calls(fetchMock).find((c) => c.method === 'POST')?.body).toEqual({ code: 'ENERGY', name: '에너지' }),
    )
  })

  it('is closed to a company user', async () => {
    signIn(companyUser)
    mockApi({})
    renderApp('/admin/categories')

    expect(await screen.findByRole('heading', { level: 1, name: '접근 권한이 없습니다' })).toBeInTheDocument()
  })
})
