import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDocx } from '../documents/docx-reader'
import { pageSizes } from '../notices/docx-media'
import { confirmDialog, fieldErrors, goToStep, pickOption, waitForMessage } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Fills 学校概况 for a village 教学点: 30 pupils, 6 staff, a small kitchen. */
async function fillTeachingPoint(page: Page): Promise<void> {
  await page.getByLabel('学校名称').fill('修武县西村乡东岭教学点')
  await pickOption(page, page.getByLabel('县（市、区）'), '修武县')
  await pickOption(page, page.getByLabel('所在范围'), '农村')
  await pickOption(page, page.getByLabel('办学性质'), '公办')
  await pickOption(page, page.getByLabel('所属类别'), '小学')
  await page.getByLabel('校(园)长', { exact: true }).fill('王永刚')
  await page.getByLabel('联系人姓名').fill('李秀芝')
  await page.getByLabel('联系人电话').fill('13903920102')
  await page.getByLabel('学生（幼儿）人数').fill('30')
  await page.getByLabel('教职工人数').fill('6')
  await page.getByLabel('食堂').check()
  await page.getByRole('button', { name: '保存学校概况' }).click()
  await waitForMessage(page, '学校概况已保存')
}

async function switchToSmallSchoolMode(page: Page): Promise<void> {
  const suggestion = page.getByTestId('small-school-suggestion')
  await suggestion.waitFor()
  expect(await suggestion.textContent()).toContain('本校教职工 6 人（少于 15 人），学生（幼儿）30 人（少于 200 人），建议使用小规模学校模式。')
  // Saving the profile suggested the mode but did not switch it.
  expect(await page.getByTestId('small-school-state').textContent()).toBe('未使用（按一般学校的完整流程）')
  await screenshot(page, 'small-01-suggestion')

  await page.getByTestId('small-school-accept').click()
  await confirmDialog(page, 'small-school-confirm')
  await waitForMessage(page, '已切换到小规模学校模式')
  await page.getByTestId('small-school-state').getByText('已使用小规模学校模式').waitFor()
  await suggestion.waitFor({ state: 'detached' })
  await screenshot(page, 'small-02-mode-on')
}

/** Accepts the proposed short list without 大型集会与文艺演出, which a 教学点 without a hall does not hold. */
async function acceptProposal(page: Page): Promise<number> {
  await goToStep(page, '风险辨识')
  const panel = page.getByTestId('proposal-panel')
  await panel.waitFor()
  const rows = panel.locator('tbody tr.ant-table-row')
  const proposed = await rows.count()
  expect(proposed).toBeGreaterThanOrEqual(10)
  expect(proposed).toBeLessThanOrEqual(20)
  for (const name of ['校门及门卫室', '教室', '楼梯、走廊与连廊', '食堂加工操作区', '校外水域防溺水']) {
    expect(await rows.filter({ has: page.getByText(name, { exact: true }) }).count(), name).toBe(1)
  }
  await screenshot(page, 'small-03-proposal')

  await panel.locator('tr[data-row-key="assembly"] input[type=checkbox]').uncheck()
  await panel.getByTestId('proposal-accept').getByText(`采用选中的 ${proposed - 1} 个风险点`).waitFor()
  await panel.getByTestId('proposal-accept').click()
  await waitForMessage(page, `已添加 ${proposed - 1} 个风险点`)
  await page.getByTestId('tab-points').getByText(`本校风险点（${proposed - 1}）`).waitFor()
  await screenshot(page, 'small-04-points')
  return proposed - 1
}

