import { expect, test } from '@playwright/test'
import { login, readReceivedCount } from './helpers'

test('a company files a grievance and the dashboard counts it within 2 s', async ({ page }) => {
  // 1. A company user logs in and lands on the dashboard.
  await login(page, 'company')
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1, name: '대시보드' })).toBeVisible()
  await expect(page.getByRole('banner').getByText('기업', { exact: true })).toBeVisible()

  // 2. Reads the dashboard's 접수 count.
  const before = await readReceivedCount(page)

  // 3. Submits a grievance through the form.
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '기업애로 접수' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '기업애로 접수' })).toBeVisible()
  const title = `E2E 운전자금 지원 문의 ${Date.now()}`
  await page.getByRole('radio', { name: /애로\(고충\)/ }).check()
  const category = page.getByLabel(/분야/)
  await expect(category.locator('option[value="FUNDING"]')).toHaveCount(1)
  await category.selectOption('FUNDING')
  await page.getByLabel(/제목/).fill(title)
  const content = '원자재 가격 상승으로 운전자금이 부족합니다. 도 육성자금 신청 자격과 절차를 알려 주십시오.'
  await page.getByLabel(/^내용/).fill(content)
  await expect(page.getByText(`${content.length}/4,000`)).toBeVisible()
  await page.getByRole('button', { name: '접수하기' }).click()

  // 4. Sees the receipt number.
  const receipt = page.getByTestId('receipt-number')
  await expect(receipt).toHaveText(/^\d{4}-\d{6}$/)
  const receiptNumber = (await receipt.textContent())!.trim()
  await expect(page.getByRole('heading', { name: '기업애로가 접수되었습니다.' })).toBeVisible()

  // 5. Goes to the dashboard and sees the count rise by one within 2 s.
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '대시보드' }).click()
  await expect(page.getByTestId('received-count')).toHaveText(`접수 ${before + 1}건`, { timeout: 2_000 })

  // The company finds it in its own list (its status may already have moved on from 접수, e.g. to 배정).
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '내 기업애로' }).click()
  const row = page.getByRole('row').filter({ hasText: receiptNumber })
  await expect(row).toContainText(title)
  await expect(row).toContainText('자금')
  await expect(row.locator('.krds-badge')).toHaveText(/^(접수|배정|처리중|이송|처리완료|종결|재개)$/)

  // 6. Logs out.
  await page.getByRole('button', { name: '로그아웃' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('status')).toHaveText('로그아웃되었습니다.')
  expect(await page.evaluate(() => sessionStorage.getItem('bizsos.session'))).toBeNull()
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/login$/)
})
