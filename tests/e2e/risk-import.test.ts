import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRiskList } from '../../bench/risk-list'
import { dispatch } from '../../electron/handlers/dispatch'
import type { RiskPoint } from '../../shared/domain/entities'
import { typeAndPick } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

type Cell = string | number | null

const header: Cell[] = ['序号', '区域', '风险点', '危险有害因素', '伤害类型', 'L', 'E', 'C', 'D', '风险等级', '管控措施', '管控层级', '责任岗位']

/**
 * A school's list as printed from Excel: a title row, 区域 and 风险点 merged over their risks, the header
 * repeated at the top of the second page, a 合计 row. 伤害类型 is a header the importer does not know.
 * Rows 5 and 9 type 一般风险 where L × E × C = 270 makes 较大; row 4 types D = 45 where 1 × 6 × 7 = 42.
 */
const riskList: Cell[][] = [
  ['焦作市解放区实验小学安全风险分级管控清单'],
  header,
  [1, '教学区', '教学楼楼梯', '课间学生在楼梯追逐打闹', '拥挤踩踏', 3, 6, 7, 126, '一般风险', '1.安排教师课间值守；2.楼梯张贴靠右行走标识', '年级组级', '班主任'],
  [2, null, null, '楼梯扶手松动', '其他伤害', 1, 6, 7, 45, '低风险', '每周检查扶手，松动的及时紧固', '岗位级', '班主任'],
  [3, null, '教学楼走廊', '走廊窗户未装限位器，学生探身窗外', '高处坠落', 3, 6, 15, 270, '一般风险', '安装窗户限位器', '部门级', '总务处主任'],
  header,
  [4, '生活区', '学生食堂', '食品原料采购索证不全，加工不当', '食物中毒', 3, 6, 15, 270, '较大风险', '工程技术措施：安装紫外线消毒灯\n管理措施：落实索证索票制度', '部门级', '食堂管理员'],
  [5, null, null, '燃气管道泄漏', '火灾', 1, 6, 40, 240, '较大风险', '安装燃气泄漏报警器', '部门级', '食堂管理员'],
  [6, null, '学生宿舍', '宿舍私拉乱接电线', '触电', 3, 6, 15, 270, '一般风险', '每晚查寝，没收违规电器', '年级组级', '宿管员'],
  ['合计', '共 6 项']
]
const riskListMerges = ['A1:M1', 'B3:B5', 'C3:C4', 'B7:B9', 'C7:C8']

interface SheetSpec {
  name: string
  rows: Cell[][]
  merges?: string[]
}

async function writeXlsx(folder: string, fileName: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name)
    spec.rows.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (value !== null) sheet.getCell(row + 1, column + 1).value = value
      })
    )
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
  }
  const path = join(folder, fileName)
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()))
  return path
}

function riskListFile(folder: string): Promise<string> {
  return writeXlsx(folder, '2026年风险分级管控清单.xlsx', [
    { name: '填表说明', rows: [['本表由学校安全办填写，每学期更新一次。']] },
    { name: '风险分级管控清单', rows: riskList, merges: riskListMerges }
  ])
}

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function chooseFile(page: Page, school: TestSchool, file: string): Promise<void> {
  school.harness.platform.nextImportFile = file
  // The mapping screen has 换一个文件 beside the file name; elsewhere the first step has the button.
  const change = page.getByTestId('import-change-file')
  if (await change.isVisible()) {
    await change.click()
    return
  }
  if (!(await page.getByTestId('import-choose').isVisible())) await page.getByTestId('import-step-file').click()
  await page.getByTestId('import-choose-file').click()
}

/** Turns off the step bar's colour transitions, so a screenshot taken right after a step change shows the new step. */
async function stillSteps(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.import-steps, .import-steps * { transition: none !important; animation: none !important; }' })
}

function previewRow(page: Page, row: number) {
  return page.locator(`[data-testid=preview-table] tr[data-row-key="${row}"]`)
}

