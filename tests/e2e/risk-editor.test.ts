import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { riskLevelInfo, type RiskLevel } from '../../shared/domain/levels'
import { postInput, riskInput, staffInput } from '../../shared/schemas/inputs'
import { savePost } from '../../electron/posts/posts.service'
import { listRiskPoints } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { seedGradedSchool } from '../helpers/graded-school'
import { fieldErrors, modal, pickOption, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Relative luminance of an sRGB colour, as WCAG 2 defines it for contrast ratios. */
function luminance([red, green, blue]: number[]): number {
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
}

function contrast(first: number[], second: number[]): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

/** Reads a cell's text, level, and its text and background colours as the browser draws them. */
async function cellLook(cell: Locator): Promise<{ text: string; level: string; colour: number[]; background: number[] }> {
  return cell.evaluate((element) => {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element)
    const channels = (value: string | undefined) => (value?.match(/\d+/g) ?? []).slice(0, 3).map(Number)
    return { text: element.textContent ?? '', level: element.getAttribute('data-level') ?? '', colour: channels(style?.color), background: channels(style?.backgroundColor) }
  })
}

const newHazard = '窗户限位器缺失，学生探身窗外'

describe('risk editor in the browser', () => {
  it('labels matrix cells and fills owner', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const db = school.harness.ctx.session.schoolDb.db
      const seeded = await seedGradedSchool(db)
      const wang = await saveStaff(db, staffInput.parse({ name: '王丽', phone: '13903910021', department: '一年级组' }))
      const zhao = await saveStaff(db, staffInput.parse({ name: '赵敏', phone: '13903910022', department: '一年级组' }))
      await savePost(db, postInput.parse({ name: '总务主任', department: '总务处', responsibilities: [], staffIds: [seeded.staffId] }))
      await savePost(db, postInput.parse({ name: '班主任', department: '', responsibilities: [], staffIds: [wang.id, zhao.id] }))
      const saved = await saveRisk(db, riskInput.parse({ riskPointId: seeded.pointIds.campus, hazard: newHazard, factorType: '物的因素', accidentTypes: ['20'], method: 'ls', lsL: 3, lsS: 4 }))
      const riskId = saved.risks.find((risk) => risk.hazard === newHazard)?.id

      await page.goto(`${school.harness.url}/#/wizard/evaluation`)
      await page.getByTestId(`risk-evaluate-${riskId}`).click()
      const form = modal(page, 'risk-modal')
      await form.getByTestId('ls-matrix').waitFor()

      // Every cell carries its level's short word, in black on a tint or, when chosen, on the full colour.
      const cells = form.locator('[data-testid^=ls-cell-]')
      expect(await cells.count()).toBe(25)
      for (const cell of await cells.all()) {
        const look = await cellLook(cell)
        const word = riskLevelInfo[look.level as RiskLevel].shortWord
        expect(look.text, `cell ${await cell.getAttribute('data-testid')}`).toMatch(new RegExp(`^\\d+${word}$`))
        const chosen = (await cell.getAttribute('aria-pressed')) === 'true'
        // WCAG AA requires 4.5:1 for normal text, and the tints reach 8:1. The chosen cell (较大 here) uses the print colours.
        expect(contrast(look.colour, look.background), `contrast of ${look.text}`).toBeGreaterThanOrEqual(chosen ? 4.5 : 8)
      }
      expect(await form.getByTestId('ls-cell-3-4').textContent()).toBe('12较大')
      expect(await form.getByTestId('ls-cell-5-5').textContent()).toBe('25重大')
      expect(await form.getByTestId('ls-cell-1-1').textContent()).toBe('1低')
      await screenshot(page, 'risk-editor-01-ls-matrix')

      // A post with two people leaves 责任人 empty; a post with one fills it.
      const owner = form.getByTestId('risk-owner-staff')
      await pickOption(page, form.getByTestId('risk-owner-post'), '班主任')
      expect(await owner.textContent()).toContain('从教职工名册中选择')
      await pickOption(page, form.getByTestId('risk-owner-post'), '总务主任')
      await owner.getByText('张志强').waitFor()
      await screenshot(page, 'risk-editor-02-owner-filled')

      // A chosen 责任人 is kept when the post changes.
      await pickOption(page, owner, '王丽')
      await pickOption(page, form.getByTestId('risk-owner-post'), '总务主任')
      expect(await owner.textContent()).toContain('王丽')

      // A level left unchosen gets the 请选择 message.
      await form.getByText('按等级定义直接判定', { exact: true }).click()
      await page.getByTestId('risk-modal-ok').click()
      const levelError = fieldErrors(form).filter({ hasText: '风险等级' })
      await levelError.waitFor()
      expect(await levelError.textContent()).toBe('请选择「风险等级」后再保存。')
      await screenshot(page, 'risk-editor-03-choose-level')

      await form.getByText('LS 风险矩阵法', { exact: true }).click()
      await page.getByTestId('risk-modal-ok').click()
      await waitForModalClosed(page, 'risk-modal')
      const stored = (await listRiskPoints(db)).flatMap((point) => point.risks).find((risk) => risk.id === riskId)
      expect(stored).toMatchObject({ ownerStaffId: wang.id, score: 12, level: 'high' })

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } catch (error) {
      await screenshot(page, 'failure-risk-editor')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 120_000)
})