/** Grades the first risk 较大 by the definitions and checks the choice sticks. */
async function gradeByDefinitions(page: Page): Promise<void> {
  await goToStep(page, '风险评价')
  await page.getByTestId('quick-grade-definitions').waitFor()
  expect(await page.getByTestId('quick-grade-definitions').textContent()).toContain('管控难度大，可能失控')
  const table = page.getByTestId('quick-grade-table')
  const firstRow = table.locator('tbody tr.ant-table-row').first()
  expect(await firstRow.textContent()).toContain('LEC初评')

  await firstRow.locator('[data-testid^=quick-grade-]').getByText('较大', { exact: true }).click()
  await waitForMessage(page, '已判定为较大风险')
  await firstRow.locator('.ant-radio-button-wrapper-checked').getByText('较大', { exact: true }).waitFor()
  expect(await firstRow.textContent()).not.toContain('LEC初评')
  expect(await firstRow.locator('.level-tag').textContent()).toBe('橙 · 较大风险')
  await screenshot(page, 'small-05-quick-grade')
}

async function setNotices(page: Page): Promise<void> {
  const card = page.getByTestId('notice-settings')
  await card.waitFor()
  await card.getByText('A5（148×210 毫米，内容更紧凑）').click()
  await card.getByTestId('notice-bureau-phone').fill('12345')
  await card.getByTestId('notice-save').click()
  const error = fieldErrors(card).filter({ hasText: '12345' })
  await error.waitFor()
  expect(await error.textContent()).toBe('「县（市、区）教育局电话」“12345”不是有效的电话号码。请填写 11 位手机号（如 13912345678），或带区号的固定电话（如 0391-1234567）。')
  await screenshot(page, 'small-06-bad-bureau-phone')

  await card.getByTestId('notice-bureau-phone').fill('0391-7122365')
  await card.getByTestId('notice-save').click()
  await waitForMessage(page, '告知卡与公告栏设置已保存')
}

async function generate(page: Page, outputFolder: string): Promise<string[]> {
  await page.getByRole('button', { name: '选择文件夹' }).click()
  await page.getByTestId('output-folder').getByText(outputFolder, { exact: true }).waitFor()
  await page.getByRole('button', { name: '生成全部成果' }).click()
  // The 教学点 skipped the leading group and the other steps, so a confirmation comes first.
  const incomplete = page.getByTestId('incomplete-steps')
  await incomplete.waitFor()
  expect(await incomplete.textContent()).toContain('领导小组与办公室：尚未指定组长')
  await confirmDialog(page, 'outputs-generate-anyway')
  const files = page.getByTestId('output-files')
  await files.waitFor({ timeout: 180_000 })
  await screenshot(page, 'small-07-outputs')
  return (await files.locator('.ant-list-item').allTextContents()).map((text) => text.trim())
}

describe('small-school mode in the browser', () => {
  it('switches, accepts the proposal, grades and generates', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/wizard/school`)
      await page.getByLabel('学校名称').waitFor()
      await fillTeachingPoint(page)
      await switchToSmallSchoolMode(page)

      const points = await acceptProposal(page)
      await gradeByDefinitions(page)

      await goToStep(page, '成果输出')
      await page.getByTestId('outputs-small-school').waitFor()
      await setNotices(page)
      const listed = await generate(page, school.outputFolder)

      expect(listed.some((text) => text.includes('小规模学校双重预防体系手册.docx'))).toBe(true)
      expect(listed.some((text) => text.includes('安全风险分级管控手册'))).toBe(false)
      expect(listed.some((text) => text.includes('隐患排查治理手册'))).toBe(false)
      for (const title of ['岗位风险告知卡（按岗位）', '安全风险告知卡（按风险点）', '安全风险公告栏', '安全检查表', '双重预防体系建设统计表']) {
        expect(listed.some((text) => text.includes(title)), title).toBe(true)
      }
      expect(listed.some((text) => text.endsWith('.zip') || text.includes('.zip'))).toBe(true)

      const written = readdirSync(school.outputFolder)
      const cards = written.find((name) => name.endsWith('安全风险告知卡（按风险点）.docx')) as string
      const xml = readDocx(readFileSync(join(school.outputFolder, cards)))['word/document.xml']
      expect(pageSizes(xml)).toEqual(Array.from({ length: points }, () => ({ width: 8391, height: 11906 })))
      expect(xml).toContain('0391-7122365')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
      expect(problems.dialogs).toEqual([])
    } catch (error) {
      await screenshot(page, 'small-failure')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 400_000)
})
