import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dashboardSummary } from '../../electron/dashboard/dashboard.service'
import { seedDashboardSchool, termName } from '../dashboard/fixture'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'
import { figure, home } from './start-page'

/** Each figure of the start page must count the rows of the list it opens. */

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})



describe('start page figures', () => {
  it('match the lists they open', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const db = school.harness.ctx.session.schoolDb.db
      await seedDashboardSchool(db, new Date())
      const expected = await dashboardSummary(db)
      expect(expected.inspections.overdue).toBeGreaterThan(expected.inspections.overduePlans)

      // Overdue inspections are counted by plan, with the missed periods beside them.
      await page.goto(`${school.harness.url}/#/home`)
      await page.getByTestId('dashboard-page').waitFor()
      const overdue = page.getByTestId('dashboard-inspections-overdue')
      expect(await figure(page, 'dashboard-inspections-overdue')).toBe(expected.inspections.overduePlans)
      expect(await overdue.textContent()).toContain(`近30天有逾期未排查的计划（共逾期 ${expected.inspections.overdue} 次）`)
      await screenshot(page, 'dashboard-links-01-start-page')

      await overdue.click()
      const note = page.getByTestId('due-filter-note')
      await note.waitFor()
      expect(await note.textContent()).toContain(`只显示近30天有逾期未排查的计划（${expected.inspections.overduePlans} 个）`)
      expect(await page.getByTestId('plan-table').locator('.ant-table-row').count()).toBe(expected.inspections.overduePlans)

      // This term's trainings open the training list of this term only.
      await home(page)
      expect(await figure(page, 'dashboard-training-sessions')).toBe(1)
      await page.getByTestId('dashboard-training-sessions').click()
      const termNote = page.getByTestId('training-term-note')
      await termNote.waitFor()
      expect(await termNote.textContent()).toContain(`只显示本学期（${termName}）的培训（1 次）`)
      const rows = page.getByTestId('training-table').locator('tr[data-row-key]')
      await expect.poll(() => rows.count()).toBe(1)
      expect(await rows.first().textContent()).toContain('消防安全培训')
      await screenshot(page, 'dashboard-links-02-term-trainings')

      await page.getByTestId('training-term-clear').click()
      await termNote.waitFor({ state: 'detached' })
      await expect.poll(() => rows.count()).toBe(2)

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })
})
