import { expect, type Page } from '@playwright/test'

export const PASSWORD = 'bizsos1234!'

export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login')
  await expect(page.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible()
  await page.getByLabel('아이디').fill(username)
  await page.getByLabel('비밀번호').fill(password)
  await page.getByRole('button', { name: '로그인', exact: true }).click()
}

/** Reads n from the dashboard's "접수 n건" once the first figures have arrived. */
export async function readReceivedCount(page: Page): Promise<number> {
  const el = page.getByTestId('received-count')
  await expect(el).toHaveText(/^접수 \d+건$/)
  const text = (await el.textContent()) ?? ''
  const m = /접수 (\d+)건/.exec(text.replace(/\s+/g, ' '))
  if (!m) throw new Error(`unexpected received-count text: ${text}`)
  return Number(m[1])
}

/** Reads n from one of the dashboard's "<label> n건" figures: received 접수, answered 처리완료, closed 종결. */
export async function readCount(page: Page, key: 'received' | 'answered' | 'closed'): Promise<number> {
  const label = { received: '접수', answered: '처리완료', closed: '종결' }[key]
  const el = page.getByTestId(`${key}-count`)
  await expect(el).toHaveText(new RegExp(`^${label} \\d+건$`))
  const text = ((await el.textContent()) ?? '').replace(/\s+/g, ' ')
  const m = new RegExp(`${label} (\\d+)건`).exec(text)
  if (!m) throw new Error(`unexpected ${key}-count text: ${text}`)
  return Number(m[1])
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: '로그아웃' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('status')).toHaveText('로그아웃되었습니다.')
}

export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: '주 메뉴' })
}

/** Staff: opens 기업애로 처리함, searches for the receipt number (검색어 q) and opens the one found. */
export async function openFromInbox(page: Page, receiptNumber: string) {
  await mainMenu(page).getByRole('link', { name: '기업애로 처리함' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '기업애로 처리함' })).toBeVisible()
  await page.getByLabel('검색어').fill(receiptNumber)
  await page.getByRole('button', { name: '검색', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]q=${receiptNumber}`))
  const row = page.getByTestId(`inbox-row-${receiptNumber}`)
  await expect(row).toBeVisible()
  await row.getByRole('link').click()
  await expect(page.getByTestId('detail-receipt-number')).toHaveText(receiptNumber)
}