async function checkMappingScreen(page: Page): Promise<void> {
  await page.getByTestId('import-mapping').waitFor()
  expect(await page.getByTestId('import-file-name').textContent()).toBe('2026年风险分级管控清单.xlsx')
  expect(await page.getByTestId('import-sheet').textContent()).toContain('风险分级管控清单（识别为风险清单）')
  expect(await page.getByTestId('import-header-rows').textContent()).toBe('第 2 行')
  await page.getByTestId('mapping-source-detected').waitFor()
  expect(await page.getByTestId('mapping-pointName').textContent()).toBe('C 列 · 风险点')
  expect(await page.getByTestId('mapping-level').textContent()).toBe('J 列 · 风险等级')
  expect(await page.getByTestId('mapping-accidentTypes').textContent()).toBe('（不导入）')
  expect(await page.getByTestId('mapping-unmapped').textContent()).toContain('E 列“伤害类型”')
  await screenshot(page, 'import-02-mapping')
}

/** Maps 事故类型 to the 伤害类型 column by typing into the select, then saves the mapping. */
async function changeMapping(page: Page): Promise<void> {
  await typeAndPick(page, page.getByTestId('mapping-accidentTypes'), 'E 列')
  await page.getByTestId('mapping-source-given').waitFor()
  expect(await page.getByTestId('mapping-accidentTypes').textContent()).toBe('E 列 · 伤害类型')
  expect(await page.getByTestId('mapping-row-accidentTypes').textContent()).toContain('已改（原为不导入）')
  expect(await page.getByTestId('mapping-unmapped').count()).toBe(0)

  await page.getByTestId('mapping-save').click()
  await page.getByTestId('mapping-saved').waitFor()
  await screenshot(page, 'import-02-mapping-changed')
}

async function checkPreview(page: Page): Promise<void> {
  await page.getByTestId('import-next').click()
  await page.getByTestId('import-preview').waitFor()
  const rows = page.locator('[data-testid=preview-table] tbody tr.ant-table-row')
  expect(await rows.count()).toBe(6)
  expect(await page.getByTestId('preview-summary').textContent()).toContain('读到 6 项风险，分属 4 个风险点（新建 4 个）')

  // Merged 区域 and 风险点 cells fill every row they cover.
  expect(await previewRow(page, 4).textContent()).toContain('教学楼楼梯')
  expect(await previewRow(page, 8).textContent()).toContain('学生食堂')
  expect(await previewRow(page, 3).locator('[data-level=medium]').count()).toBe(1)
  expect(await previewRow(page, 3).textContent()).toContain('LEC L=3 E=6 C=7126')
  expect(await previewRow(page, 3).locator('[data-source=computed]').textContent()).toBe('按分值计算')
  expect(await previewRow(page, 3).textContent()).toContain('拥挤踩踏')
  expect(await previewRow(page, 5).textContent()).toContain('待回答')
  expect(await previewRow(page, 9).textContent()).toContain('待回答')

  // Warnings name their cells; the repeated header and the total row are skipped with their reasons.
  const warnings = page.getByTestId('preview-warnings')
  expect(await warnings.textContent()).toContain('I4')
  expect(await warnings.textContent()).toContain('I4 填写的 D=45，与 L=1、E=6、C=7 的乘积 42 不符')
  await page.getByTestId('preview-collapse').getByText('跳过的行（2）').click()
  const skipped = page.getByTestId('preview-skipped')
  await skipped.waitFor()
  expect(await skipped.locator('tbody tr[data-row-key="6"]').textContent()).toContain('重复的表头行')
  expect(await skipped.locator('tbody tr[data-row-key="10"]').textContent()).toContain('合计行')

  await previewRow(page, 7).locator('.ant-table-row-expand-icon').click()
  await page.getByText('安装紫外线消毒灯').waitFor()
  await screenshot(page, 'import-03-preview')
}

