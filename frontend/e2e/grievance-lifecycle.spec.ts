import { expect, test } from '@playwright/test'
import { login, logout, mainMenu, openFromInbox, readCount } from './helpers'

/**
 * The whole life of one grievance across four sessions: a company files it, the coordinator assigns it to
 * 기업경제과 기업SOS팀, that department's officer starts and answers it, and the company reads the answer and
 * rates it, which closes it. The dashboard's 처리완료 and 종결 counts rise.
 */
test('a company files, the coordinator assigns, the officer answers, the company rates and the case closes', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const title = `E2E 처리 절차 문의 ${Date.now()}`
  const answerText = `E2E 답변: 관련 지원사업 신청 절차를 안내드립니다. (${Date.now()})`

  // 1. The company reads the dashboard, then files a grievance. 기타 has no routing rule, so it waits unassigned.
  await login(page, 'company')
  await expect(page).toHaveURL(/\/dashboard$/)
  const answeredBefore = await readCount(page, 'answered')
  const closedBefore = await readCount(page, 'closed')

  await mainMenu(page).getByRole('link', { name: '기업애로 접수' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '기업애로 접수' })).toBeVisible()
  await page.getByRole('radio', { name: /제도·절차 질의/ }).check()
  const category = page.getByLabel(/^분야/)
  await expect(category.locator('option[value="OTHER"]')).toHaveCount(1)
  await category.selectOption('OTHER')
  await page.getByLabel(/^제목/).fill(title)
  await page.getByLabel(/^내용/).fill('도에서 운영하는 기업 지원사업의 신청 절차와 필요한 서류를 알려 주십시오.')
  await page.getByRole('button', { name: '접수하기' }).click()
  const receipt = page.getByTestId('receipt-number')
  await expect(receipt).toHaveText(/^\d{4}-\d{6}$/)
  const receiptNumber = (await receipt.textContent())!.trim()
  await logout(page)

  // 2. The coordinator finds it in the inbox by its receipt number and assigns it.
  await login(page, 'coordinator')
  await expect(page).toHaveURL(/\/dashboard$/)
  await openFromInbox(page, receiptNumber)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByRole('button', { name: '배정', exact: true }).click()
  const assign = page.getByTestId('panel-ASSIGN')
  await assign.getByLabel(/^소관부서/).selectOption('ENTERPRISE_ECONOMY')
  await assign.getByRole('button', { name: '배정하기' }).click()
  await expect(page.getByTestId('grievance-status')).toHaveText('배정')
  await expect(page.getByTestId('department')).toHaveText('기업경제과 기업SOS팀')
  await logout(page)

  // 3. The officer of 기업경제과 기업SOS팀 starts it and answers 수용.
  await login(page, 'officer')
  await expect(page).toHaveURL(/\/dashboard$/)
  await openFromInbox(page, receiptNumber)
  await page.getByRole('button', { name: '처리 시작', exact: true }).click()
  await expect(page.getByTestId('grievance-status')).toHaveText('처리중')
  await page.getByRole('button', { name: '답변 등록', exact: true }).click()
  const answer = page.getByTestId('panel-ANSWER')
  await answer.getByRole('radio', { name: /^수용/ }).check()
  await answer.getByLabel(/^답변 내용/).fill(answerText)
  await answer.getByLabel(/^답변 공무원/).fill('이수연')
  await answer.getByRole('button', { name: '답변 등록하기' }).click()
  await expect(page.getByTestId('grievance-status')).toHaveText('처리완료')
  await logout(page)

  // 4. The company opens it from 내 기업애로, reads the answer and rates it 5; the case closes.
  await login(page, 'company')
  await expect(page).toHaveURL(/\/dashboard$/)
  await mainMenu(page).getByRole('link', { name: '내 기업애로' }).click()
  const row = page.getByRole('row').filter({ hasText: receiptNumber })
  await expect(row.locator('.krds-badge').first()).toHaveText('처리완료')
  await row.getByRole('link', { name: title }).click()
  await expect(page.getByTestId('detail-receipt-number')).toHaveText(receiptNumber)
  const block = page.getByTestId('answer-block')
  await expect(block.getByTestId('answer-result')).toHaveText('수용')
  await expect(block.getByTestId('answer-text')).toHaveText(answerText)
  await expect(block.getByTestId('answer-official')).toHaveText('이수연')

  const rating = page.getByTestId('panel-RATE')
  await rating.getByRole('radio', { name: '5점 (매우 만족)' }).check()
  await rating.getByRole('button', { name: '평가 제출' }).click()
  await expect(page.getByTestId('grievance-status')).toHaveText('종결')
  await expect(page.getByTestId('rating-block')).toContainText('5점 (매우 만족)')

  // 5. The dashboard's 처리완료 and 종결 counts rose (reporting may take a moment to project the events).
  await mainMenu(page).getByRole('link', { name: '대시보드' }).click()
  await expect
    .poll(() => readCount(page, 'answered'), { timeout: 15_000, message: '처리완료 count rises' })
    .toBeGreaterThan(answeredBefore)
  await expect
    .poll(() => readCount(page, 'closed'), { timeout: 15_000, message: '종결 count rises' })
    .toBeGreaterThan(closedBefore)
})
