import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomRiskLibrary } from '../../shared/domain/custom-library'
import { measureInput, riskInput, riskPointInput, schoolInput } from '../../shared/schemas/inputs'
import { deriveCheckItems } from '../../electron/checklist/check-items.service'
import { createSchoolFile } from '../../electron/db/school-file'
import type { Db } from '../../electron/db/transaction'
import { startHarness, type Harness } from '../../electron/harness/server'
import { saveMeasure } from '../../electron/risks/measures.service'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import { modal, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot } from './browser'

const schoolName = '焦作市解放区实验小学'
const pointName = '校园文化长廊'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Fills the school profile and adds one point of the school's own: a graded risk, two measures and their check items. */
async function prepareSchool(db: Db, name: string): Promise<void> {
  await saveSchool(
    db,
    schoolInput.parse({
      name,
      county: '解放区',
      scope: '城区',
      nature: '公办',
      category: '小学',
      principal: '王建国',
      contactName: '刘德福',
      contactPhone: '0391-3561000',
      facilities: ['canteen']
    })
  )
  const point = await saveRiskPoint(db, riskPointInput.parse({ name: pointName, kind: 'facility', area: '教学楼东侧' }))
  const saved = await saveRisk(
    db,
    riskInput.parse({
      riskPointId: point.id,
      hazard: '长廊宣传栏固定螺栓锈蚀，大风天气可能坠落',
      factorType: '物的因素',
      consequence: '宣传栏坠落砸伤学生',
      accidentTypes: ['01'],
      method: 'lec',
      lecL: 3,
      lecE: 6,
      lecC: 7
    })
  )
  const riskId = saved.risks[0].id
  await saveMeasure(db, measureInput.parse({ riskId, category: 'engineering', content: '更换锈蚀螺栓并加装防坠钢丝绳', controlLevel: 'department' }))
  await saveMeasure(db, measureInput.parse({ riskId, category: 'management', content: '大风预警前检查宣传栏固定情况', controlLevel: 'department' }))
  await deriveCheckItems(db)
}

interface Setup {
  harness: Harness
  folder: string
  libraryFile: string
  otherSchool: string
  close(): Promise<void>
}

async function setUp(): Promise<Setup> {
  const folder = mkdtempSync(join(tmpdir(), 'custom-library-e2e-'))
  const libraryFile = join(folder, '用户数据', 'custom-library.json')
  const schoolFile = join(folder, '实验小学.school')
  const otherSchool = join(folder, '第二中学.school')

  const other = await createSchoolFile(otherSchool)
  await saveSchool(other.db, schoolInput.parse({ name: '焦作市第二中学', category: '普通初中' }))
  await other.close()

  const harness = await startHarness({ schoolFile, outputFolder: null, rendererRoot: resolve('out/renderer'), port: 0, customLibraryFile: libraryFile })
  await prepareSchool(harness.ctx.session.schoolDb.db, schoolName)
  await harness.platform.rememberSchoolFile(otherSchool)
  await harness.platform.rememberSchoolFile(schoolFile)
  return {
    harness,
    folder,
    libraryFile,
    otherSchool,
    close: async () => {
      await harness.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

describe('custom risk library in the window', () => {
  it('saves, marks and imports custom entries', async () => {
    const setup = await setUp()
    const { page, context, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${setup.harness.url}/#/wizard/identification`)
      await page.getByTestId('tab-points').click()
      const row = page.getByTestId('risk-point-table').getByRole('row', { name: new RegExp(pointName) })
      await row.getByRole('button', { name: '存为自定义' }).click()

      const form = modal(page, 'save-as-custom-modal')
      await form.getByTestId('save-as-custom-name').fill('校园文化长廊（专家版）')
      await screenshot(page, 'custom-01-save-as-custom')
      await form.getByTestId('save-as-custom-modal-ok').click()
      await waitForMessage(page, '已保存为自定义条目“校园文化长廊（专家版）”')
      await waitForModalClosed(page, 'save-as-custom-modal')

      const saved = JSON.parse(readFileSync(setup.libraryFile, 'utf8')) as CustomRiskLibrary
      expect(saved.riskPoints).toHaveLength(1)
      const key = saved.riskPoints[0].key
      expect(saved.riskPoints[0].risks[0].measures.map((measure) => measure.check !== undefined)).toEqual([true, true])

      await page.getByTestId('tab-library').click()
      await page.getByTestId('library-search').locator('input').fill('专家版')
      const tag = page.getByTestId(`library-custom-${key}`)
      await tag.waitFor()
      expect(await tag.textContent()).toBe('自定义')
      expect(await page.locator('label', { has: tag }).textContent()).toContain('已添加')
      await screenshot(page, 'custom-02-library-panel-marked')

      await page.locator('.ant-menu').getByText('自定义风险库', { exact: true }).click()
      const table = page.getByTestId('custom-entry-table')
      await table.getByRole('cell', { name: /校园文化长廊（专家版）/ }).waitFor()
      expect(await table.textContent()).toContain('小学')
      // The page names the button by its label in 风险辨识.
      const intro = (await page.getByTestId('custom-library-page').getByTestId('step-intro').textContent()) ?? ''
      expect(intro).toContain('点击某个风险点的“存为自定义”')
      expect(intro).not.toContain('保存为自定义条目')
      await screenshot(page, 'custom-03-custom-library-page')

      const broken = { ...saved, riskPoints: [{ ...saved.riskPoints[0], key: 'wall', appliesTo: { categories: ['大学'], facilities: [] } }] }
      const brokenFile = join(setup.folder, '同事的风险库.json')
      writeFileSync(brokenFile, JSON.stringify(broken))
      const before = readFileSync(setup.libraryFile)
      setup.harness.platform.nextCustomLibraryImportFile = brokenFile
      await page.getByTestId('custom-import').click()
      const list = page.getByTestId('import-problems')
      await list.waitFor()
      expect(await list.textContent()).toContain('「风险点编号」“wall”格式不对')
      expect(await list.textContent()).toContain('“大学”不在可选范围内')
      expect(readFileSync(setup.libraryFile)).toEqual(before)
      await screenshot(page, 'custom-04-import-problems')

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await setup.close()
    }
  })

  it('titles the window and opens recent files', async () => {
    const setup = await setUp()
    const { page, context, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${setup.harness.url}/#/wizard/school`)
      await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(`${schoolName} — 实验小学.school — 学校双重预防体系建设助手`)

      await page.getByLabel('学校名称').fill('焦作市解放区实验小学（东校区）')
      await page.getByRole('button', { name: '保存学校概况' }).click()
      await waitForMessage(page, '学校概况已保存')
      await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('焦作市解放区实验小学（东校区） — 实验小学.school — 学校双重预防体系建设助手')

      await page.getByTestId('recent-files').click()
      const second = page.getByTestId('recent-file-1')
      await second.waitFor()
      expect(await second.textContent()).toContain('第二中学.school')
      expect(await page.getByTestId('recent-file-0').textContent()).toContain('（当前）')
      await screenshot(page, 'custom-05-recent-files')

      await second.click()
      await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('焦作市第二中学 — 第二中学.school — 学校双重预防体系建设助手')
      expect(setup.harness.ctx.session.file).toBe(setup.otherSchool)
      await screenshot(page, 'custom-06-recent-file-opened')

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await setup.close()
    }
  })
})