async function checkImportBlocked(page: Page): Promise<void> {
  await page.getByTestId('import-step-confirm').click()
  await page.getByTestId('import-confirm').waitFor()
  const apply = page.getByTestId('import-apply')
  expect(await apply.isDisabled()).toBe(true)
  expect(await apply.textContent()).toContain('还有 2 个问题未回答')
  await screenshot(page, 'import-04-confirm-blocked')
}

/** Answers the J5 conflict with the keyboard: the computed level, for every row of the same kind. */
async function answerQuestion(page: Page): Promise<void> {
  await page.getByTestId('import-step-questions').click()
  await page.getByTestId('import-questions').waitFor()
  const cards = page.getByTestId('question-card')
  expect(await cards.count()).toBe(2)
  const card = page.locator('[data-question="level-conflict:J5"]')
  expect(await card.getByTestId('question-cell').textContent()).toBe('J5')
  expect(await card.textContent()).toContain('第 5 行填写的风险等级是“一般风险”（J5“一般风险”），但按 L=3、E=6、C=15，D=270 应为“较大风险”。按哪一个导入？')
  expect(await card.getByTestId('question-apply-all').textContent()).toContain('对同类情况全部适用（第 5、9 行）')
  expect(await card.getByTestId('question-confirm').isDisabled()).toBe(true)
  await screenshot(page, 'import-05-questions')

  await card.getByRole('radio').first().focus()
  await page.keyboard.press('ArrowDown')
  expect(await card.getByRole('radio').nth(1).isChecked()).toBe(true)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  expect(await card.getByTestId('question-apply-all').locator('input').isChecked()).toBe(true)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')

  await page.getByText('没有需要确认的问题').waitFor()
  expect(await page.getByTestId('steps-question-count').count()).toBe(0)
  await page.locator('.given-answers').getByText('已回答的问题（1）').click()
  expect(await page.getByTestId('given-answers').textContent()).toContain('（同类情况全部适用）')
  await screenshot(page, 'import-06-answered')
}

async function confirmImport(page: Page): Promise<void> {
  await page.getByTestId('questions-go-confirm').click()
  await page.getByTestId('import-confirm').waitFor()
  expect(await page.locator('.import-steps .ant-steps-item-process').textContent()).toContain('确认导入')
  expect(await page.getByTestId('confirm-new-points').textContent()).toBe('4 个')
  expect(await page.getByTestId('confirm-reused-points').textContent()).toContain('0 个')
  expect(await page.getByTestId('confirm-risks').textContent()).toContain('6 项')
  expect(await page.getByTestId('confirm-measures').textContent()).toBe('8 条')
  expect(await page.getByTestId('import-apply').isEnabled()).toBe(true)
  await screenshot(page, 'import-07-confirm')

  await page.getByTestId('import-apply').click()
  await page.getByTestId('import-result').waitFor()
  expect(await page.getByTestId('import-result').textContent()).toContain('已导入 6 项风险')
  expect(await page.getByTestId('result-hint').textContent()).toContain('根据管控措施生成排查项')
  await screenshot(page, 'import-08-result')
}

async function checkImportedRisks(school: TestSchool): Promise<void> {
  const reply = await dispatch(school.harness.ctx, 'risk-points:list', {})
  const points = (reply as { value: RiskPoint[] }).value
  expect(points.map((point) => [point.name, point.area, point.risks.length])).toEqual([
    ['教学楼楼梯', '教学区', 2],
    ['教学楼走廊', '教学区', 1],
    ['学生食堂', '生活区', 2],
    ['学生宿舍', '生活区', 1]
  ])
  const risks = points.flatMap((point) => point.risks)
  expect(risks.map((risk) => [risk.hazard, risk.method, risk.level])).toEqual([
    ['课间学生在楼梯追逐打闹', 'lec', 'medium'],
    ['楼梯扶手松动', 'lec', 'low'],
    ['走廊窗户未装限位器，学生探身窗外', 'lec', 'high'],
    ['食品原料采购索证不全，加工不当', 'lec', 'high'],
    ['燃气管道泄漏', 'lec', 'high'],
    ['宿舍私拉乱接电线', 'lec', 'high']
  ])
  expect(risks.map((risk) => risk.accidentTypes)).toEqual([['S01'], ['20'], ['09'], ['S02'], ['08'], ['05']])
  expect(risks.reduce((total, risk) => total + risk.measures.length, 0)).toBe(8)
}

