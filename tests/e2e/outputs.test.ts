import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leadingGroupMemberInput, measureInput, officeInput, postInput, riskInput, riskPointInput, schoolInput, staffInput } from '../../shared/schemas/inputs'
import { deriveCheckItems } from '../../electron/checklist/check-items.service'
import type { Db } from '../../electron/db/transaction'
import { saveLeadingGroupMember, saveOffice } from '../../electron/leading-group/leading-group.service'
import { listPosts, savePost } from '../../electron/posts/posts.service'
import { saveMeasure } from '../../electron/risks/measures.service'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { confirmDialog, goToStep } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const posts = ['安全办主任', '食堂管理员', '门卫'] as const

/**
 * Builds a school whose every step but 责任清单 is complete: of its three posts only 安全办主任 has a person.
 * Returns the person to put in the other two.
 */
async function seedAlmostComplete(db: Db): Promise<{ staffId: number }> {
  await saveSchool(
    db,
    schoolInput.parse({
      name: '焦作市解放区实验小学',
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
  const people = []
  for (const [name, phone] of [['王建国', '13903910001'], ['李红梅', '13903910002'], ['刘德福', '13903910005']]) {
    people.push(await saveStaff(db, staffInput.parse({ name, phone, department: '校长室' })))
  }
  await saveLeadingGroupMember(db, leadingGroupMemberInput.parse({ staffId: people[0].id, role: 'leader', title: '校长' }))
  await saveLeadingGroupMember(db, leadingGroupMemberInput.parse({ staffId: people[1].id, role: 'deputy', title: '副校长' }))
  await saveLeadingGroupMember(db, leadingGroupMemberInput.parse({ staffId: people[2].id, role: 'member', title: '安全办主任' }))
  await saveOffice(db, officeInput.parse({ name: '双重预防体系建设办公室', directorStaffId: people[2].id }))

  for (const name of posts) {
    const staffIds = name === '安全办主任' ? [people[2].id] : []
    await savePost(db, postInput.parse({ name, department: '', responsibilities: [{ kind: 'duty', content: `${name}岗位安全职责` }], staffIds }))
  }

  const point = await saveRiskPoint(db, riskPointInput.parse({ name: '教学楼楼梯', kind: 'facility', area: '教学楼' }))
  const saved = await saveRisk(
    db,
    riskInput.parse({ riskPointId: point.id, hazard: '课间楼梯拥挤推搡', factorType: '人的因素', consequence: '学生摔伤', accidentTypes: ['20'], method: 'lec', lecL: 3, lecE: 6, lecC: 3 })
  )
  await saveMeasure(db, measureInput.parse({ riskId: saved.risks[0].id, category: 'management', content: '课间安排教师在楼梯口值守', controlLevel: 'grade' }))
  await deriveCheckItems(db)
  return { staffId: people[1].id }
}

/** Puts the person in every post without staff, as the 责任清单 step would. */
async function staffEmptyPosts(db: Db, staffId: number): Promise<void> {
  for (const post of await listPosts(db)) {
    if (post.staffIds.length > 0) continue
    await savePost(db, postInput.parse({ ...post, staffIds: [staffId] }))
  }
}

async function clickGenerate(page: Page): Promise<void> {
  await page.getByRole('button', { name: '生成全部成果' }).click()
}

async function waitForFiles(page: Page): Promise<void> {
  await page.getByTestId('output-files').waitFor({ timeout: 180_000 })
}

describe('outputs step in the browser', () => {
  it('asks before generating while a step is incomplete', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const db = school.harness.ctx.session.schoolDb.db
      const { staffId } = await seedAlmostComplete(db)

      await page.goto(`${school.harness.url}/#/wizard/outputs`)
      await page.getByRole('button', { name: '选择文件夹' }).click()
      await page.getByTestId('output-folder').getByText(school.outputFolder, { exact: true }).waitFor()
      await clickGenerate(page)

      // The question lists the one incomplete step with what it lacks, in the step list's words.
      const list = page.getByTestId('incomplete-steps')
      await list.waitFor()
      expect(await page.locator('.ant-modal-confirm-title').textContent()).toBe('还有 1 个步骤未完成，仍然生成成果文件吗？')
      expect(await list.locator('li').allTextContents()).toEqual(['责任清单：3 个岗位；2 个岗位未安排人员'])
      expect(await page.getByTestId('step-summary-responsibilities').textContent()).toBe('3 个岗位；2 个岗位未安排人员')
      await screenshot(page, 'outputs-01-incomplete-question')

      // 返回补充 opens the incomplete step and generates nothing.
      await page.getByTestId('outputs-back-to-steps').click()
      await page.waitForURL(/#\/wizard\/responsibilities$/)
      await page.getByTestId('post-editor').waitFor()
      expect(await page.getByTestId('output-progress').count()).toBe(0)

      // 仍然生成 generates all the same.
      await page.getByRole('button', { name: '下一步' }).waitFor()
      // Back on the step, the folder chosen before is still there.
      await goToStep(page, '成果输出')
      await page.getByTestId('output-folder').getByText(school.outputFolder, { exact: true }).waitFor()
      await clickGenerate(page)
      await confirmDialog(page, 'outputs-generate-anyway')
      await waitForFiles(page)
      await screenshot(page, 'outputs-02-generated-anyway')

      // With every step complete, the button generates at once.
      await staffEmptyPosts(db, staffId)
      await page.reload()
      await page.locator('[data-testid=step-summary-responsibilities][data-complete=yes]').waitFor()
      await page.getByRole('button', { name: '选择文件夹' }).click()
      await page.getByTestId('output-folder').getByText(school.outputFolder, { exact: true }).waitFor()
      await clickGenerate(page)
      await page.getByTestId('output-progress').waitFor()
      expect(await page.getByTestId('incomplete-steps').count()).toBe(0)
      await waitForFiles(page)
      await screenshot(page, 'outputs-03-generated-directly')

      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } catch (error) {
      await screenshot(page, 'failure-outputs')
      throw error
    } finally {
      await context.close()
      await school.close()
    }
  }, 400_000)
})
