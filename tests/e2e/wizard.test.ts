import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldErrors, goToStep, modal, pickOption, typeAndPick, waitForListOpen, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'

/** The people of the test school: name, phone, department. */
const roster = [
  ['王建国', '13903910001', '校长室'],
  ['李红梅', '13903910002', '校长室'],
  ['张志强', '0391-3561234', '总务处'],
  ['赵敏', '13903910004', '一年级组'],
  ['刘德福', '13903910005', '安全办']
] as const

const customPoint = { name: '校园文化长廊', area: '教学楼东侧' }
const customHazard = '长廊宣传栏固定螺栓锈蚀，大风天气可能坠落'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click()
}

async function fillSchool(page: Page): Promise<void> {
  await page.getByLabel('学校名称').fill('焦作市解放区实验小学')
  await pickOption(page, page.getByLabel('县（市、区）'), '解放区')
  await pickOption(page, page.getByLabel('所在范围'), '城区')
  await pickOption(page, page.getByLabel('办学性质'), '公办')
  await pickOption(page, page.getByLabel('所属类别'), '小学')
  await page.getByLabel('校(园)长', { exact: true }).fill('王建国')
  await page.getByLabel('联系人姓名').fill('刘德福')
  await page.getByLabel('食堂').check()

  // A number that is not a phone number is refused in the form with the same sentence the Node side uses.
  await page.getByLabel('联系人电话').fill('12345')
  await page.getByRole('button', { name: '保存学校概况' }).click()
  const phoneError = fieldErrors(page).filter({ hasText: '12345' })
  await phoneError.waitFor()
  expect(await phoneError.textContent()).toBe(
    '「联系人电话」“12345”不是有效的电话号码。请填写 11 位手机号（如 13912345678），或带区号的固定电话（如 0391-1234567）。'
  )
  await screenshot(page, '01-school-bad-phone')

  await page.getByLabel('联系人电话').fill('0391-3561000')
  await page.getByRole('button', { name: '保存学校概况' }).click()
  await waitForMessage(page, '学校概况已保存')
  await phoneError.waitFor({ state: 'detached' })
}

async function addStaff(page: Page, [name, phone, department]: readonly [string, string, string]): Promise<void> {
  await page.getByTestId('staff-add').click()
  await page.getByTestId('staff-name').fill(name)
  await page.getByTestId('staff-phone').fill(phone)
  await page.getByTestId('staff-department').fill(department)
  // Enter in a one-line field saves the modal.
  await page.keyboard.press('Enter')
  await waitForModalClosed(page, 'staff-modal')
  await page.getByTestId('staff-roster').getByRole('cell', { name, exact: true }).waitFor()
}

async function addMember(page: Page, name: string, role: string, title: string): Promise<void> {
  await page.getByTestId('member-add').click()
  const form = modal(page, 'member-modal')
  await typeAndPick(page, form.getByTestId('member-staff'), name)
  await form.getByLabel(role, { exact: true }).check()
  await form.getByTestId('member-title').fill(title)
  await form.getByTestId('member-title').press('Enter')
  await waitForModalClosed(page, 'member-modal')
  await page.getByTestId('leading-group').getByRole('cell', { name, exact: true }).waitFor()
}

async function buildLeadingGroup(page: Page): Promise<void> {
  for (const person of roster) await addStaff(page, person)

  await addMember(page, '王建国', '组长', '校长')
  await addMember(page, '李红梅', '副组长', '分管安全副校长')
  await addMember(page, '张志强', '成员', '总务处主任')

  await page.getByTestId('office-location').fill('行政楼二楼安全办')
  await typeAndPick(page, page.getByTestId('office-director'), '李红梅')
  await typeAndPick(page, page.getByTestId('office-contact'), '刘德福')
  await page.getByTestId('office-phone').fill('0391-3561001')
  await page.getByTestId('office-document-number').fill('解实小〔2026〕5号')
  await page.getByLabel('发文日期').click()
  await page.getByLabel('发文日期').fill('2026-09-01')
  await page.getByLabel('发文日期').press('Enter')
  await page.getByTestId('office-save').click()
  await waitForMessage(page, '办公室设置已保存')
}

