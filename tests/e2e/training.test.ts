import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/handlers/dispatch'
import { photoJpeg } from '../training/records-fixture'
import { fieldErrors, modal, typeAndPick, waitForListOpen, waitForMessage, waitForModalClosed } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

/** The roster of the test school: name and department. */
const roster = [
  ['王建国', '校长室'],
  ['李红梅', '校长室'],
  ['冯磊', '初中部'],
  ['褚慧', '初中部'],
  ['赵敏', '小学部'],
  ['刘德福', '总务处']
] as const

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function addRoster(school: TestSchool): Promise<void> {
  for (const [name, department] of roster) {
    const result = await dispatch(school.harness.ctx, 'staff:save', { name, department })
    if (!result.ok) throw new Error(`could not add ${name}`)
  }
}

/** Fills the training form, first with hours off the half-hour grid to see the message, then correctly. */
async function recordTraining(page: Page, school: TestSchool): Promise<void> {
  await page.getByTestId('training-add').click()
  const form = modal(page, 'training-modal')
  await form.getByTestId('training-topic').fill('双重预防体系全员培训')
  await form.getByTestId('training-trainer').fill('王建国')
  await form.getByTestId('training-location').fill('学校报告厅')
  await form.getByTestId('training-audience').fill('全体教职工')
  await form.getByTestId('training-content').fill('风险辨识、隐患排查和上报流程')

  // Everyone in 初中部 with one tick, then the principal by name.
  await form.getByTestId('attendee-department-初中部').check()
  await form.getByTestId('attendee-search').fill('王建国')
  await form.getByText('王建国', { exact: true }).click()
  await form.getByTestId('attendee-search').fill('')
  await expect.poll(() => form.getByTestId('attendee-count').textContent()).toBe('已选 3 / 6 人')

  // A photo and a text file renamed to .jpg: the photo waits to be saved, the other is refused by name.
  const photo = join(school.folder, '培训现场.jpg')
  writeFileSync(photo, await photoJpeg(2400, 1800))
  const fake = join(school.folder, '签到名单.jpg')
  writeFileSync(fake, '王建国 冯磊 褚慧\n')
  school.harness.platform.nextAttachmentFiles = [photo, fake]
  await form.getByTestId('training-attachments-add').click()
  await form.getByTestId('attachment-pending').locator('img').waitFor()
  const refused = form.getByTestId('training-attachments-rejected')
  await refused.waitFor()
  expect(await refused.textContent()).toContain('“签到名单.jpg”不能作为培训附件添加：文件扩展名是 .jpg，但文件内容是文字')

  await form.getByTestId('training-hours').fill('1.3')
  await page.getByTestId('training-modal-ok').click()
  const hoursError = fieldErrors(form).filter({ hasText: '学时' })
  await hoursError.waitFor()
  expect(await hoursError.textContent()).toBe('「学时」“1.3”填写有误：以半小时（0.5）为单位，如 1、1.5、2，请检查后重新填写。')
  await screenshot(page, 'training-01-form')

  await form.getByTestId('training-hours').fill('2.5')
  await page.getByTestId('training-modal-ok').click()
  await waitForMessage(page, '已登记培训“双重预防体系全员培训”')
  await waitForModalClosed(page, 'training-modal')
}

async function checkListAndSummary(page: Page): Promise<void> {
  const row = page.getByTestId('training-table').locator('tr[data-row-key]')
  await expect.poll(() => row.count()).toBe(1)
  const cells = await row.first().locator('td').allTextContents()
  expect(cells.slice(1, 7)).toEqual(['双重预防体系全员培训', '全员培训', '王建国', '2.5', '3', '1'])

  const alert = page.getByTestId('training-untrained-alert')
  await alert.waitFor()
  expect(await alert.textContent()).toContain('本学期有 3 名教职工未参加任何培训：李红梅、赵敏、刘德福。')
  expect(await page.getByTestId('training-summary').locator('tr.row-untrained').count()).toBe(3)
  await screenshot(page, 'training-02-list-and-summary')
}

async function reopenWithPhoto(page: Page): Promise<void> {
  await page.getByTestId('training-table').getByRole('button', { name: '编辑' }).click()
  const form = modal(page, 'training-modal')
  await form.locator('[data-testid^="attachment-kept-"] img').waitFor()
  expect(await form.getByTestId('attendee-count').textContent()).toBe('已选 3 / 6 人')
  await screenshot(page, 'training-03-edit-with-photo')
  await page.getByRole('button', { name: /取\s*消/ }).click()
  await waitForModalClosed(page, 'training-modal')
}

async function recordIncentive(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '奖惩记录' }).click()
  await page.getByTestId('incentive-add').click()
  const form = modal(page, 'incentive-modal')
  await typeAndPick(page, form.getByTestId('incentive-staff'), '冯磊')
  await form.getByTestId('incentive-reason').fill('巡查中发现实验楼配电箱漏电保护器失灵并及时报告')

  // The basis is picked from the clauses of the school's assessment policy, found by typing part of one.
  await form.getByTestId('incentive-basis').click()
  await waitForListOpen(page)
  await screenshot(page, 'training-04-incentive-clauses')
  await form.getByTestId('incentive-basis').locator('input').fill('及时发现并报告')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '第九条' }).first().click()
  expect(await form.getByTestId('incentive-basis').locator('input').inputValue()).toBe('《双重预防体系运行考核奖惩制度》第九条')
  await form.getByTestId('incentive-measure').locator('input').fill('通报表扬，发放绩效奖励200元')
  await form.getByTestId('incentive-approver').locator('input').fill('王建国')
  await screenshot(page, 'training-05-incentive-form')

  await page.getByTestId('incentive-modal-ok').click()
  await waitForMessage(page, '已登记奖励')
  await waitForModalClosed(page, 'incentive-modal')
  const cells = await page.getByTestId('incentive-table').locator('tr[data-row-key] td').allTextContents()
  expect(cells.slice(1, 7)).toEqual(['冯磊', '奖励', '巡查中发现实验楼配电箱漏电保护器失灵并及时报告', '《双重预防体系运行考核奖惩制度》第九条', '通报表扬，发放绩效奖励200元', '王建国'])
  await screenshot(page, 'training-06-incentive-list')
}

describe('training and incentive records in the browser', () => {
  it('records a training with attendees and a photo, and a reward', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      await addRoster(school)
      await page.goto(`${school.harness.url}/#/training`)
      await page.getByTestId('training-page').waitFor()

      await recordTraining(page, school)
      await checkListAndSummary(page)
      await reopenWithPhoto(page)
      await recordIncentive(page)

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } catch (error) {
      await screenshot(page, 'failure-training')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 300_000)
})
