import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inspectionPlanInput } from '../../shared/schemas/inspection-inputs'
import { settingsInput } from '../../shared/schemas/inputs'
import { savePlan } from '../../electron/inspections/plans.service'
import { saveSettings } from '../../electron/settings/settings.service'
import { bodyBlocks, readDocx, tables } from '../documents/docx-reader'
import { seedInspectionSchool, type SeededSchool } from '../inspections/fixture'
import { modal, pickOption, typeAndPick, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Writes the roster, posts, points and check items, and a yearly plan that is due whatever day the test runs. */
async function seed(school: TestSchool): Promise<SeededSchool> {
  const db = school.harness.ctx.session.schoolDb.db
  await saveSettings(db, settingsInput.parse({ operatorName: '张海涛' }))
  const seeded = await seedInspectionSchool(db)
  await savePlan(
    db,
    inspectionPlanInput.parse({ name: '年度消防设施检测', inspectionType: 'special', frequency: 'yearly', responsiblePostId: seeded.posts.deputy.id, scope: 'points', riskPointIds: [seeded.points[2]], active: true })
  )
  return seeded
}

async function createGatePlan(page: Page): Promise<void> {
  await page.getByTestId('plan-add').click()
  const form = modal(page, 'plan-modal')
  await form.getByTestId('plan-name-input').fill('门卫日常排查')
  await pickOption(page, form.getByTestId('plan-frequency'), '每班次')
  await typeAndPick(page, form.getByTestId('plan-post'), '门卫')
  await typeAndPick(page, form.getByTestId('plan-points'), '校门', { multiple: true })
  await screenshot(page, 'inspections-02-plan-form')
  await page.getByTestId('plan-modal-ok').click()
  await waitForModalClosed(page, 'plan-modal')
  await waitForMessage(page, '已新建排查计划“门卫日常排查”')
}

/** Prints the plan's checklist into the harness's output folder and returns the file read back. */
async function printChecklist(page: Page, school: TestSchool, planId: number): Promise<string> {
  await page.getByTestId(`plan-print-${planId}`).click()
  await page.getByTestId('print-generate').click()
  await page.getByTestId('print-done').waitFor()
  await screenshot(page, 'inspections-03-printed')
  await page.locator('.ant-modal-close').click()
  const file = join(school.outputFolder, '门卫日常排查安全检查表.docx')
  expect(existsSync(file)).toBe(true)
  return readDocx(readFileSync(file))['word/document.xml']
}

async function recordByNumbers(page: Page, planId: number): Promise<void> {
  await page.getByTestId(`plan-record-${planId}`).click()
  const form = modal(page, 'record-modal')
  await form.getByTestId('record-summary').getByText('检查表共 3 项').waitFor()
  await typeAndPick(page, form.getByTestId('record-inspector'), '孔令军')

  // A number the checklist does not have is named, and nothing can be saved until it is corrected.
  await form.getByTestId('record-not-ok').fill('２，9')
  await form.getByText('「不合格项序号」中的“9”超出范围：本检查表共 3 项').waitFor()
  await screenshot(page, 'inspections-04-record-wrong-number')
  await form.getByTestId('record-not-ok').fill('２')
  await form.getByTestId('record-note-2').fill('校门晚关 10 分钟')
  await form.getByText('本次：合格 2 项，不合格 1 项，不适用 0 项').waitFor()
  await screenshot(page, 'inspections-05-record-numbers')

  // Ticking on screen shows the same results, and the numbers come back when switching again.
  await form.getByTestId('record-mode').getByText('逐项勾选').click()
  const ticks = form.getByTestId('record-tick-2')
  expect(await ticks.getByLabel('不合格').isChecked()).toBe(true)
  expect(await form.getByTestId('record-tick-1').getByLabel('合格', { exact: true }).isChecked()).toBe(true)
  // The segmented control slides its highlight for 0.2 s; the screenshot waits for it to stop.
  await page.waitForTimeout(400)
  await screenshot(page, 'inspections-05-record-ticks')
  await form.getByTestId('record-mode').getByText('按序号录入（纸质检查表）').click()
  expect(await form.getByTestId('record-not-ok').inputValue()).toBe('2')
  await page.getByTestId('record-modal-ok').click()
  await waitForModalClosed(page, 'record-modal')
  await waitForMessage(page, '排查记录已保存：合格 2 项，不合格 1 项，不适用 0 项')
}

async function registerFromResult(page: Page): Promise<string> {
  const drawer = page.getByTestId('record-drawer')
  await drawer.getByTestId('result-register-2').click()
  const form = modal(page, 'hazard-register-modal')
  expect(await form.getByTestId('hazard-description').inputValue()).toBe('校门是否按时关闭：校门晚关 10 分钟')
  expect(await form.getByTestId('hazard-place').inputValue()).toBe('学校东门')
  await screenshot(page, 'inspections-06-register-prefilled')
  await page.getByTestId('hazard-register-modal-ok').click()
  await waitForModalClosed(page, 'hazard-register-modal')
  await waitForMessage(page, '已登记隐患')
  const code = (await drawer.getByTestId('result-hazard-2').textContent()) ?? ''
  expect(code).toMatch(/^YH-\d{4}-0001$/)
  await screenshot(page, 'inspections-07-record-with-hazard')
  return code
}

describe('inspections in the browser', () => {
  it('plans, prints, records by number and raises a hazard', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/inspections`)
      await page.getByTestId('inspection-banner').getByText('“年度消防设施检测”本期尚未排查').waitFor()
      await page.getByTestId('plan-table').getByText('年度消防设施检测').waitFor()
      await screenshot(page, 'inspections-01-plans')

      await createGatePlan(page)
      await page.getByTestId('plan-table').getByText('门卫日常排查').waitFor()
      const planId = 2
      const xml = await printChecklist(page, school, planId)
      const items = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点检查内容'))
      expect(items?.rows.slice(1).map((row) => [row.cells[0].text, row.cells[2].text])).toEqual([
        ['1', '来访人员是否登记'],
        ['2', '校门是否按时关闭'],
        ['3', '一键报警装置能否正常报警']
      ])
      expect(bodyBlocks(xml).some((block) => block.text.includes(`检查表版本：${planId}-`))).toBe(true)

      await recordByNumbers(page, planId)
      await page.getByTestId('record-drawer').getByText('合格 2 项，不合格 1 项，不适用 0 项').waitFor()
      const code = await registerFromResult(page)
      await page.locator('.ant-drawer-close').click()
      await page.getByTestId('records-table').getByText('已登记 1 条').waitFor()
      await screenshot(page, 'inspections-08-records')

      await page.locator('.ant-menu-item', { hasText: '隐患治理' }).click()
      const row = page.getByTestId('hazard-table').locator('.ant-table-row', { hasText: code })
      await row.getByText('校门是否按时关闭：校门晚关 10 分钟').waitFor()
      await row.getByText('FX-001 校门').waitFor()
      await page.locator('.ant-spin-spinning').waitFor({ state: 'hidden' })
      await screenshot(page, 'inspections-09-hazard-list')

      // The reminder leads back to the plans that are due, filtered.
      await page.getByTestId('inspection-banner-go').click()
      await page.getByTestId('due-filter-clear').waitFor()
      expect(page.url()).toContain('/inspections?due=due')
      await page.getByTestId('plan-table').getByText('年度消防设施检测').waitFor()

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('adds the usual calendar after confirmation', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/inspections`)
      await page.getByTestId('inspections-tab-calendar').click()
      await page.getByText('尚未填写校历').waitFor()
      await page.getByTestId('calendar-propose').click()
      await page.getByTestId('calendar-proposal-table').getByText('国庆节').waitFor()
      await screenshot(page, 'inspections-10-calendar-proposal')
      await page.getByTestId('calendar-proposal-ok').click()
      await waitForMessage(page, '已添加 10 个校历时段')
      await page.getByTestId('calendar-table').getByText('寒假').waitFor()

      // A second term overlapping the first is refused with the reason.
      await page.getByTestId('calendar-add').click()
      const form = modal(page, 'period-modal')
      await form.getByTestId('period-name').fill('冬令营学期')
      await form.getByTestId('period-starts-on').fill('2027-01-10')
      await form.getByTestId('period-starts-on').press('Enter')
      await form.getByTestId('period-ends-on').fill('2027-03-01')
      await form.getByTestId('period-ends-on').press('Enter')
      await page.getByTestId('period-modal-ok').click()
      await waitForMessage(page, '日期重叠')
      await screenshot(page, 'inspections-11-calendar-overlap')
      await page.locator('.ant-modal-footer').getByText('取 消').click()
      await waitForModalClosed(page, 'period-modal')
      await screenshot(page, 'inspections-12-calendar')

      // The plans proposed from the checklist, the recommended ones ticked.
      await page.getByTestId('inspections-tab-plans').click()
      await page.getByTestId('plan-propose').click()
      const proposals = page.getByTestId('plan-proposal-table')
      await proposals.getByText('开学前综合排查').waitFor()
      await screenshot(page, 'inspections-13-plan-proposal')
      await page.getByTestId('plan-proposal-ok').click()
      await waitForMessage(page, '已添加 9 个排查计划')
      await page.getByTestId('plan-table').getByText('汛期前季节性排查').waitFor()
      await screenshot(page, 'inspections-14-plans-proposed')

      expect(problems.errors).toEqual([])
    } finally {
      await context.close()
      await school.close()
    }
  })
})