/** Assigns a person to every post the list marks as unstaffed, taking the roster in turn. */
async function staffEveryPost(page: Page): Promise<number> {
  const unstaffed = page.locator('[data-testid=post-list] button:has([data-testid=post-warning])')
  let assigned = 0
  while ((await unstaffed.count()) > 0) {
    expect(assigned, 'posts still without staff after assigning each one').toBeLessThan(80)
    await unstaffed.first().click()
    const name = roster[assigned % roster.length][0]
    await typeAndPick(page, page.getByTestId('post-staff'), name, { multiple: true })
    await page.getByTestId('post-save').click()
    await page.locator('[data-testid=post-list] button.selected [data-testid=post-warning]').waitFor({ state: 'detached' })
    assigned += 1
  }
  return assigned
}

async function buildPosts(page: Page): Promise<void> {
  await page.getByTestId('posts-seed-first').click()
  await page.getByTestId('builtin-posts').getByText('校长室').first().waitFor()
  const ticked = await page.locator('[data-testid=builtin-posts] .ant-checkbox-wrapper-checked:not(.ant-checkbox-wrapper-disabled)').count()
  expect(ticked, 'the common built-in posts are pre-ticked').toBeGreaterThan(0)
  await screenshot(page, '03-builtin-posts')
  await page.getByTestId('builtin-posts-ok').click()
  await waitForMessage(page, '个岗位及其责任清单')
  await page.getByTestId('post-editor').waitFor()

  // Someone missing from the roster is added in place, from the foot of the staff list.
  await page.locator('[data-testid=post-list] button:has([data-testid=post-warning])').first().click()
  await page.getByTestId('post-staff').click()
  await waitForListOpen(page)
  await page.getByTestId('post-staff-add-staff').click()
  await page.getByTestId('staff-name').fill('陈静')
  await page.getByTestId('staff-department').fill('一年级组')
  await page.getByTestId('staff-department').press('Enter')
  await waitForModalClosed(page, 'staff-modal')
  await page.getByTestId('post-staff').getByText('陈静（一年级组）').waitFor()
  await page.getByTestId('post-save').click()
  await page.locator('[data-testid=post-list] button.selected [data-testid=post-warning]').waitFor({ state: 'detached' })

  expect(await staffEveryPost(page)).toBeGreaterThan(0)
}

async function addCustomRiskGradedByLs(page: Page): Promise<void> {
  await page.getByTestId('risk-point-add').click()
  await page.getByTestId('risk-point-name').fill(customPoint.name)
  await page.getByTestId('risk-point-area').fill(customPoint.area)
  await page.getByTestId('risk-point-area').press('Enter')
  await waitForModalClosed(page, 'risk-point-modal')

  // A new point opens the risk editor for its first risk.
  const form = modal(page, 'risk-modal')
  await form.waitFor()
  await form.getByTestId('risk-hazard').fill(customHazard)
  await pickOption(page, form.getByTestId('risk-factor-type'), '物的因素')
  await form.getByTestId('risk-consequence').fill('砸伤过往学生')
  await typeAndPick(page, form.getByTestId('risk-accident-types'), '物体打击', { multiple: true })
  await form.getByText('LS 风险矩阵法', { exact: true }).click()
  await form.getByTestId('ls-cell-3-4').click()
  const result = form.getByTestId('grade-result')
  expect(await result.textContent()).toContain('= 12')
  expect(await result.textContent()).toContain('较大风险')
  expect(await form.getByTestId('ls-cell-3-4').getAttribute('aria-pressed')).toBe('true')
  await screenshot(page, '04-risk-ls')
  await page.getByTestId('risk-modal-ok').click()
  await waitForModalClosed(page, 'risk-modal')

  const row = page.locator('[data-testid=risk-point-table] tr', { hasText: customPoint.name }).first()
  await row.getByText('较大风险').waitFor()
}

async function identifyRisks(page: Page): Promise<void> {
  await page.getByTestId('library-panel').waitFor()
  const open = page.locator('[data-testid^=library-entry-]:not(.ant-checkbox-wrapper-disabled)')
  expect(await open.count(), 'the library offers points for a primary school with a canteen').toBeGreaterThan(2)
  const chosen: string[] = []
  for (let index = 0; index < 3; index += 1) {
    const entry = open.nth(index)
    chosen.push((await entry.getAttribute('data-library-name')) ?? '')
    await entry.click()
  }
  await screenshot(page, '04-library')
  await page.getByTestId('library-add').click()
  await waitForMessage(page, '已添加 3 个风险点')
  const table = page.getByTestId('risk-point-table')
  for (const name of chosen) await table.getByText(name, { exact: true }).first().waitFor()

  await addCustomRiskGradedByLs(page)
  await screenshot(page, '04-identification')
}

