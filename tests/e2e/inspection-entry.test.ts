import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inspectionPlanInput } from '../../shared/schemas/inspection-inputs'
import { savePlan } from '../../electron/inspections/plans.service'
import { seedInspectionSchool } from '../inspections/fixture'
import { modal, pickOption, typeAndPick } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Writes the inspection school and one plan over all three risk points, so its checklist has 11 items. */
async function seed(school: TestSchool): Promise<void> {
  const db = school.harness.ctx.session.schoolDb.db
  const seeded = await seedInspectionSchool(db)
  await savePlan(
    db,
    inspectionPlanInput.parse({ name: '全校月度综合排查', inspectionType: 'comprehensive', frequency: 'monthly', responsiblePostId: seeded.posts.deputy.id, scope: 'points', riskPointIds: seeded.points, active: true })
  )
}

function noteFields(form: Locator): Locator {
  return form.locator('[data-testid^="record-note-"]')
}

describe('inspection entry in the browser', () => {
  it('clears the results while the item numbers do not parse', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/inspections`)
      await page.getByTestId('plan-record-1').click()
      const form = modal(page, 'record-modal')
      const summary = form.getByTestId('record-summary')
      await summary.getByText('检查表共 11 项').waitFor()
      await typeAndPick(page, form.getByTestId('record-inspector'), '张海涛')

      await form.getByTestId('record-not-ok').fill('3, 7, 9-11')
      await summary.getByText('本次：合格 6 项，不合格 5 项，不适用 0 项。').waitFor()
      await expect.poll(() => noteFields(form).count()).toBe(5)
      await form.getByTestId('record-note-3').fill('一键报警按钮按下后无声')

      // Numbers that do not parse: the field names the problem, and nothing computed from the old numbers stays.
      await form.getByTestId('record-not-ok').fill('abc')
      await form.getByText('「不合格项序号」中的“abc”无法识别').waitFor()
      await summary.getByText('序号有误').waitFor()
      expect(await summary.textContent()).not.toContain('合格 6 项')
      await expect.poll(() => noteFields(form).count()).toBe(0)
      await screenshot(page, 'inspection-entry-01-numbers-invalid')

      // The corrected numbers bring back the descriptions typed before.
      await form.getByTestId('record-not-ok').fill('3, 7, 9-11')
      await summary.getByText('本次：合格 6 项，不合格 5 项，不适用 0 项。').waitFor()
      expect(await form.getByTestId('record-note-3').inputValue()).toBe('一键报警按钮按下后无声')
      await screenshot(page, 'inspection-entry-02-numbers-corrected')

      expect(problems.errors).toEqual([])
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('hints at the chosen frequency and explains the version', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/inspections`)

      // The list labels the checklist version, which is printed on the paper checklist, and explains it.
      const version = page.getByTestId('plan-version-1')
      expect(await version.textContent()).toMatch(/^检查表版本 1-[0-9A-F]+$/)
      await version.hover()
      const tooltip = page.locator('.ant-tooltip:visible')
      await tooltip.getByText('印在纸质检查表右上角').waitFor()
      await screenshot(page, 'inspection-entry-03-version-tooltip')

      await page.getByTestId('plan-edit-1').click()
      const form = modal(page, 'plan-modal')
      const hint = form.getByTestId('plan-frequency-hint')
      expect(await hint.textContent()).toContain('每月')
      expect(await hint.textContent()).not.toContain('每节课')
      await screenshot(page, 'inspection-entry-04-monthly-hint')

      await pickOption(page, form.getByTestId('plan-frequency'), '每班次')
      await expect.poll(() => hint.textContent()).toContain('上课日')
      await pickOption(page, form.getByTestId('plan-frequency'), '节假日前')
      await expect.poll(() => hint.count()).toBe(0)
      await form.getByText('时段开始前 7 天内完成').waitFor()

      expect(problems.errors).toEqual([])
    } finally {
      await context.close()
      await school.close()
    }
  })
})