async function checkIdentificationStep(page: Page): Promise<void> {
  await page.getByTestId('result-go-identification').click()
  const table = page.getByTestId('risk-point-table')
  await table.waitFor()
  for (const name of ['教学楼楼梯', '教学楼走廊', '学生食堂', '学生宿舍']) await table.getByText(name, { exact: true }).waitFor()
  await table.locator('tr', { hasText: '教学楼走廊' }).getByText('较大风险').waitFor()
  await screenshot(page, 'import-09-identification')
}

/** Chooses the same file again: the saved mapping applies by itself, and the repeat is flagged. */
async function checkSavedMappingReused(page: Page, school: TestSchool, file: string): Promise<void> {
  await page.getByTestId('risk-import-open').click()
  await page.getByTestId('import-choose').waitFor()
  await chooseFile(page, school, file)
  await page.getByTestId('mapping-source-saved').waitFor()
  expect(await page.getByTestId('mapping-accidentTypes').textContent()).toBe('E 列 · 伤害类型')
  await screenshot(page, 'import-10-saved-mapping')

  await page.getByTestId('import-next').click()
  expect(await page.getByTestId('preview-summary').textContent()).toContain('（新建 0 个）')
  expect(await page.getByTestId('preview-warnings').textContent()).toContain('导入后会重复')
}