async function regradeByLec(page: Page): Promise<void> {
  const row = page.locator('[data-testid=evaluation-table] tr', { hasText: customHazard })
  await row.locator('[data-testid^=risk-evaluate-]').click()
  const form = modal(page, 'risk-modal')
  await form.getByText('LEC 作业条件危险性分析法', { exact: true }).click()
  await pickOption(page, form.getByTestId('lec-l'), '3 — 可能，但不经常')
  await pickOption(page, form.getByTestId('lec-e'), '6 — 每天工作时间内暴露')
  await pickOption(page, form.getByTestId('lec-c'), '7 — 严重，重伤')
  const result = form.getByTestId('grade-result')
  expect(await result.textContent()).toContain('3 × 6 × 7 = 126')
  expect(await result.textContent()).toContain('一般风险')
  // The control level followed the level from 部门级 (较大) to 年级组级 (一般).
  expect(await form.getByTestId('risk-control-level').textContent()).toContain('年级组级')
  await screenshot(page, '05-risk-lec')
  await page.getByTestId('risk-modal-ok').click()
  await waitForModalClosed(page, 'risk-modal')
  await row.getByText('一般风险').waitFor()
  expect(await row.textContent()).toContain('L=3 E=6 C=7')
}

/** Measure texts by the category the measure editor starts with (the one the risk lacks). */
const gapMeasures: Record<string, string> = {
  工程技术: '设置隔离护栏和警示标志，损坏的及时修复。',
  管理: '明确责任人每周巡查一次，巡查情况记入安全日志。',
  应急处置: '发生险情时立即疏散学生、报告学校并拨打 119/120，按应急预案处置。'
}

/** Adds a measure to the risk in `container`; without `content` it fills the category the editor preselects. */
async function addMeasure(page: Page, container: Locator, content?: string, category?: string): Promise<void> {
  await container.locator('[data-testid^=measure-add-]').click()
  const form = modal(page, 'measure-modal')
  if (category) await form.getByText(category, { exact: true }).click()
  const preselected = (await form.locator('.ant-radio-button-wrapper-checked').textContent()) ?? ''
  await form.getByTestId('measure-content').fill(content ?? gapMeasures[preselected] ?? gapMeasures['管理'])
  await page.getByTestId('measure-modal-ok').click()
  await waitForModalClosed(page, 'measure-modal')
}

async function completeMeasures(page: Page): Promise<void> {
  const custom = page.locator('[data-testid^=risk-measures-]', { hasText: customHazard })
  expect(await custom.getByTestId('measure-gap').textContent()).toContain('尚无管控措施')
  await addMeasure(page, custom, '每月检查宣传栏固定螺栓，锈蚀的立即更换；大风天气前加固或拆下宣传栏。', '管理')
  await custom.getByText('每月检查宣传栏固定螺栓').waitFor()
  expect(await custom.getByTestId('measure-gap').count()).toBe(0)

  // Library risks graded 较大 or 重大 may still lack a 管理 or 应急处置 measure; fill each gap the step flags.
  const flagged = page.locator('.risk-measures.has-gaps')
  let filled = 0
  while ((await flagged.count()) > 0) {
    expect(filled, 'measure gaps left after filling each one').toBeLessThan(60)
    await addMeasure(page, flagged.first())
    filled += 1
  }
  await page.getByTestId('measures-summary').getByText('都已落实管控措施').waitFor()
  await screenshot(page, '06-measures')
}

async function deriveChecklist(page: Page): Promise<void> {
  await page.getByTestId('check-items-derive').click()
  await waitForMessage(page, '排查项')
  const table = page.getByTestId('check-item-table')
  const rows = table.locator('tbody tr.ant-table-row')
  await rows.first().waitFor()
  expect(await rows.count()).toBeGreaterThan(1)
  await screenshot(page, '07-checklist')

  // The custom point's item, derived from its one measure, is found with the risk-point filter.
  await typeAndPick(page, page.getByTestId('check-items-filter-point'), customPoint.name)
  await table.getByText('每月检查宣传栏固定螺栓，锈蚀的立即更换；大风天气前加固或拆下宣传栏，是否落实到位').waitFor()
  expect(await rows.count()).toBe(1)
  await screenshot(page, '07-checklist-filtered')
}

async function generateOutputs(page: Page, outputFolder: string): Promise<string[]> {
  await page.getByRole('button', { name: '选择文件夹' }).click()
  await page.getByTestId('output-folder').getByText(outputFolder, { exact: true }).waitFor()
  await page.getByRole('button', { name: '生成全部成果' }).click()
  const files = page.getByTestId('output-files')
  await files.waitFor({ timeout: 180_000 })
  await screenshot(page, '08-outputs')
  return (await files.locator('.ant-list-item').allTextContents()).map((text) => text.trim())
}

