import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { riskPointInput, staffInput } from '../../shared/schemas/inputs'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { closedHazard, type HazardSchool } from '../hazards/fixture'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Adds to the harness's open school file the roster and risk point the hazard fixtures expect. */
async function hazardSchoolOf(school: TestSchool): Promise<HazardSchool> {
  const schoolDb = school.harness.ctx.session.schoolDb
  const person = async (name: string, department: string) => (await saveStaff(schoolDb.db, staffInput.parse({ name, phone: '', department }))).id
  const point = await saveRiskPoint(schoolDb.db, riskPointInput.parse({ name: '学生食堂', kind: 'facility', area: '食堂楼一层' }))
  return {
    schoolDb,
    safetyOfficer: await person('刘德福', '安全办'),
    caretaker: await person('张志强', '总务处'),
    principal: await person('王建国', '校长室'),
    riskPointId: point.id
  }
}

describe('ledger check in the window', () => {
  it('warns on opening when a closed hazard was edited outside the app', async () => {
    const school = await startTestSchool()
    const { context, page, problems } = await openGuardedPage(browser)
    try {
      const hazards = await hazardSchoolOf(school)
      const closed = await closedHazard(hazards, { description: '楼梯扶手松动' })

      await page.goto(`${school.harness.url}/#/home`)
      await page.getByTestId('dashboard-page').waitFor()
      expect(await page.getByTestId('ledger-banner').count()).toBe(0)

      hazards.schoolDb.sqlite.prepare(`UPDATE hazard SET description = '楼梯扶手松动（已改）' WHERE id = ?`).run(closed.hazard.id)
      await page.reload()
      const banner = page.getByTestId('ledger-banner')
      await banner.waitFor()
      expect(await banner.textContent()).toContain(`隐患台账校验未通过：隐患 ${closed.hazard.code} 销号后被改动`)
      await screenshot(page, 'ledger-banner')
      expect(problems).toEqual({ errors: [], blockedRequests: [], dialogs: [] })
    } finally {
      await context.close()
      await school.close()
    }
  })
})
