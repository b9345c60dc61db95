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
