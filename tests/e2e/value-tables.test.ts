import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../shared/domain/local-date'
import { addDays } from '../../shared/domain/training-summary'
import { reviewScheduleInput } from '../../shared/schemas/review-inputs'
import { listMajorRiskPlans } from '../../electron/major-risks/major-risks.service'
import { getReviewSchedule, localToday, saveReviewSchedule } from '../../electron/reviews/review-schedule.service'
import { listReviews } from '../../electron/reviews/reviews.service'
import { seedGradedSchool } from '../helpers/graded-school'
import { confirmDialog, fieldErrors, goToStep, modal, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser


beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Reads the numbers in the level boxes of the 风险评价 step. */
async function levelCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const level of ['major', 'high', 'medium', 'low']) {
    counts[level] = Number(await page.getByTestId(`level-count-${level}`).locator('.level-count-number').textContent())
  }
  return counts
}

async function openEvaluationStep(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '建设向导' }).click()
  await goToStep(page, '风险评价')
  await page.getByTestId('evaluation-table').waitFor()
}

/** Clicks a radio of an antd Radio.Group: antd draws the label over the hidden input that carries the test id. */
async function clickRadio(page: Page, testId: string): Promise<void> {
  await page.locator(`label:has([data-testid=${testId}])`).click()
}

/** Seeds the school through the harness's own session, so the window reads it as a user's file. */
async function seededSchool(): Promise<TestSchool> {
  const school = await startTestSchool()
  const { db } = school.harness.ctx.session.schoolDb
  await seedGradedSchool(db)
  const due = new Date()
  due.setDate(due.getDate() + 5)
  await saveReviewSchedule(db, reviewScheduleInput.parse({ term: '2026—2027学年第一学期', dueOn: localToday(due) }))
  return school
}

