import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../shared/domain/local-date'
import { hazardAcceptInput, hazardCloseInput, hazardPlanInput, hazardRegisterInput, hazardSubmitInput } from '../../shared/schemas/hazard-inputs'
import { schoolInput, settingsInput, staffInput } from '../../shared/schemas/inputs'
import type { Db } from '../../electron/db/transaction'
import { acceptHazard, closeHazard, startRectification, submitForAcceptance } from '../../electron/hazards/loop.service'
import { registerHazard } from '../../electron/hazards/register.service'
import { saveSchool } from '../../electron/school/school.service'
import { saveSettings } from '../../electron/settings/settings.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { writePicture } from '../hazards/fixture'
import { fieldErrors, modal, waitForMessage } from './antd'
import { artifactsFolder, assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser
let pictures: string

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
  pictures = mkdtempSync(join(tmpdir(), 'hazard-dialogs-'))
})

afterAll(async () => {
  await browser?.close()
  rmSync(pictures, { recursive: true, force: true })
})

/** Returns the calendar date `days` from today on the school's clock. */
function day(days: number): string {
  return localDate(new Date(Date.now() + days * 86_400_000))
}

/** Roster ids of the seed: 刘德福 (安全办), 张志强 (总务处), 王建国 (校长室). */
const officer = 1
const caretaker = 2

async function register(db: Db, description: string, extra: Record<string, unknown> = {}): Promise<number> {
  const input = hazardRegisterInput.parse({ description, place: '教学楼', foundOn: day(-10), foundBy: { staffId: officer }, source: 'inspection', category: 'site', grade: 'general', ...extra })
  return (await registerHazard(db, input)).hazard.id
}

async function startAndSubmit(db: Db, id: number): Promise<void> {
  const plan = { id, responsible: { staffId: caretaker }, measures: '更换破损的楼梯扶手', deadline: day(5), funds: '800 元，后勤经费', contingency: '更换前拉警戒线', governancePlan: '' }
  await startRectification(db, hazardPlanInput.parse(plan))
  await submitForAcceptance(db, hazardSubmitInput.parse({ id, rectifiedOn: day(-1), rectifier: { staffId: caretaker }, rectificationNote: '已整体更换' }))
}

/** Writes a 山阳区 school with a hazard in 登记, one awaiting acceptance, a 重大 one and a closed one, in that order. */
async function seed(school: TestSchool): Promise<void> {
  const db = school.harness.ctx.session.schoolDb.db
  await saveSettings(db, settingsInput.parse({ operatorName: '刘德福' }))
  await saveSchool(db, schoolInput.parse({ name: '焦作市山阳区实验小学', county: '山阳区', facilities: [] }))
  for (const [name, department] of [['刘德福', '安全办'], ['张志强', '总务处'], ['王建国', '校长室']]) {
    await saveStaff(db, staffInput.parse({ name, phone: '', department }))
  }

  await register(db, '实验楼二楼走廊应急灯不亮')
  await startAndSubmit(db, await register(db, '教学楼东侧楼梯扶手松动'))
  await register(db, '学生宿舍楼道内有电动自行车电池充电', { majorCriteria: ['XF-08'] })

  const closed = await register(db, '食堂后门消防通道堆放杂物')
  await startAndSubmit(db, closed)
  await acceptHazard(db, hazardAcceptInput.parse({ id: closed, acceptedOn: day(-1), acceptor: { staffId: officer }, acceptanceOpinion: '整改到位，验收合格。' }))
  await closeHazard(db, hazardCloseInput.parse({ id: closed, closedOn: day(0), note: '' }))
}

/** Opens a hazard's drawer and waits out its 0.3 s slide-in, so screenshots show it in place. */
async function openHazard(page: Page, description: string): Promise<void> {
  await page.locator('.ant-table-row', { hasText: description }).click()
  await page.getByTestId('hazard-drawer').getByTestId('hazard-drawer-code').waitFor()
  await page.waitForTimeout(400)
}

async function closeDrawer(page: Page): Promise<void> {
  await page.locator('.ant-drawer-close').click()
  await page.getByTestId('hazard-drawer').waitFor({ state: 'detached' })
}

/** Clicks a dialog's OK with a required field empty and returns the message under that field. */
async function emptyFieldMessage(page: Page, testId: string, field: string): Promise<string> {
  await page.getByTestId(`${testId}-ok`).click()
  const error = fieldErrors(modal(page, testId)).filter({ hasText: field })
  await error.waitFor()
  return (await error.textContent()) ?? ''
}

