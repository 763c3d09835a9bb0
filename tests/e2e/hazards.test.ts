import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../shared/domain/local-date'
import { hazardPlanInput, hazardRegisterInput } from '../../shared/schemas/hazard-inputs'
import { riskPointInput, settingsInput, staffInput } from '../../shared/schemas/inputs'
import { startRectification } from '../../electron/hazards/loop.service'
import { registerHazard } from '../../electron/hazards/register.service'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveSettings } from '../../electron/settings/settings.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { writePicture } from '../hazards/fixture'
import { modal, typeAndPick, waitForMessage, waitForModalClosed } from './antd'
import { artifactsFolder, assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser
let pictures: string

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
  pictures = mkdtempSync(join(tmpdir(), 'hazard-photos-'))
})

afterAll(async () => {
  await browser?.close()
  rmSync(pictures, { recursive: true, force: true })
})

/** Returns the calendar date `days` from today on the school's clock. */
function day(days: number): string {
  return localDate(new Date(Date.now() + days * 86_400_000))
}

/** Writes the roster, a risk point and one hazard already past its deadline through the services. */
async function seed(school: TestSchool): Promise<void> {
  const db = school.harness.ctx.session.schoolDb.db
  await saveSettings(db, settingsInput.parse({ operatorName: '刘德福' }))
  for (const [name, department] of [['刘德福', '安全办'], ['张志强', '总务处'], ['王建国', '校长室']]) {
    await saveStaff(db, staffInput.parse({ name, phone: '', department }))
  }
  const point = await saveRiskPoint(db, riskPointInput.parse({ name: '学生食堂', kind: 'facility', area: '食堂楼' }))

  const late = await registerHazard(
    db,
    hazardRegisterInput.parse({
      description: '操场东侧围栏立柱锈蚀松动',
      place: '操场东侧',
      foundOn: day(-20),
      foundBy: { name: '体育组 陈老师' },
      source: 'report',
      category: 'site',
      grade: 'general',
      riskPointId: point.id
    })
  )
  await startRectification(
    db,
    hazardPlanInput.parse({ id: late.hazard.id, responsible: { staffId: 2 }, measures: '更换立柱', deadline: day(-3), funds: '', contingency: '', governancePlan: '' })
  )
}

