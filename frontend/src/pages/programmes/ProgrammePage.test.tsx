import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { programmeReport, programmeView, STATUS_CONTINUING } from '../../test/fixtures'
import { calls, coordinatorUser, mockApi, officerUser, problem, renderApp, signIn } from '../../test/utils'

const REPORT_URL = '/programmes/p-sos?year=2024&quarter=3'

function withProgramme(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/reports/programmes/p-sos': () => ({ body: programmeView() }),
    'GET /api/reports/programmes/p-sos/report': () => ({ body: programmeReport() }),
    'GET /api/reports/reference': () => ({ body: {} }),
    ...extra,
  })
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('사업·KPI 목록', () => {
  it('lists programmes with 부서, 이행구분 and 이행률, linking to the report', async () => {
    signIn(officerUser)
    mockApi({
      'GET /api/reports/programmes': () => ({
        body: [
          {
            id: 'p-sos',
            code: 'BIZ_SOS',
            name: '기업SOS 시스템 운영',
            department: '기업경제과 기업SOS팀',
            nature: 'CONTINUING',
            natureLabel: '계속',
            startYear: 2022,
            endYear: 2026,
            endMonth: 6,
            indicatorCount: 1,
            status: STATUS_CONTINUING,
            rate: 100,
            overridden: false,
          },
        ],
      }),
    })
    renderApp('/programmes')

    const row = await screen.findByRole('row', { name: /기업SOS 시스템 운영/ })
    expect(row).toHaveTextContent('기업경제과 기업SOS팀')
    expect(row).toHaveTextContent('2022~2026.6')
    expect(within(row).getByText('완료(지속추진)')).toBeInTheDocument()
    expect(row).toHaveTextContent('100%')
    expect(within(row).getByRole('link', { name: '기업SOS 시스템 운영' })).toHaveAttribute('href', '/programmes/p-sos')
  })
})

describe('이행 보고서', () => {
  it('renders the 투자계획 and 집행 tables with the totals the API computed', async () => {
    signIn(officerUser)
    const fetchMock = withProgramme()
    renderApp(REPORT_URL)

    const plan = await screen.findByTestId('budget-plan')
    expect(within(plan).getByTestId('plan-TOTAL-planned')).toHaveTextContent('898')
    expect(within(plan).getByTestId('plan-TOTAL-secured')).toHaveTextContent('884')
    expect(within(plan).getByRole('row', { name: /도비/ })).toHaveTextContent(/339\s*337\s*140\s*138/)
    expect(within(plan).getByRole('columnheader', { name: '2026.6' })).toBeInTheDocument()
    const execution = screen.getByTestId('budget-execution')
    expect(within(execution).getByTestId('exec-TOTAL')).toHaveTextContent('753')
    expect(within(execution).getByTestId('exec-OTHER')).toHaveTextContent('197')
    // The 이행구분 grid marks the checked status with ○.
    expect(within(screen.getByTestId('implementation-grid')).getByText('○')).toBeInTheDocument()
    const report = calls(fetchMock).find((c) => c.url.pathname.endsWith('/report'))!
    expect(report.url.search).toBe('?year=2024&quarter=3')
    // An officer reads; only ADMIN and COORDINATOR enter data.
    expect(screen.queryByRole('heading', { name: '자료 입력' })).not.toBeInTheDocument()
  })

  it.each([
    ['엑셀(XLSX) 내려받기', 'report.xlsx'],
    ['한글(HWPX) 내려받기', 'report.hwpx'],
  ])('%s fetches the file with the bearer token and saves it', async (button, file) => {
    signIn(officerUser)
    const fetchMock = withProgramme({ [`GET /api/reports/programmes/p-sos/${file}`]: () => ({ body: 'PK' }) })
    const createObjectURL = vi.fn(() => 'blob:report')
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const user = userEvent.setup()
    renderApp(REPORT_URL)

    await user.click(await screen.findByRole('button', { name: button }))

    await waitFor(() => expect(createObjectURL).toHaveBeenCalled())
    const [input, init] = fetchMock.mock.calls.find(([u]) => String(u).includes(`/${file}`))!
    expect(String(input)).toBe(`/api/reports/programmes/p-sos/${file}?year=2024&quarter=3`)
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer test-token')
  })

  it('changes the quarter in the address and asks for that report', async () => {
    signIn(officerUser)
    const fetchMock = withProgramme()
    const user = userEvent.setup()
    renderApp(REPORT_URL)
    await screen.findByTestId('report')

    await user.selectOptions(screen.getByLabelText('분기'), '2')

    await waitFor(() =>
      expect(calls(fetchMock).some((c) => c.url.pathname.endsWith('/report') && c.url.search === '?year=2024&quarter=2')).toBe(
        true,
      ),
    )
  })
})