async function cancelDialog(page: Page, testId: string): Promise<void> {
  await page.locator('.ant-modal-footer:visible').getByText('取 消').click()
  await modal(page, testId).waitFor({ state: 'detached' })
}

describe('hazard dialogs in the browser', () => {
  it('rejects a photo batch by name', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/hazards`)
      const drawer = page.getByTestId('hazard-drawer')

      // A good PNG chosen with a text file named .jpg: neither is added, and the message states both facts.
      await openHazard(page, '实验楼二楼走廊应急灯不亮')
      const good = await writePicture(pictures, '应急灯.png', 800, 600, 'png')
      const fake = join(pictures, 'photo.jpg')
      writeFileSync(fake, '这是一段文字，不是照片。')
      school.harness.platform.nextPhotoFiles = [good, fake]
      await drawer.getByTestId('hazard-add-photo-found').click()
      await waitForMessage(page, '“photo.jpg”不能作为照片添加')
      const toast = (await page.locator('.ant-message-notice', { hasText: 'photo.jpg' }).first().textContent()) ?? ''
      expect(toast).toContain('本次的 2 张照片都没有添加，学校文件未作任何改动。')
      expect(await drawer.getByTestId('hazard-photo-thumb').count()).toBe(0)
      // The toast is the subject here, so this capture keeps it, after its 0.3 s fade-in.
      await page.waitForTimeout(400)
      await page.screenshot({ path: join(artifactsFolder, 'hazard-dialogs-01-photo-batch.png') })

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('ends field messages with the button', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/hazards`)

      await openHazard(page, '教学楼东侧楼梯扶手松动')
      await page.getByTestId('hazard-action-reject').click()
      expect(await emptyFieldMessage(page, 'hazard-reject-modal', '退回原因')).toBe('「退回原因」不能为空，请填写后再退回整改。')
      await screenshot(page, 'hazard-dialogs-02-reject-empty')
      await cancelDialog(page, 'hazard-reject-modal')

      await page.getByTestId('hazard-action-accept').click()
      await modal(page, 'hazard-accept-modal').getByTestId('hazard-acceptance-opinion').fill('')
      expect(await emptyFieldMessage(page, 'hazard-accept-modal', '验收人')).toBe('「验收人」不能为空，请填写后再验收。')
      expect(await fieldErrors(modal(page, 'hazard-accept-modal')).filter({ hasText: '验收意见' }).textContent()).toBe('「验收意见」不能为空，请填写后再验收。')
      await screenshot(page, 'hazard-dialogs-03-accept-empty')
      await cancelDialog(page, 'hazard-accept-modal')
      await closeDrawer(page)

      // The 上报 placeholder names the school's own county bureau.
      await openHazard(page, '学生宿舍楼道内有电动自行车电池充电')
      await page.getByTestId('hazard-action-report').click()
      const reportTo = modal(page, 'hazard-report-modal').getByTestId('hazard-report-to')
      await expect.poll(() => reportTo.getAttribute('placeholder')).toBe('如：山阳区教育局安全科')
      await reportTo.fill('')
      expect(await emptyFieldMessage(page, 'hazard-report-modal', '上报对象')).toBe('「上报对象」不能为空，请填写后再保存。')
      await screenshot(page, 'hazard-dialogs-04-report')
      await cancelDialog(page, 'hazard-report-modal')
      await closeDrawer(page)

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('shows the plan of a closed hazard as text', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      await page.goto(`${school.harness.url}/#/hazards`)
      await page.getByTestId('hazard-state-filter').getByText(/^全部/).click()
      await openHazard(page, '食堂后门消防通道堆放杂物')
      const drawer = page.getByTestId('hazard-drawer')
      await drawer.getByTestId('hazard-locked').waitFor()

      const record = drawer.getByTestId('hazard-plan-record')
      await record.waitFor()
      const text = (await record.textContent()) ?? ''
      for (const part of ['整改责任人', '张志强', '整改时限', '整改资金', '800 元，后勤经费', '整改措施', '更换破损的楼梯扶手', '应急预案', '更换前拉警戒线']) {
        expect(text).toContain(part)
      }
      expect(await drawer.locator('input:disabled, textarea:disabled').count()).toBe(0)
      await screenshot(page, 'hazard-dialogs-05-closed-plan')

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })
})
