import { expect, test, type Locator, type Page } from '@playwright/test'
import { login, logout, mainMenu, openFromInbox } from './helpers'

const COMPANY_NUMBER = '1348672683'
const COMPANY_NAME = '㈜강원정밀'

/** Today in Asia/Seoul, YYYY-MM-DD: a meeting may be recorded as held from its own day on. */
function seoulToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date())
}

function raisedItem(page: Page, title: string): Locator {
  return page.locator('[data-testid^="raised-item-"]').filter({ hasText: title })
}

async function addRaisedItem(page: Page, item: { kind: RegExp; title: string; content: string }) {
  await page.getByRole('button', { name: '건의·질의사항 추가', exact: true }).click()
  const panel = page.getByTestId('panel-RAISE_ITEM')
  await panel.getByLabel(/^사업자등록번호/).fill(COMPANY_NUMBER)
  await panel.getByLabel(/^기업명/).fill(COMPANY_NAME)
  await panel.getByLabel(/^소재 시군/).selectOption('CHUNCHEON')
  await panel.getByRole('radio', { name: item.kind }).check()
  // 자금 goes to 기업경제과 기업SOS팀 by the routing rules.
  await panel.getByLabel(/^분야/).selectOption('FUNDING')
  await panel.getByLabel(/^제목/).fill(item.title)
  await panel.getByLabel(/^내용/).fill(item.content)
  await panel.getByRole('button', { name: '건의·질의사항 기록' }).click()
  await expect(page.getByTestId('action-message')).toContainText(item.title)
  await expect(raisedItem(page, item.title)).toBeVisible()
}

/** The receipt number a raised item's grievance got; it arrives through events, so the page is reloaded until then. */
async function receiptOf(page: Page, title: string): Promise<string> {
  const receipt = raisedItem(page, title).getByTestId('raised-receipt')
  await expect
    .poll(
      async () => {
        const text = ((await receipt.textContent()) ?? '').trim()
        if (/^\d{4}-\d{6}$/.test(text)) return text
        await page.reload()
        await expect(page.getByTestId('meeting-status')).toBeVisible()
        return ((await receipt.textContent()) ?? '').trim()
      },
      { timeout: 30_000, intervals: [1_000], message: `receipt number of “${title}”` },
    )
    .toMatch(/^\d{4}-\d{6}$/)
  return ((await receipt.textContent()) ?? '').trim()
}

/**
 * A meeting from plan to answer: the coordinator plans a meeting for today, confirms and holds it, records two
 * items the demo company raised (자금, so they are routed to 기업경제과 기업SOS팀), and finds both in the staff
 * inbox; that department's officer answers one; the coordinator sees the answer on the meeting's page.
 */
