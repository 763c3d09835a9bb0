import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dashboardSummary } from '../../electron/dashboard/dashboard.service'
import { seedDashboardSchool } from '../dashboard/fixture'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'
import { figure, home } from './start-page'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})



describe('start page in the browser', () => {
  it('shows the figures and opens each list filtered', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const db = school.harness.ctx.session.schoolDb.db
      await seedDashboardSchool(db, new Date())
      const expected = await dashboardSummary(db)

      // A school with risk points opens on the start page.
      await page.goto(`${school.harness.url}/#/`)
      await page.getByTestId('dashboard-page').waitFor()
      expect(page.url()).toMatch(/#\/home$/)
      expect(await figure(page, 'dashboard-open-general')).toBe(3)
      expect(await figure(page, 'dashboard-open-major')).toBe(1)
      expect(await figure(page, 'dashboard-overdue')).toBe(1)
      expect(await figure(page, 'dashboard-due')).toBe(expected.inspections.due)
      expect(await figure(page, 'dashboard-inspections-overdue')).toBe(expected.inspections.overduePlans)
      expect(await figure(page, 'dashboard-training-sessions')).toBe(1)
      expect(await page.getByTestId('dashboard-level-high').textContent()).toContain('6')
      expect(await page.getByTestId('dashboard-next-review').textContent()).toContain(expected.review.nextDueOn ?? '—')
      await screenshot(page, 'dashboard-01-start-page')

      await page.getByTestId('dashboard-open-major').click()
      await page.getByTestId('hazards-page').waitFor()
      await page.getByTestId('hazard-table').getByText('宿舍楼道电动车蓄电池充电').waitFor()
      expect(page.url()).toContain('state=open')
      expect(await page.getByTestId('hazard-state-filter').locator('.ant-radio-button-wrapper-checked').textContent()).toBe('未销号 1')
      expect(await page.getByTestId('hazard-table').locator('.ant-table-row').count()).toBe(1)
      await screenshot(page, 'dashboard-02-open-major-hazards')

      await home(page)
      await page.getByTestId('dashboard-overdue').click()
      await page.getByTestId('hazard-table').getByText('配电箱门锁损坏').waitFor()
      expect(await page.getByTestId('hazard-overdue-filter').isChecked()).toBe(true)
      expect(await page.getByTestId('hazard-table').locator('.ant-table-row').count()).toBe(1)

      await home(page)
      await page.getByTestId('dashboard-level-major').click()
      await page.getByTestId('evaluation-table').waitFor()
      expect(await page.getByTestId('evaluation-table').locator('.ant-table-row').count()).toBe(1)
      await page.getByText('显示 1 / 11 项风险').waitFor()

      await home(page)
      await page.getByTestId('dashboard-due').click()
      await page.getByTestId('due-filter-note').waitFor()
      expect(await page.getByTestId('plan-table').locator('.ant-table-row').count()).toBe(expected.inspections.due)
      await screenshot(page, 'dashboard-03-due-plans')
      await page.getByTestId('due-filter-clear').click()
      await page.getByTestId('due-filter-note').waitFor({ state: 'detached' })
      expect(await page.getByTestId('plan-table').locator('.ant-table-row').count()).toBe(2)

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('opens the wizard for a school without risk points', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/`)
      await page.waitForURL(/#\/wizard\/school$/)
      await page.getByRole('menuitem', { name: '首页' }).click()
      await page.getByTestId('dashboard-inspections').getByText('还没有排查计划').waitFor()
      await screenshot(page, 'dashboard-04-new-school')
      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })
})