describe('value tables in the browser', () => {
  it('changes the LS preset, previews, applies and regrades', async () => {
    const school = await seededSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/wizard/evaluation`)
      await page.getByTestId('evaluation-table').waitFor()
      expect(await levelCounts(page)).toEqual({ major: 1, high: 6, medium: 3, low: 1 })
      await screenshot(page, 'vt-01-evaluation-before')

      await page.getByRole('menuitem', { name: '评价标准' }).click()
      await page.getByTestId('value-tables-form').waitFor()
      expect(await page.locator('[data-testid=ls-presets] .ant-radio-wrapper-checked').textContent()).toContain('方案A')
      expect(await page.getByTestId('value-tables-version').textContent()).toBe('版本：软件默认标准（2026.1）')
      await screenshot(page, 'vt-02-value-tables')

      await clickRadio(page, 'ls-preset-C')
      await page.getByTestId('value-tables-name').fill('本校评价标准（LS 方案C）')
      expect(await page.getByTestId('thresholds-ls-high').inputValue()).toBe('15')
      expect(await page.getByTestId('thresholds-ls-medium').inputValue()).toBe('9')
      expect(await page.locator('[data-testid=matrix-preview] td[data-level=high]').count()).toBe(3)
      await screenshot(page, 'vt-03-preset-c')

      await page.getByTestId('value-tables-preview-button').click()
      await page.getByTestId('value-tables-preview').waitFor()
      expect(await page.getByTestId('preview-change-count').textContent()).toBe('5')
      expect(await page.getByTestId('preview-after-low').textContent()).toBe('3')
      expect(await page.getByTestId('preview-changes').locator('tbody tr').count()).toBe(5)
      await screenshot(page, 'vt-04-preview')

      await page.getByTestId('value-tables-apply').click()
      await confirmDialog(page, 'value-tables-confirm')
      await waitForMessage(page, '新的评价标准已应用')
      await page.getByTestId('value-tables-preview').waitFor({ state: 'detached' })
      expect(await page.getByTestId('value-tables-current').textContent()).toContain('本校评价标准（LS 方案C）')
      const appliedOn = localDate(new Date()).split('-').map(Number)
      const label = `本校修订版（${appliedOn[0]}年${appliedOn[1]}月${appliedOn[2]}日，第1版）`
      expect(await page.getByTestId('value-tables-version').textContent()).toBe(`版本：${label}`)
      const historyRow = page.getByTestId('value-tables-history').locator('tbody tr').first()
      expect(await historyRow.textContent()).toContain('5 项')
      expect(await historyRow.locator('td').first().textContent()).toBe(label)
      expect(await page.getByTestId('value-tables-page').textContent()).not.toMatch(/school-|default-/)
      await screenshot(page, 'vt-05-applied')

      await openEvaluationStep(page)
      expect(await levelCounts(page)).toEqual({ major: 1, high: 3, medium: 4, low: 3 })
      await screenshot(page, 'vt-06-evaluation-after')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-value-tables')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('stores changed tables under the school name when the default name is kept', async () => {
    const school = await seededSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/value-tables`)
      await page.getByTestId('value-tables-form').waitFor()
      await clickRadio(page, 'ls-preset-B')
      expect(await page.getByTestId('value-tables-name').inputValue()).toBe('默认评价标准（LEC 四级、LS 5×5 矩阵）')

      await page.getByTestId('value-tables-preview-button').click()
      await page.getByTestId('value-tables-preview').getByText('名称：默认评价标准（LEC 四级、LS 5×5 矩阵） → 本校评价标准（LEC 四级、LS 5×5 矩阵）').waitFor()
      await page.getByTestId('value-tables-apply').click()
      await confirmDialog(page, 'value-tables-confirm')
      await waitForMessage(page, '新的评价标准已应用')
      await page.getByTestId('value-tables-current').getByText('本校评价标准（LEC 四级、LS 5×5 矩阵）').waitFor()
      expect(await page.getByTestId('value-tables-name').inputValue()).toBe('本校评价标准（LEC 四级、LS 5×5 矩阵）')
      await screenshot(page, 'vt-07-school-name')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-value-tables-name')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  })

  it('fills a major-risk plan and records the term review', async () => {
    const school = await seededSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/wizard/school`)
      const banner = page.getByTestId('review-banner')
      await banner.waitFor()
      expect(await banner.textContent()).toContain('还有 5 天')
      await screenshot(page, 'mr-01-review-banner')

      // Before the review the start page gives its deadline.
      const dueOn = (await getReviewSchedule(school.harness.ctx.session.schoolDb.db)).dueOn
      await page.getByRole('menuitem', { name: '首页' }).click()
      expect(await page.getByTestId('dashboard-next-review').textContent()).toBe(`下次评审：截止 ${dueOn}（2026—2027学年第一学期）`)

      await page.getByRole('menuitem', { name: '重大风险' }).click()
      const table = page.getByTestId('major-risks-table')
      await table.waitFor()
      expect(await table.locator('tbody tr').count()).toBe(1)
      await table.getByRole('button', { name: '填写方案' }).click()
      const form = modal(page, 'plan-modal')
      await form.waitFor()
      expect(await form.getByTestId('plan-report-to').inputValue()).toBe('山阳区教育局')

      // The objective is required, and the window shows the Node side's sentence for it.
      await page.getByTestId('plan-modal-ok').click()
      await fieldErrors(form).filter({ hasText: '「管控目标」不能为空' }).waitFor()
      await form.getByTestId('plan-objective').fill('2026年底前完成燃气管道改造，风险降至较大风险及以下')
      await form.getByTestId('plan-measures').fill('更换食堂全部燃气管道和阀门\n加装燃气泄漏报警与紧急切断联动装置')
      await form.getByTestId('plan-funds').fill('专项资金8万元')
      await form.getByTestId('plan-deadline').fill('2026-12-31')
      // Enter takes the typed date and leaves the half-filled form open.
      await form.getByTestId('plan-deadline').press('Enter')
      await page.locator('.ant-picker-dropdown:visible').first().waitFor({ state: 'hidden' })
      expect(await form.getByTestId('plan-deadline').inputValue()).toBe('2026-12-31')
      expect(await form.isVisible()).toBe(true)
      expect(await listMajorRiskPlans(school.harness.ctx.session.schoolDb.db)).toEqual([])

      // A report date after the school's today cannot be picked.
      await form.getByTestId('plan-reported-on').click()
      const today = localDate(new Date())
      const dayCell = (day: string) => page.locator(`.ant-picker-dropdown:visible td[title="${day}"]`)
      expect(await dayCell(addDays(today, 1)).getAttribute('class')).toContain('ant-picker-cell-disabled')
      expect(await dayCell(today).getAttribute('class')).not.toContain('ant-picker-cell-disabled')
      await screenshot(page, 'mr-02-plan-form')
      await page.keyboard.press('Escape')
      await page.getByTestId('plan-modal-ok').click()
      await waitForMessage(page, '管控方案已保存')
      await waitForModalClosed(page, 'plan-modal')
      await table.getByText('待完善').waitFor()
      const plans = await listMajorRiskPlans(school.harness.ctx.session.schoolDb.db)
      expect(plans).toEqual([expect.objectContaining({ deadline: '2026-12-31', funds: '专项资金8万元', reportTo: '山阳区教育局' })])
      await screenshot(page, 'mr-03-major-risks')

      await page.getByRole('menuitem', { name: '风险评审' }).click()
      await page.getByTestId('pending-comparison').waitFor()
      expect(await page.getByTestId('pending-comparison').textContent()).toContain('首次评审')
      await page.getByTestId('review-complete').click()
      const reviewForm = modal(page, 'review-modal')
      expect(await reviewForm.getByTestId('review-reviewer').inputValue()).toBe('刘德福')
      await reviewForm.getByTestId('review-summary').fill('逐项复核了风险点和管控措施')
      await screenshot(page, 'mr-04-review-form')
      await page.getByTestId('review-modal-ok').click()
      await waitForMessage(page, '本学期评审已记录')
      await waitForModalClosed(page, 'review-modal')
      await page.getByTestId('review-list').locator('tbody tr').first().waitFor()
      // The status card reloads after the list, so it is read until it has caught up.
      await expect.poll(() => page.getByTestId('review-status').textContent()).toContain('完成评审')
      await banner.waitFor({ state: 'detached' })
      await screenshot(page, 'mr-05-reviews')

      // Afterwards the start page shows that this term is reviewed, and the date.
      const [review] = await listReviews(school.harness.ctx.session.schoolDb.db)
      const reviewedOn = review.reviewedOn
      await page.getByRole('menuitem', { name: '首页' }).click()
      const reviewLine = page.getByTestId('dashboard-next-review')
      await reviewLine.waitFor()
      expect(await reviewLine.textContent()).toBe(`本学期（2026—2027学年第一学期）已评审，评审日期 ${reviewedOn}`)
      expect(await page.getByTestId('dashboard-last-review').count()).toBe(0)
      await screenshot(page, 'mr-06-dashboard-reviewed')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (error) {
      await screenshot(page, 'failure-major-risks')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  })
})
