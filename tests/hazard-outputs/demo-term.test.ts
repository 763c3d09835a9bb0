import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hazardOverdueDays, hazardStates, majorHazardGaps } from '../../shared/domain/hazards'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildDemoSchool, type DemoSummary } from '../../electron/demo/demo-school'
import { openSchoolFileReadOnly } from '../../electron/db/school-file'
import { verifyHazardLedger } from '../../electron/hazards/ledger-verify'
import { dueInspections } from '../../electron/inspections/due.service'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { tempFolder, track } from '../helpers/temp'

let summary: DemoSummary
let data: SchoolData
let ledger: Awaited<ReturnType<typeof verifyHazardLedger>>
let due: Awaited<ReturnType<typeof dueInspections>>

// The temporary folder is removed after the first test, so everything is read here.
beforeAll(async () => {
  const file = join(tempFolder('demo-term-'), '示范学校.school')
  summary = await buildDemoSchool(file)
  const schoolDb = track(openSchoolFileReadOnly(file))
  data = await loadSchoolData(schoolDb.db, summary.asOf)
  ledger = await verifyHazardLedger(schoolDb.db)
  due = await dueInspections(schoolDb.db, summary.asOf)
})

describe('demo school term', () => {
  it('runs to 4 December 2026', () => {
    expect(summary.asOf?.toISOString()).toBe('2026-12-04T09:00:00.000Z')
    expect(data.exportedAt).toBe('2026-12-04T09:00:00.000Z')
  })

  it('has a hazard in every state of the loop', () => {
    const hazards = data.hazards ?? []
    expect(hazards.length).toBeGreaterThanOrEqual(15)
    expect(hazards.length).toBeLessThanOrEqual(25)
    for (const state of hazardStates) expect(hazards.filter((hazard) => hazard.state === state).length, state).toBeGreaterThan(0)

    expect(hazards.some((hazard) => hazard.fixedOnTheSpot && hazard.state === 'closed')).toBe(true)
    const rejectedThenClosed = hazards.filter((hazard) => hazard.state === 'closed' && hazard.events.some((event) => event.action === 'reject'))
    expect(rejectedThenClosed).toHaveLength(1)
    expect(hazards.filter((hazard) => hazardOverdueDays(hazard, '2026-12-04') > 0).length).toBeGreaterThan(0)
    expect(hazards.filter((hazard) => hazard.photos.length > 0).length).toBeGreaterThan(2)
    expect(hazards.every((hazard) => hazard.foundOn <= '2026-12-04' && hazard.events.every((event) => event.at <= '2026-12-04T16:00:00.000Z'))).toBe(true)
  })

  it('has 重大 hazards with 五落实, a 治理方案 and a report', () => {
    const majors = (data.hazards ?? []).filter((hazard) => hazard.grade === 'major')
    expect(majors.length).toBeGreaterThanOrEqual(1)
    expect(majors.length).toBeLessThanOrEqual(2)
    for (const major of majors) {
      expect(majorHazardGaps(major), major.code).toEqual([])
      expect(major.majorCriteria.length, major.code).toBeGreaterThan(0)
    }
  })

  it('records the term\'s inspections, mostly 合格, each failure raised as a hazard', () => {
    const inspections = data.inspections ?? []
    // Weekly and comprehensive checks over the term, plus the daily patrols of the last four weeks.
    expect(inspections.length).toBeGreaterThanOrEqual(120)
    expect(inspections.length).toBeLessThanOrEqual(250)
    expect(inspections.every((inspection) => inspection.inspectedOn >= '2026-08-01' && inspection.inspectedOn <= '2026-12-04')).toBe(true)

    const results = inspections.flatMap((inspection) => inspection.results)
    const failed = results.filter((result) => result.result === 'not-ok')
    expect(failed.length / results.length).toBeLessThan(0.01)
    const raised = new Set((data.hazards ?? []).map((hazard) => hazard.inspectionResultId))
    expect(failed.filter((result) => !raised.has(result.id))).toEqual([])
  })

  it('leaves only a couple of checks overdue on the demo date', () => {
    const overdue = due.plans.filter((plan) => plan.overdueCount > 0).map((plan) => plan.planName)
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.length).toBeLessThanOrEqual(3)
  })

  it('has the term, 国庆, 寒假 and the heating season in its calendar', () => {
    const calendar = data.calendar ?? []
    expect(calendar.find((period) => period.kind === 'term' && period.startsOn === '2026-09-01')?.name).toBe('2026—2027学年第一学期')
    expect(calendar.some((period) => period.kind === 'holiday' && period.name === '国庆节')).toBe(true)
    expect(calendar.some((period) => period.kind === 'holiday' && period.name === '寒假')).toBe(true)
    expect(calendar.find((period) => period.kind === 'heating-season')?.startsOn).toBe('2026-11-15')
    expect((data.inspectionPlans ?? []).length).toBeGreaterThan(5)
  })

  it('keeps the closure chain intact', () => {
    expect(ledger.ok).toBe(true)
  })
})
