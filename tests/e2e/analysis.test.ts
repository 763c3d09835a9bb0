import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldErrors, modal, pickOption, typeAndPick, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'

const facility = { name: '实验楼配电间', area: '实验楼一层' }
const activity = { name: '午餐分餐', area: '学生餐厅' }
const sclItem = {
  item: '配电箱门锁与带电部位',
  standard: '配电箱门上锁，箱内带电部位有防护罩，警示标志清晰',
  hazard: '配电箱门未上锁，箱内带电部位裸露',
  consequence: '学生触碰带电部位触电'
}

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Calls a channel of the harness from the page, as the window's own client does. */
async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
    },
    { channel, input }
  )
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`)
  return reply.value as T
}

interface PointRow {
  id: number
  name: string
  risks: { id: number; hazard: string; level: string; analysisEntryId: number | null }[]
}

/** Prepares a primary school with two points of its own and the library's 校门及门卫室, which comes with its SCL record. */
async function prepareSchool(page: Page): Promise<{ facilityId: number; activityId: number; gateId: number }> {
  await api(page, 'school:save', { name: '焦作市解放区实验小学', category: '小学' })
  const saved = await api<PointRow>(page, 'risk-points:save', { ...facility, kind: 'facility' })
  const done = await api<PointRow>(page, 'risk-points:save', { ...activity, kind: 'activity' })
  const [gate] = await api<PointRow[]>(page, 'risk-points:add-from-library', { keys: ['gate'] })
  return { facilityId: saved.id, activityId: done.id, gateId: gate.id }
}

/** Opens a point's row and its 辨识记录 tab; returns the records panel. */
async function openRecords(page: Page, pointId: number, name: string): Promise<Locator> {
  const row = page.locator('[data-testid=risk-point-table] tr.ant-table-row', { hasText: name }).first()
  await row.locator('.ant-table-row-expand-icon').click()
  await page.getByTestId(`point-tab-records-${pointId}`).click()
  const panel = page.getByTestId(`analysis-records-${pointId}`)
  await panel.waitFor()
  return panel
}

async function rowIds(panel: Locator): Promise<number[]> {
  const keys = await panel.locator('tr[data-row-key]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key')))
  return keys.map(Number)
}

async function addSclItemAndRisk(page: Page, facilityId: number): Promise<void> {
  const panel = await openRecords(page, facilityId, facility.name)
  expect(await panel.getByTestId('analysis-method').locator('.ant-segmented-item-selected').textContent()).toContain('安全检查表分析（SCL）')

  await page.getByTestId(`analysis-add-${facilityId}`).click()
  const form = modal(page, 'analysis-modal')
  await form.getByTestId('analysis-item').fill(sclItem.item)
  await form.getByTestId('analysis-standard').fill(sclItem.standard)
  await form.getByTestId('analysis-deviation').fill(`${sclItem.hazard}；可能导致${sclItem.consequence}`)
  await form.getByTestId('analysis-controls').fill('配电间门口设置“当心触电”警示标志')
  await screenshot(page, 'analysis-01-scl-item')
  await page.getByTestId('analysis-modal-ok').click()
  await waitForModalClosed(page, 'analysis-modal')
  await waitForMessage(page, '检查项目已添加')
  const [entryId] = await rowIds(panel)
  await panel.getByText('尚未辨识风险').waitFor()

  // 由此辨识风险: the editor starts with the hazard and consequence of the item, the rest is chosen.
  await page.getByTestId(`analysis-create-risk-${entryId}`).click()
  const riskForm = modal(page, 'risk-modal')
  await riskForm.getByTestId('risk-prefill-note').waitFor()
  expect(await riskForm.getByTestId('risk-hazard').inputValue()).toBe(sclItem.hazard)
  expect(await riskForm.getByTestId('risk-consequence').inputValue()).toBe(sclItem.consequence)
  await pickOption(page, riskForm.getByTestId('risk-factor-type'), '物的因素')
  await typeAndPick(page, riskForm.getByTestId('risk-accident-types'), '触电', { multiple: true })
  await pickOption(page, riskForm.getByTestId('lec-l'), '3 — 可能，但不经常')
  await pickOption(page, riskForm.getByTestId('lec-e'), '6 — 每天工作时间内暴露')
  await pickOption(page, riskForm.getByTestId('lec-c'), '15 — 非常严重，一人死亡')
  expect(await riskForm.getByTestId('grade-result').textContent()).toContain('3 × 6 × 15 = 270')
  await screenshot(page, 'analysis-02-risk-from-item')
  await page.getByTestId('risk-modal-ok').click()
  await waitForModalClosed(page, 'risk-modal')

  await panel.locator(`tr[data-row-key="${entryId}"] .level-tag[data-level="high"]`).waitFor()
  await page.getByTestId(`point-tab-risks-${facilityId}`).getByText('风险（1）').waitFor()
  const points = await api<PointRow[]>(page, 'risk-points:list', {})
  const found = points.find((point) => point.id === facilityId)?.risks ?? []
  expect(found.map((risk) => [risk.hazard, risk.level, risk.analysisEntryId])).toEqual([[sclItem.hazard, 'high', entryId]])
  await screenshot(page, 'analysis-03-item-with-risk')
}

async function addJhaSteps(page: Page, activityId: number): Promise<void> {
  const panel = await openRecords(page, activityId, activity.name)
  expect(await panel.getByTestId('analysis-method').locator('.ant-segmented-item-selected').textContent()).toContain('工作危害分析（JHA）')

  // An empty step is refused in the form with the sentence the Node side uses.
  await page.getByTestId(`analysis-add-${activityId}`).click()
  const form = modal(page, 'analysis-modal')
  await page.getByTestId('analysis-modal-ok').click()
  await fieldErrors(form).filter({ hasText: '「工作步骤」不能为空，请填写后再保存。' }).waitFor()

  await form.getByTestId('analysis-item').fill('分餐到班')
  await form.getByTestId('analysis-deviation').fill('热汤桶放在学生可碰到处，学生端热汤行走')
  // Enter in the one-line step name saves the modal.
  await form.getByTestId('analysis-item').press('Enter')
  await waitForModalClosed(page, 'analysis-modal')

  await page.getByTestId(`analysis-add-${activityId}`).click()
  await form.getByTestId('analysis-item').fill('打饭打菜')
  await form.getByTestId('analysis-item').press('Enter')
  await waitForModalClosed(page, 'analysis-modal')
  await panel.getByText('打饭打菜').waitFor()
  const [first, second] = await rowIds(panel)

  // 打饭打菜 comes first: focus its row and move it up with Alt+↑.
  await panel.locator(`tr[data-row-key="${second}"]`).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => rowIds(panel)).toEqual([second, first])
  const seqs = await panel.locator('tr[data-row-key] td:first-child').allTextContents()
  expect(seqs).toEqual(['1', '2'])
  await screenshot(page, 'analysis-04-jha-steps')
}

describe('identification records in the browser', () => {
  it('adds an SCL item with a risk and JHA steps', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/settings`)
      const { facilityId, activityId, gateId } = await prepareSchool(page)
      await page.goto(`${school.harness.url}/#/wizard/identification`)
      await page.getByTestId('risk-point-table').waitFor()

      await addSclItemAndRisk(page, facilityId)
      await addJhaSteps(page, activityId)

      // The library point came with one SCL item per risk, each showing the level of the risk it found.
      const gate = await openRecords(page, gateId, '校门及门卫室')
      await gate.getByText('校门封闭与来访登记').waitFor()
      expect(await gate.locator('tr[data-row-key]').count()).toBe(await gate.locator('tr[data-row-key] .level-tag').count())
      await screenshot(page, 'analysis-05-library-scl')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
      expect(problems.dialogs).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-analysis')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 300_000)
})
