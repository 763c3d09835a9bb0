import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeError } from '../../shared/errors'
import { schoolDataSchema } from '../../shared/exchange/school-data'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { tempFolder } from '../helpers/temp'
import { addPlan, inspectionSchool, record, testNow } from './fixture'

async function context(): Promise<{ ctx: HandlerContext; folder: string; school: Awaited<ReturnType<typeof inspectionSchool>> }> {
  const school = await inspectionSchool()
  const folder = tempFolder()
  const ctx: HandlerContext = {
    session: new SchoolSession(school.schoolDb),
    platform: new HarnessPlatform(folder),
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
  return { ctx, folder, school }
}

describe('inspection channels', () => {
  it('prints a plan’s checklist into the chosen folder', async () => {
    const { ctx, folder, school } = await context()
    const plan = await addPlan(school)
    const chosen = await dispatch(ctx, 'outputs:choose-folder', {})
    if (!chosen.ok) throw new Error('no folder')
    const token = (chosen.value as { token: string }).token

    const printed = await dispatch(ctx, 'inspection-plans:print', { planId: plan.id, token, byPoint: false })
    expect(printed).toEqual({ ok: true, value: { fileName: '门卫日常排查安全检查表.docx', folder, token } })
    expect(existsSync(join(folder, '门卫日常排查安全检查表.docx'))).toBe(true)
  })

  it('rejects printing without a chosen folder', async () => {
    const { ctx, school } = await context()
    const plan = await addPlan(school)
    const printed = await dispatch(ctx, 'inspection-plans:print', { planId: plan.id, token: 'made-up', byPoint: false })
    expect(printed).toEqual({ ok: false, error: { code: 'folder-not-chosen' } })
  })

  it('returns the numbered checklist the window types against', async () => {
    const { ctx, school } = await context()
    const plan = await addPlan(school)
    const checklist = await dispatch(ctx, 'inspection-plans:checklist', { planId: plan.id })
    expect(checklist).toMatchObject({ ok: true, value: { planId: plan.id, version: plan.version, items: [{ itemNo: 1 }, { itemNo: 2 }, { itemNo: 3 }] } })
  })

  it('names the field of a bad record input', async () => {
    const { ctx, school } = await context()
    const plan = await addPlan(school)
    const result = await dispatch(ctx, 'inspections:record', { planId: plan.id, inspectedOn: '2026-13-01', inspectorStaffId: school.gatekeeper, marks: [] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(describeError(result.error)).toBe('「检查日期」“2026-13-01”不是有效的日期，请按“2026-09-01”的格式填写。')
  })
})

describe('exchange format', () => {
  it('carries the calendar, plans and records', async () => {
    const { school } = await context()
    const plan = await addPlan(school)
    await record(school, plan.id, { marks: [{ itemNo: 2, result: 'not-ok', note: '晚关' }] })
    school.schoolDb.sqlite.prepare(`INSERT INTO calendar_period (kind, name, starts_on, ends_on) VALUES ('holiday', '国庆节', '2026-10-01', '2026-10-07')`).run()

    const data = schoolDataSchema.parse(await loadSchoolData(school.schoolDb.db, testNow))
    expect(data.calendar).toEqual([{ id: 1, kind: 'holiday', name: '国庆节', startsOn: '2026-10-01', endsOn: '2026-10-07' }])
    expect(data.inspectionPlans?.[0]).toMatchObject({ id: plan.id, name: '门卫日常排查', frequency: 'perShift', beforeKind: null, scope: 'points', riskPointIds: [school.points[0]] })
    expect(data.inspections?.[0]).toMatchObject({ planId: plan.id, inspector: { staffId: school.gatekeeper, name: '孔令军' }, scopeLabel: '门卫日常排查' })
    expect(data.inspections?.[0].results.map((result) => [result.itemNo, result.result, result.note])).toEqual([
      [1, 'ok', ''],
      [2, 'not-ok', '晚关'],
      [3, 'ok', '']
    ])
  })
})
