import type { Page } from 'playwright-core'

/** Reads the number of a start-page figure. */
export async function figure(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(`${testId}-value`).textContent())
}

/** Opens the start page again, as the menu's 首页 does. */
export async function home(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '首页' }).click()
  await page.getByTestId('dashboard-page').waitFor()
}
