import { expect, test } from '@playwright/test'
import { login } from './helpers'

test.describe('로그인', () => {
  test('wrong password shows the Korean error and keeps the user on the login page', async ({ page }) => {
    await login(page, 'company', 'wrong-password-1!')

    const alert = page.getByRole('alert')
    await expect(alert).toHaveText('아이디 또는 비밀번호가 올바르지 않습니다.')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByLabel('비밀번호')).toHaveValue('')
    expect(await page.evaluate(() => sessionStorage.getItem('bizsos.session'))).toBeNull()
  })

  test('a page behind the login sends an anonymous visitor to the login page', async ({ page }) => {
    await page.goto('/grievances')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  })
})