describe('risk-list import in the browser', () => {
  it('imports a messy list step by step', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const file = await riskListFile(school.folder)
      await page.goto(`${school.harness.url}/#/wizard/identification`)
      await stillSteps(page)
      await page.getByTestId('risk-import-open').click()
      await page.getByTestId('import-choose').waitFor()
      expect(await page.getByRole('menuitem', { name: '导入风险清单' }).getAttribute('class')).toContain('selected')
      await screenshot(page, 'import-01-choose')

      await chooseFile(page, school, file)
      await checkMappingScreen(page)
      await changeMapping(page)
      await checkPreview(page)
      await checkImportBlocked(page)
      await answerQuestion(page)
      await confirmImport(page)
      await checkImportedRisks(school)
      await checkIdentificationStep(page)
      await checkSavedMappingReused(page, school, file)

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
      expect(problems.dialogs).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-risk-import')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 180_000)

  it('names the file of each failure and stays usable', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/import-risks`)
      await stillSteps(page)
      await page.getByTestId('import-choose').waitFor()
      const error = page.getByTestId('import-error')

      const notExcel = join(school.folder, '风险清单（文本）.xlsx')
      writeFileSync(notExcel, '序号,风险点,危险源\n1,教学楼,楼梯破损\n')
      await chooseFile(page, school, notExcel)
      await error.waitFor()
      expect(await error.textContent()).toContain('“风险清单（文本）.xlsx”无法导入')
      await screenshot(page, 'import-11-not-excel')

      // A cut-off download: the zip's directory at the end is missing.
      const good = await riskListFile(school.folder)
      const damaged = join(school.folder, '损坏的清单.xlsx')
      writeFileSync(damaged, readFileSync(good).subarray(0, 1500))
      await chooseFile(page, school, damaged)
      await error.getByText('“损坏的清单.xlsx”无法导入', { exact: false }).waitFor()

      const tooLarge = join(school.folder, '扫描件清单.xlsx')
      writeFileSync(tooLarge, Buffer.alloc(21 * 1024 * 1024))
      await chooseFile(page, school, tooLarge)
      await error.getByText('超过导入上限 20 MB', { exact: false }).waitFor()
      expect(await error.textContent()).toContain('“扫描件清单.xlsx”无法导入')

      const noHeader = await writeXlsx(school.folder, '会议记录.xlsx', [{ name: '记录', rows: [['2026年春季安全工作会议'], ['参会人员：全体教师']] }])
      await chooseFile(page, school, noHeader)
      await error.getByText('在“会议记录.xlsx”的工作表“记录”中找不到风险清单的表头', { exact: false }).waitFor()
      await screenshot(page, 'import-12-no-header')

      // A header without a hazard column: the mapping screen asks for it, and the preview waits.
      const describedOnly = await writeXlsx(school.folder, '情况描述.xlsx', [
        {
          name: '风险清单',
          rows: [
            ['序号', '风险点', '情况描述', '事故类型', '风险等级', '管控措施'],
            [1, '教学楼', '楼梯扶手松动', '其他伤害', '一般风险', '每周检查扶手'],
            [2, '操场', '单杠锈蚀', '其他伤害', '低风险', '更换单杠']
          ]
        }
      ])
      await chooseFile(page, school, describedOnly)
      await page.getByTestId('mapping-missing').waitFor()
      expect(await error.count()).toBe(0)
      expect(await page.getByTestId('import-next').isDisabled()).toBe(true)
      await screenshot(page, 'import-13-missing-column')
      await typeAndPick(page, page.getByTestId('mapping-hazard'), 'C 列')
      await page.getByTestId('mapping-missing').waitFor({ state: 'detached' })
      await page.getByTestId('import-next').click()
      expect(await page.locator('[data-testid=preview-table] tbody tr.ant-table-row').count()).toBe(2)

      // Another sheet without a header fails, and the last good preview stays.
      const twoSheets = await writeXlsx(school.folder, '两张表.xlsx', [
        { name: '风险清单', rows: riskList, merges: riskListMerges },
        { name: '附表', rows: [['本页空白']] }
      ])
      await chooseFile(page, school, twoSheets)
      await page.getByTestId('import-mapping').waitFor()
      await page.getByTestId('import-sheet').click()
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '附表' }).click()
      await error.getByText('在“两张表.xlsx”的工作表“附表”中找不到风险清单的表头', { exact: false }).waitFor()
      expect(await page.getByTestId('import-sheet').textContent()).toContain('风险清单')
      expect(await page.getByTestId('mapping-pointName').textContent()).toBe('C 列 · 风险点')
      await screenshot(page, 'import-14-sheet-without-header')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (caught) {
      await screenshot(page, 'failure-risk-import-errors')
      throw caught
    } finally {
      await context.close()
      await school.close()
    }
  }, 120_000)

  it('previews a 3,000-row list page by page', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const file = join(school.folder, '全校风险清单.xlsx')
      writeFileSync(file, await buildRiskList())
      await page.goto(`${school.harness.url}/#/import-risks`)
      await stillSteps(page)
      await page.getByTestId('import-choose').waitFor()

      // The page shows a spinner while the Node side reads the list, then the mapping of the two-row header.
      await chooseFile(page, school, file)
      await page.locator('.import-body[aria-busy=true]').waitFor({ timeout: 5_000 })
      await page.getByTestId('import-mapping').waitFor({ timeout: 30_000 })
      expect(await page.getByTestId('import-header-rows').textContent()).toBe('第 2–3 行')
      expect(await page.getByTestId('mapping-measureEmergency').textContent()).toBe('R 列 · 管控措施/应急处置')

      await page.getByTestId('import-next').click()
      const rows = page.locator('[data-testid=preview-table] tbody tr.ant-table-row')
      expect(await rows.count()).toBe(50)
      expect(await page.getByTestId('preview-summary').textContent()).toContain('读到 3000 项风险，分属 600 个风险点')
      await page.getByText('共 3000 行').waitFor()
      await page.locator('.ant-pagination-item[title="60"]').click()
      await page.locator('[data-testid=preview-table] tr[data-row-key="3003"]').waitFor()
      await screenshot(page, 'import-15-large-preview')

      expect(problems.errors).toEqual([])
    } catch (caught) {
      await screenshot(page, 'failure-risk-import-large')
      throw caught
    } finally {
      await context.close()
      await school.close()
    }
  }, 120_000)
})
