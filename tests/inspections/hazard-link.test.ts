import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { hazardRegisterInput } from '../../shared/schemas/hazard-inputs'
import { inspectionListInput } from '../../shared/schemas/inspection-inputs'
import { registerHazard } from '../../electron/hazards/register.service'
import { deleteInspection } from '../../electron/inspections/record.service'
import { getInspectionDetail, listInspections } from '../../electron/inspections/records.service'
import { dumpContent } from '../helpers/dump'
import { addPlan, inspectionSchool, record, testNow, type InspectionSchool } from './fixture'

async function rejection(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    return (error as { data: AppErrorData }).data
  }
  throw new Error('the call was not rejected')
}

/** Registers a hazard from a result as the 登记隐患 button fills the form. */
function fromResult(school: InspectionSchool, resultId: number, riskPointId: number | null) {
  return registerHazard(
    school.schoolDb.db,
    hazardRegisterInput.parse({
      description: '校门是否按时关闭：晚关 10 分钟',
      riskPointId,
      place: '学校东门',
      foundOn: '2026-12-02',
      foundBy: { staffId: school.gatekeeper },
      source: 'inspection',
      category: 'site',
      grade: 'general',
      inspectionResultId: resultId
    }),
    undefined,
    testNow
  )
}

describe('hazards from inspection results', () => {
  it('links the hazard to the not-OK result and shows it in the record', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const recorded = await record(school, plan.id, { inspectedOn: '2026-12-02', marks: [{ itemNo: 2, result: 'not-ok', note: '晚关 10 分钟' }] })
    const result = recorded.results[1]

    const hazard = await fromResult(school, result.id, null)
    expect(hazard.hazard).toMatchObject({ inspectionResultId: result.id, riskPointId: school.points[0], source: 'inspection', foundBy: { staffId: school.gatekeeper, name: '孔令军' } })

    const detail = await getInspectionDetail(school.schoolDb.db, recorded.inspection.id)
    expect(detail.results[1].hazard).toEqual({ id: hazard.hazard.id, code: hazard.hazard.code })
    expect(detail.results[0].hazard).toBeNull()
    const [row] = (await listInspections(school.schoolDb.db, inspectionListInput.parse({}))).rows
    expect(row.hazardCount).toBe(1)
  })

  it('refuses a second hazard from the same result', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const recorded = await record(school, plan.id, { marks: [{ itemNo: 2, result: 'not-ok', note: '' }] })
    const first = await fromResult(school, recorded.results[1].id, school.points[0])
    expect(describeError(await rejection(fromResult(school, recorded.results[1].id, school.points[0])))).toContain(first.hazard.code)
  })

  it('refuses a hazard from an OK result', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const recorded = await record(school, plan.id)
    expect(describeError(await rejection(fromResult(school, recorded.results[0].id, null)))).toContain('只有结论为“不合格”的排查结果才能登记为隐患')
  })

  it('keeps a record whose result became a hazard', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const recorded = await record(school, plan.id, { marks: [{ itemNo: 2, result: 'not-ok', note: '' }] })
    const hazard = await fromResult(school, recorded.results[1].id, null)
    const before = dumpContent(school.schoolDb.sqlite)
    const error = await rejection(deleteInspection(school.schoolDb.db, recorded.inspection.id))
    expect(describeError(error)).toBe(`这次排查记录中已有 1 项登记为隐患（${hazard.hazard.code}），为保证隐患台账可以追溯到排查记录，不能删除。`)
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })
})