describe('자료 입력', () => {
  it('requires a reason before overriding the 이행구분', async () => {
    signIn(coordinatorUser)
    const fetchMock = withProgramme()
    const user = userEvent.setup()
    renderApp(REPORT_URL)

    await user.click(await screen.findByRole('button', { name: '이행구분 지정' }))
    const dialog = await screen.findByRole('dialog', { name: '이행구분 직접 지정' })
    await user.selectOptions(within(dialog).getByLabelText(/^이행구분/), 'IN_PROGRESS_LAGGING')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    const reason = within(dialog).getByLabelText(/^사유/)
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    expect(reason).toHaveFocus()
    expect(within(dialog).getByText(/사유를 입력해 주세요/)).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.method === 'PUT')).toBe(false)
  })

  it('saves an override with its reason', async () => {
    signIn(coordinatorUser)
    const fetchMock = withProgramme({
      'PUT /api/reports/programmes/p-sos/status-overrides/2024': () => ({ body: {} }),
    })
    const user = userEvent.setup()
    renderApp(REPORT_URL)

    await user.click(await screen.findByRole('button', { name: '이행구분 지정' }))
    const dialog = await screen.findByRole('dialog', { name: '이행구분 직접 지정' })
    await user.selectOptions(within(dialog).getByLabelText(/^이행구분/), 'IN_PROGRESS_LAGGING')
    await user.type(within(dialog).getByLabelText(/^사유/), '하반기 예산 이월')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    expect(await screen.findByText('2024년 이행구분을 직접 지정했습니다.')).toBeInTheDocument()
    const put = calls(fetchMock).find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({ status: 'IN_PROGRESS_LAGGING', rate: null, reason: '하반기 예산 이월' })
  })

  it('checks budget amounts in the browser and maps the server’s errors to the fields', async () => {
    signIn(coordinatorUser)
    const fetchMock = withProgramme({
      'PUT /api/reports/programmes/p-sos/budget/2024/PROVINCIAL': () =>
        problem(400, '입력 내용을 확인해 주세요.', [{ field: 'putBudgetLine.request.executed', message: '집행액은 확보액 이하여야 합니다.' }]),
    })
    const user = userEvent.setup()
    renderApp(REPORT_URL)

    await user.click(await screen.findByRole('button', { name: '예산 입력' }))
    const dialog = await screen.findByRole('dialog', { name: '예산 입력 (백만원)' })
    await user.selectOptions(within(dialog).getByLabelText(/^재원/), 'PROVINCIAL')
    // Prefilled from the table: 2024 도비 108 / 108 / 56.
    const executed = within(dialog).getByLabelText(/^집행/)
    expect(executed).toHaveValue('56')
    await user.clear(executed)
    await user.type(executed, '-3')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))
    expect(within(dialog).getByText('집행액은(는) 0 이상의 정수(백만원)로 입력해 주세요.')).toBeInTheDocument()
    expect(calls(fetchMock).some((c) => c.method === 'PUT')).toBe(false)

    await user.clear(executed)
    await user.type(executed, '200')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))
    expect(await within(dialog).findByText('집행액은 확보액 이하여야 합니다.')).toBeInTheDocument()
    expect(executed).toHaveAttribute('aria-invalid', 'true')
    const put = calls(fetchMock).find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({ planned: 108, secured: 108, executed: 200 })
  })

  it('adds an outreach entry and reloads the report', async () => {
    signIn(coordinatorUser)
    const fetchMock = withProgramme({
      'POST /api/reports/programmes/p-sos/outreach': () => ({ status: 201, body: {} }),
    })
    const user = userEvent.setup()
    renderApp(REPORT_URL)

    await user.click(await screen.findByRole('button', { name: '소통 실적 추가' }))
    const dialog = await screen.findByRole('dialog', { name: '소통 실적 추가' })
    await user.click(within(dialog).getByRole('button', { name: '저장' }))
    expect(within(dialog).getByText('소통 유형을 선택해 주세요. (필수 입력)')).toBeInTheDocument()

    await user.selectOptions(within(dialog).getByLabelText(/^소통 유형/), 'PRESS')
    await user.clear(within(dialog).getByLabelText(/^횟수/))
    await user.type(within(dialog).getByLabelText(/^횟수/), '2')
    await user.click(within(dialog).getByRole('button', { name: '저장' }))

    expect(await screen.findByText('소통 실적을 추가했습니다.')).toBeInTheDocument()
    const post = calls(fetchMock).find((c) => c.method === 'POST')!
    expect(post.body).toEqual({ year: 2024, quarter: 3, type: 'PRESS', count: 2, title: null, heldOn: null })
    expect(calls(fetchMock).filter((c) => c.url.pathname.endsWith('/report')).length).toBeGreaterThanOrEqual(2)
  })
})
