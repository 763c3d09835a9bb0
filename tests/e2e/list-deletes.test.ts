import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelName } from '../../shared/channels'
import { dispatch } from '../../electron/handlers/dispatch'
import { seedInspectionSchool } from '../inspections/fixture'
import { waitForMessage } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

/**
 * Deleting a row must take it off the list at once. The delete channels of these lists return nothing, which
 * a page must not read as a failed call, or the row stays until the page is reloaded.
 */

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function send(school: TestSchool, channel: ChannelName, input: unknown): Promise<void> {
  const result = await dispatch(school.harness.ctx, channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
}

/** Writes the inspection school with two plans, a record of the second, two trainings and two reward or penalty records. */
async function seed(school: TestSchool): Promise<void> {
  const seeded = await seedInspectionSchool(school.harness.ctx.session.schoolDb.db)
  for (const name of ['门卫日常排查', '食堂每日排查']) {
    await send(school, 'inspection-plans:save', { name, inspectionType: 'daily', frequency: 'daily', responsiblePostId: seeded.posts.gatekeeper.id, scope: 'points', riskPointIds: [seeded.points[0]], active: true })
  }
  await send(school, 'inspections:record', { planId: 2, inspectedOn: '2026-10-12', inspectorStaffId: seeded.gatekeeper, version: '', marks: [] })
  for (const topic of ['消防安全培训', '食品安全培训']) {
    await send(school, 'trainings:save', { heldOn: '2026-09-10', topic, kind: 'all-staff', trainer: '张海涛', location: '报告厅', hours: 2, content: '讲解和演练', attendeeIds: [seeded.deputy] })
  }
  for (const reason of ['及时报告配电箱漏电', '发现消防通道堵塞']) {
    await send(school, 'incentives:save', { kind: 'reward', targetKind: 'person', staffId: seeded.gatekeeper, decidedOn: '2026-10-10', reason, measure: '通报表扬' })
  }
}

function rows(table: Locator): Locator {
  return table.locator('tr[data-row-key]')
}

/** Deletes the row that shows `text` and waits for the confirmation toast. */
async function deleteRow(page: Page, table: Locator, text: string, toast: string): Promise<void> {
  await rows(table).filter({ hasText: text }).getByRole('button', { name: '删除' }).click()
  await page.getByTestId('confirm-delete').click()
  await waitForMessage(page, toast)
}

describe('deleting from a list', () => {
  it('removes the row without a reload', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)

      await page.goto(`${school.harness.url}/#/inspections`)
      const plans = page.getByTestId('plan-table')
      await expect.poll(() => rows(plans).count()).toBe(2)
      await deleteRow(page, plans, '门卫日常排查', '已删除排查计划“门卫日常排查”')
      await expect.poll(() => rows(plans).count()).toBe(1)
      expect(await plans.textContent()).not.toContain('门卫日常排查')
      await screenshot(page, 'list-deletes-01-plan')

      // A record is deleted from its drawer, which then closes and leaves the list.
      await page.getByTestId('inspections-tab-records').click()
      const records = page.getByTestId('records-table')
      await expect.poll(() => rows(records).count()).toBe(1)
      await rows(records).first().click()
      await page.getByTestId('record-delete').click()
      await page.getByTestId('confirm-delete').click()
      await waitForMessage(page, '排查记录已删除')
      await page.getByTestId('record-drawer').waitFor({ state: 'hidden' })
      await expect.poll(() => rows(records).count()).toBe(0)

      await page.locator('.ant-menu-item', { hasText: '培训与奖惩' }).click()
      const trainings = page.getByTestId('training-table')
      await expect.poll(() => rows(trainings).count()).toBe(2)
      await deleteRow(page, trainings, '消防安全培训', '已删除培训记录“消防安全培训”')
      await expect.poll(() => rows(trainings).count()).toBe(1)
      expect(await trainings.textContent()).not.toContain('消防安全培训')
      await screenshot(page, 'list-deletes-02-training')

      await page.getByRole('tab', { name: '奖惩记录' }).click()
      const incentives = page.getByTestId('incentive-table')
      await expect.poll(() => rows(incentives).count()).toBe(2)
      await deleteRow(page, incentives, '及时报告配电箱漏电', '奖惩记录已删除')
      await expect.poll(() => rows(incentives).count()).toBe(1)
      expect(await incentives.textContent()).not.toContain('及时报告配电箱漏电')
      await screenshot(page, 'list-deletes-03-incentive')

      expect(problems.errors).toEqual([])
    } finally {
      await context.close()
      await school.close()
    }
  })
})