test('a meeting is planned, held and its raised items are answered through the grievance inbox', async ({ page }) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const meetingTitle = `E2E 기업 간담회 ${stamp}`
  const titleA = `E2E 현장 자금 건의 A ${stamp}`
  const titleB = `E2E 현장 자금 질의 B ${stamp}`
  const answerText = `E2E 답변: 도 육성자금 한도 상향을 반영하겠습니다. (${stamp})`
  const today = seoulToday()

  // 1. The coordinator plans an ad hoc meeting dated today.
  await login(page, 'coordinator')
  await expect(page).toHaveURL(/\/dashboard$/)
  await mainMenu(page).getByRole('link', { name: '회의·간담회' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '회의·간담회' })).toBeVisible()
  await page.getByRole('link', { name: '회의 계획', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '회의 계획 등록' })).toBeVisible()
  const kind = page.getByLabel(/^회의 종류/)
  await expect(kind.locator('option[value="AD_HOC"]')).toHaveCount(1)
  await kind.selectOption('AD_HOC')
  await page.getByLabel(/^회의명/).fill(meetingTitle)
  await page.getByLabel(/^시작 일시/).fill(`${today}T00:00`)
  await page.getByLabel(/^종료 일시/).fill(`${today}T23:00`)
  await page.getByLabel(/^개최 시군/).selectOption('CHUNCHEON')
  await page.getByLabel(/^장소/).fill('춘천시청 회의실')
  await page.getByLabel('기업경제과 기업SOS팀', { exact: true }).check()
  await page.getByLabel(/^안건/).fill('자금·판로 애로 청취')
  await page.getByRole('button', { name: '계획 등록' }).click()

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/)
  const meetingUrl = page.url()
  await expect(page.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible()
  await expect(page.getByTestId('meeting-status')).toHaveText('계획')
  await expect(page.getByTestId('minutes-section')).toHaveCount(0)

  // 2. Confirms it, then records it as held (allowed from the meeting's day on) with minutes.
  await page.getByRole('button', { name: '회의 확정' }).click()
  await expect(page.getByTestId('meeting-status')).toHaveText('확정')
  await page.getByRole('button', { name: '개최 기록', exact: true }).click()
  const hold = page.getByTestId('panel-HOLD')
  await hold.getByLabel(/^회의록/).fill('㈜강원정밀 등 참석, 자금 애로 2건 청취')
  await hold.getByRole('button', { name: '개최 기록하기' }).click()
  await expect(page.getByTestId('meeting-status')).toHaveText('개최')
  await expect(page.getByTestId('minutes-text')).toHaveText('㈜강원정밀 등 참석, 자금 애로 2건 청취')

  // 3. Records the two items the company raised; each becomes a grievance with a receipt number.
  await addRaisedItem(page, {
    kind: /^건의$/,
    title: titleA,
    content: '도 육성자금의 업체당 한도를 늘려 주십시오.',
  })
  await addRaisedItem(page, {
    kind: /^제도·절차 질의$/,
    title: titleB,
    content: '운전자금 신청에 필요한 서류를 알려 주십시오.',
  })
  const receiptA = await receiptOf(page, titleA)
  const receiptB = await receiptOf(page, titleB)
  expect(receiptA).not.toBe(receiptB)

  // 4. Both are in the staff inbox, found by the search word.
  await mainMenu(page).getByRole('link', { name: '기업애로 처리함' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '기업애로 처리함' })).toBeVisible()
  await page.getByLabel('검색어').fill(String(stamp))
  await page.getByRole('button', { name: '검색', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]q=${stamp}`))
  await expect(page.getByTestId(`inbox-row-${receiptA}`)).toContainText(titleA)
  await expect(page.getByTestId(`inbox-row-${receiptB}`)).toContainText(titleB)
  await expect(page.getByTestId(`inbox-row-${receiptA}`)).toContainText('간담회')
  await logout(page)

  // 5. The officer of 기업경제과 기업SOS팀 answers the first one 수용.
  await login(page, 'officer')
  await expect(page).toHaveURL(/\/dashboard$/)
  await openFromInbox(page, receiptA)
  await expect(page.getByRole('heading', { level: 1, name: titleA })).toBeVisible()
  await page.getByRole('button', { name: '답변 등록', exact: true }).click()
  const answer = page.getByTestId('panel-ANSWER')
  await answer.getByRole('radio', { name: /^수용/ }).check()
  await answer.getByLabel(/^답변 내용/).fill(answerText)
  await answer.getByLabel(/^답변 공무원/).fill('이수연')
  await answer.getByRole('button', { name: '답변 등록하기' }).click()
  await expect(page.getByTestId('grievance-status')).toHaveText('처리완료')
  await logout(page)

  // 6. The coordinator sees the answer on the meeting's page; it arrives through events within seconds.
  await login(page, 'coordinator')
  await expect(page).toHaveURL(/\/dashboard$/)
  await page.goto(meetingUrl)
  const itemA = raisedItem(page, titleA)
  await expect
    .poll(
      async () => {
        await page.reload()
        await expect(page.getByTestId('meeting-status')).toHaveText('개최')
        return ((await itemA.getByTestId('raised-status').textContent()) ?? '').trim()
      },
      { timeout: 30_000, intervals: [1_000], message: 'the answered item shows 처리완료' },
    )
    .toBe('처리완료')
  await expect(itemA.getByTestId('raised-answer-result')).toHaveText('수용')
  await expect(itemA.getByTestId('raised-answer-text')).toContainText('E2E 답변: 도 육성자금 한도 상향')
  await expect(itemA.getByRole('link', { name: receiptA })).toHaveAttribute('href', /\/grievances\/[0-9a-f-]{36}$/)
  await expect(raisedItem(page, titleB).getByTestId('raised-answer')).toHaveCount(0)
})
