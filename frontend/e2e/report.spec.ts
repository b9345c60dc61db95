import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { login, mainMenu } from './helpers'

test('the coordinator opens seed 003’s 이행 보고서 for 2024 3분기 and downloads it as XLSX', async ({ page }) => {
  await login(page, 'coordinator')
  await expect(page).toHaveURL(/\/dashboard$/)

  // 1. 사업·KPI lists the demo programmes.
  await mainMenu(page).getByRole('link', { name: '사업·KPI' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '사업·KPI' })).toBeVisible()

  // 2. Opens 기업SOS 시스템 운영 (seed 003).
  await page.getByRole('link', { name: '기업SOS 시스템 운영', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '기업SOS 시스템 운영' })).toBeVisible()

  // 3. Chooses 2024 / 3분기 in the period selectors at the top (the entry forms below, when a
  //    coordinator sees them, have fields labelled 연도 and 분기 too).
  await page.getByLabel('연도', { exact: true }).first().selectOption('2024')
  await page.getByLabel('분기', { exact: true }).first().selectOption('3')
  await expect(page).toHaveURL(/year=2024&quarter=3/)
  await expect(page.getByText(/2024년 3분기/).first()).toBeVisible()

  // 4. The 투자계획 및 확보실적 table adds up as the seed does: 계 898 / 884.
  const plan = page.getByTestId('budget-plan')
  await expect(plan).toBeVisible()
  await expect(plan.getByTestId('plan-TOTAL-planned')).toHaveText('898')
  await expect(plan.getByTestId('plan-TOTAL-secured')).toHaveText('884')
  await expect(page.getByTestId('budget-execution').getByTestId('exec-TOTAL')).toHaveText('753')

  // 5. The XLSX download arrives and is not empty.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: '엑셀(XLSX) 내려받기' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const path = await download.path()
  const bytes = readFileSync(path)
  expect(bytes.length).toBeGreaterThan(0)
  // An XLSX is a ZIP: it starts with "PK".
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
})