/** Waits out antd's 0.2 s colour transition of buttons that were just enabled or disabled, so screenshots show the end state. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400)
}

async function pickDate(input: Locator, value: string): Promise<void> {
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

async function registerWithPhoto(page: Page, school: TestSchool, photo: string): Promise<void> {
  await page.getByTestId('hazard-register').click()
  const form = modal(page, 'hazard-register-modal')
  await form.getByTestId('hazard-description').fill('学生食堂后厨 2 号灭火器压力表指针在红区')
  await typeAndPick(page, form.getByTestId('hazard-risk-point'), '学生食堂')
  await form.getByTestId('hazard-place').fill('后厨操作间东墙')
  await typeAndPick(page, form.getByTestId('hazard-found-by'), '刘德福')

  // Ticking a criterion forces 重大; unticking lets the school grade it 一般 again.
  await form.getByTestId('criterion-XF-08').check()
  await form.getByText('已勾选 1 项判定情形').waitFor()
  expect(await form.getByLabel('重大事故隐患', { exact: true }).isChecked()).toBe(true)
  await screenshot(page, 'hazards-02-register-criteria')
  await form.getByTestId('criterion-XF-08').uncheck()
  await form.getByLabel('一般事故隐患', { exact: true }).check()

  school.harness.platform.nextPhotoFiles = [photo]
  await form.getByTestId('hazard-found-photos-choose').click()
  await form.getByText('后厨灭火器.jpg').waitFor()
  await screenshot(page, 'hazards-03-register-filled')
  await page.getByTestId('hazard-register-modal-ok').click()
  await waitForModalClosed(page, 'hazard-register-modal')
}

async function startWithPlan(page: Page): Promise<void> {
  const drawer = page.getByTestId('hazard-drawer')
  await typeAndPick(page, drawer.getByTestId('plan-responsible'), '张志强')
  await pickDate(drawer.getByTestId('plan-deadline'), day(7))
  await drawer.getByTestId('plan-funds').fill('600 元，后勤经费')
  await drawer.getByTestId('plan-measures').fill('更换 2 号灭火器，检查后厨其余灭火器压力')
  await drawer.getByTestId('plan-contingency').fill('更换前在后厨增配两具灭火器')
  await drawer.getByTestId('plan-start').click()
  await waitForMessage(page, '已开始整改')
  await drawer.locator('[data-state=rectifying]').first().waitFor()
}

async function submitWithPhoto(page: Page, school: TestSchool, photo: string, note: string): Promise<void> {
  await page.getByTestId('hazard-action-submit').click()
  const form = modal(page, 'hazard-submit-modal')
  await form.getByTestId('hazard-rectification-note').fill(note)
  school.harness.platform.nextPhotoFiles = [photo]
  await form.getByTestId('hazard-rectified-photos-choose').click()
  await form.getByText('更换后.png').waitFor()
  await page.getByTestId('hazard-submit-modal-ok').click()
  await waitForModalClosed(page, 'hazard-submit-modal')
  await waitForMessage(page, '已提交验收')
}

describe('hazard ledger in the browser', () => {
  it('runs the loop with photos and a rejection', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      const before = await writePicture(pictures, '后厨灭火器.jpg', 2400, 1800)
      const after = await writePicture(pictures, '更换后.png', 1200, 900, 'png')

      await page.goto(`${school.harness.url}/#/hazards`)
      await page.getByTestId('hazard-table').getByText('操场东侧围栏立柱锈蚀松动').waitFor()
      const lateRow = page.locator('.ant-table-row', { hasText: '操场东侧围栏立柱锈蚀松动' })
      expect(await lateRow.getByTestId('overdue-tag').textContent()).toBe('逾期 3 天')
      await screenshot(page, 'hazards-01-ledger')

      await registerWithPhoto(page, school, before)
      const drawer = page.getByTestId('hazard-drawer')
      await drawer.getByTestId('hazard-drawer-code').waitFor()
      const code = (await drawer.getByTestId('hazard-drawer-code').textContent()) ?? ''
      expect(code).toMatch(/^YH-\d{4}-000[12]$/)
      await drawer.getByTestId('hazard-photo-thumb').first().waitFor()

      // A step the state does not allow is disabled, with the reason on hover.
      await drawer.getByTestId('hazard-action-close').hover()
      await page.getByText('“销号”只能在“待验收”状态下办理，该隐患目前是“登记”。').waitFor()
      await screenshot(page, 'hazards-04-drawer-registered')

      await startWithPlan(page)
      await submitWithPhoto(page, school, after, '只换了压力表')

      await page.getByTestId('hazard-action-reject').click()
      await modal(page, 'hazard-reject-modal').getByTestId('hazard-reject-reason').fill('灭火器本体也已过期，须整具更换')
      await page.getByTestId('hazard-reject-modal-ok').click()
      await waitForMessage(page, '已退回整改')
      await drawer.getByTestId('hazard-history').getByText(/退回原因：灭火器本体也已过期，须整具更换/).waitFor()
      expect(await drawer.getByTestId('hazard-action-accept').isDisabled()).toBe(true)
      expect(await drawer.getByTestId('hazard-action-submit').isEnabled()).toBe(true)
      await settle(page)
      await screenshot(page, 'hazards-05-rejected')

      await submitWithPhoto(page, school, after, '已整具更换新灭火器')

      // The rectifier cannot accept his own work.
      await page.getByTestId('hazard-action-accept').click()
      const acceptForm = modal(page, 'hazard-accept-modal')
      await typeAndPick(page, acceptForm.getByTestId('hazard-acceptor'), '张志强')
      await page.getByTestId('hazard-accept-modal-ok').click()
      await waitForMessage(page, '验收人“张志强”就是该隐患的整改人')
      await typeAndPick(page, acceptForm.getByTestId('hazard-acceptor'), '刘德福')
      await page.getByTestId('hazard-accept-modal-ok').click()
      await waitForModalClosed(page, 'hazard-accept-modal')
      await waitForMessage(page, '验收通过')

      await page.getByTestId('hazard-action-close').click()
      await page.getByTestId('hazard-close-modal-ok').click()
      await waitForModalClosed(page, 'hazard-close-modal')
      await drawer.getByTestId('hazard-locked').waitFor()
      expect(await drawer.getByTestId('hazard-action-update').isDisabled()).toBe(true)
      expect(await drawer.getByTestId('hazard-add-photo-rectified').isDisabled()).toBe(true)
      const actions = await drawer.getByTestId('hazard-history').locator('[data-action]').evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))
      expect(actions).toEqual(['register', 'start-rectification', 'submit', 'reject', 'submit', 'accept', 'close'])
      await settle(page)
      await screenshot(page, 'hazards-06-closed')
      await drawer.getByTestId('hazard-history').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(artifactsFolder, 'hazards-06-history.png'), style: '.ant-message { display: none !important; }' })

      await drawer.getByTestId('hazard-photos-rectified').getByTestId('hazard-photo-thumb').first().click()
      await page.getByTestId('hazard-photo-full').waitFor()
      const size = await page.getByTestId('hazard-photo-full').evaluate((image) => {
        const picture = image as unknown as { naturalWidth: number; naturalHeight: number }
        return [picture.naturalWidth, picture.naturalHeight]
      })
      expect(size).toEqual([1200, 900])
      await screenshot(page, 'hazards-07-photo-viewer')
      await page.locator('.ant-modal-close').click()
      await page.getByTestId('hazard-photo-full').waitFor({ state: 'hidden' })

      await page.locator('.ant-drawer-close').click()
      await drawer.waitFor({ state: 'detached' })
      const closedRow = page.locator('.ant-table-row', { hasText: code })
      await closedRow.locator('[data-state=closed]').waitFor()

      // Filters: the state tab with its count, and the debounced search.
      await page.getByTestId('hazard-state-filter').getByText('已销号 1').click()
      await page.getByTestId('hazard-table-count').getByText('已显示 1 / 共 1 条').waitFor()
      await page.getByTestId('hazard-state-filter').getByText(/^全部/).click()
      await page.getByTestId('hazard-search').locator('input').fill('围栏')
      await page.getByTestId('hazard-table-count').getByText('已显示 1 / 共 1 条').waitFor()
      await screenshot(page, 'hazards-08-search')

      await page.getByTestId('hazard-supervision-tab').click()
      await page.getByTestId('hazard-supervision').getByText('操场东侧围栏立柱锈蚀松动').waitFor()
      expect(await page.getByTestId('hazard-supervision').locator('.ant-table-row').count()).toBe(1)
      await screenshot(page, 'hazards-09-supervision')

      await page.getByRole('menuitem', { name: '设置' }).click()
      await page.getByTestId('criteria-card').getByText('XF-08').waitFor()
      await screenshot(page, 'hazards-10-settings-criteria')

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('scrolls a ledger of 1,000 hazards page by page', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const sqlite = school.harness.ctx.session.schoolDb.sqlite
      const insert = sqlite.prepare(
        `INSERT INTO hazard (code, description, place, found_on, found_by_name, source, category, grade, state, created_at, updated_at)
         VALUES (?, ?, '教学楼', ?, '刘德福', 'inspection', 'site', ?, 'reported', 'x', 'x')`
      )
      sqlite.transaction(() => {
        for (let number = 1; number <= 1000; number++) {
          insert.run(`YH-2026-${String(number).padStart(4, '0')}`, `第 ${number} 号隐患：楼道应急照明不亮`, day(-(number % 300)), number % 50 === 0 ? 'major' : 'general')
        }
      })()

      await page.goto(`${school.harness.url}/#/hazards`)
      const count = page.getByTestId('hazard-table-count')
      await count.getByText('已显示 100 / 共 1000 条').waitFor()
      const rendered = await page.getByTestId('hazard-table').locator('.ant-table-row').count()
      expect(rendered).toBeLessThan(100)

      const body = page.getByTestId('hazard-table').locator('.ant-table-tbody-virtual-holder')
      const box = await body.boundingBox()
      if (!box) throw new Error('the table body is not visible')
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      for (let step = 0; step < 12; step++) await page.mouse.wheel(0, 600)
      await count.getByText('已显示 200 / 共 1000 条').waitFor()
      const scrollTop = await body.evaluate((element) => element.scrollTop)
      expect(scrollTop, 'the list stays where the user scrolled to').toBeGreaterThan(1000)
      // A full-page capture resizes the window, which redraws the virtual list from the top; capture the window only.
      await page.screenshot({ path: join(artifactsFolder, 'hazards-11-virtual-scroll.png'), style: '.ant-message { display: none !important; }' })

      await page.getByTestId('hazard-grade-filter').click()
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '重大隐患' }).click()
      await count.getByText('已显示 20 / 共 20 条').waitFor()
      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('shows what a 重大 hazard lacks before it may start', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await seed(school)
      const db = school.harness.ctx.session.schoolDb.db
      const major = await registerHazard(
        db,
        hazardRegisterInput.parse({
          description: '学生宿舍 2 号楼楼道内有电动自行车电池充电',
          place: '宿舍 2 号楼一楼楼道',
          foundOn: day(-1),
          foundBy: { staffId: 1 },
          source: 'inspection',
          category: 'site',
          grade: 'general',
          majorCriteria: ['XF-08']
        })
      )

      await page.goto(`${school.harness.url}/#/hazards`)
      await page.locator('.ant-table-row', { hasText: major.hazard.code }).click()
      const drawer = page.getByTestId('hazard-drawer')
      const gaps = drawer.getByTestId('hazard-major-gaps')
      expect(await gaps.textContent()).toBe('重大事故隐患开始整改前还缺少：整改责任人、整改措施、整改资金、整改时限、应急预案、治理方案、上报记录')
      expect(await drawer.getByTestId('plan-start').isDisabled()).toBe(true)

      await typeAndPick(page, drawer.getByTestId('plan-responsible'), '王建国')
      await drawer.getByTestId('plan-measures').fill('清理楼道电池，宿舍楼外设集中充电点')
      await drawer.getByTestId('plan-funds').fill('2 万元，学校公用经费')
      await pickDate(drawer.getByTestId('plan-deadline'), day(20))
      await drawer.getByTestId('plan-contingency').fill('宿管每晚巡查，发现电池立即清出')
      await drawer.getByTestId('plan-governance').fill('总务处负责建设集中充电棚，安全办督促，校长验收')
      // The list of gaps follows the form's fields after React's next render.
      await expect.poll(() => gaps.textContent()).toBe('重大事故隐患开始整改前还缺少：上报记录')
      await drawer.getByTestId('plan-save').click()
      await waitForMessage(page, '整改方案已保存')

      await drawer.getByTestId('hazard-action-report').click()
      // The school profile names no county yet, so the example names none either.
      const reportTo = modal(page, 'hazard-report-modal').getByTestId('hazard-report-to')
      await expect.poll(() => reportTo.getAttribute('placeholder')).toBe('如：县（市、区）教育局安全科')
      await reportTo.fill('解放区教育局安全科')
      await page.getByTestId('hazard-report-modal-ok').click()
      await waitForModalClosed(page, 'hazard-report-modal')
      await gaps.waitFor({ state: 'detached' })
      await settle(page)
      await screenshot(page, 'hazards-12-major-reported')

      await drawer.getByTestId('plan-start').click()
      await waitForMessage(page, '已开始整改')
      await drawer.locator('[data-state=rectifying]').first().waitFor()
      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })
})