async function stepCompleteness(page: Page): Promise<Record<string, string | null>> {
  const summaries = page.locator('[data-testid^=step-summary-]')
  const result: Record<string, string | null> = {}
  for (const summary of await summaries.all()) {
    const key = (await summary.getAttribute('data-testid'))?.replace('step-summary-', '') ?? ''
    result[key] = await summary.getAttribute('data-complete')
  }
  return result
}

describe('wizard in the browser', () => {
  it('builds a school step by step', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/settings`)
      await page.getByTestId('settings-operator').fill('刘德福')
      await page.getByTestId('settings-operator').press('Enter')
      await waitForMessage(page, '操作人已保存')
      await screenshot(page, '00-settings')

      await page.getByRole('menuitem', { name: '建设向导' }).click()
      await page.getByLabel('学校名称').waitFor()
      await fillSchool(page)
      await screenshot(page, '01-school')

      await next(page)
      await buildLeadingGroup(page)
      await screenshot(page, '02-leading-group')

      await next(page)
      await buildPosts(page)
      await screenshot(page, '03-responsibilities')

      await next(page)
      await identifyRisks(page)

      // Library risks name their owner posts; posts the school did not have were added without staff.
      await goToStep(page, '责任清单')
      await page.getByTestId('post-editor').waitFor()
      await staffEveryPost(page)
      await goToStep(page, '风险评价')
      await page.getByTestId('level-counts').waitFor()
      await regradeByLec(page)
      await screenshot(page, '05-evaluation')

      await next(page)
      await completeMeasures(page)

      await next(page)
      await deriveChecklist(page)

      await next(page)
      const listed = await generateOutputs(page, school.outputFolder)

      const written = readdirSync(school.outputFolder)
      for (const extension of ['.docx', '.xlsx', '.zip']) {
        expect(written.some((name) => name.endsWith(extension)), `an ${extension} file in ${written.join(', ')}`).toBe(true)
      }
      for (const name of written) {
        expect(statSync(join(school.outputFolder, name)).size, `size of ${name}`).toBeGreaterThan(0)
        expect(listed.some((text) => text.includes(name)), `${name} listed in the window`).toBe(true)
      }

      await page.locator('[data-testid=step-summary-outputs][data-complete=yes]').waitFor()
      expect(await stepCompleteness(page)).toEqual({
        school: 'yes',
        'leading-group': 'yes',
        responsibilities: 'yes',
        identification: 'yes',
        evaluation: 'yes',
        measures: 'yes',
        checklist: 'yes',
        outputs: 'yes'
      })
      await screenshot(page, '09-all-complete')

      await page.getByRole('menuitem', { name: '制度文本' }).click()
      await page.getByTestId('policy-editor').waitFor()
      await screenshot(page, '10-policies')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
      expect(problems.dialogs).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-build-school')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 400_000)

  it('refuses a script tag as a staff name', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    const attack = '<script>alert(1)</script>'
    try {
      await page.goto(`${school.harness.url}/#/wizard/leading-group`)
      await page.getByTestId('staff-add').click()
      await page.getByTestId('staff-name').fill(attack)
      await page.keyboard.press('Enter')
      const error = fieldErrors(modal(page, 'staff-modal'))
      await error.first().waitFor()
      expect(await error.first().textContent()).toBe(`「姓名」“${attack}”含有 < 或 > 符号，名称中不能使用，请删除后再保存。`)
      await screenshot(page, 'xss-name-refused')

      // The Node side refuses it too, for a caller that skips the form.
      const reply = await page.evaluate(async (name) => {
        const response = await fetch('/api/staff:save', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) })
        return (await response.json()) as { ok: boolean; error?: { code: string } }
      }, attack)
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'angle-brackets-not-allowed' }) })

      // A note may contain angle brackets; it is shown as text, never run.
      await page.getByTestId('staff-name').fill('测试员')
      await page.getByTestId('staff-note').fill(attack)
      await page.getByTestId('staff-note').press('Enter')
      await waitForModalClosed(page, 'staff-modal')
      const cell = page.getByTestId('staff-roster').getByRole('cell', { name: attack, exact: true })
      await cell.waitFor()
      expect(await cell.innerHTML()).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
      await screenshot(page, 'xss-note-as-text')

      expect(problems.dialogs).toEqual([])
      expect(problems.errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-script-tag')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 120_000)
})
