import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultReportTo } from '../../shared/domain/major-risks'
import { describeError, type AppErrorData } from '../../shared/errors'
import { schoolDataSchema } from '../../shared/exchange/school-data'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { schoolInput } from '../../shared/schemas/inputs'
import { majorRiskPlanInput, type MajorRiskPlanInput } from '../../shared/schemas/major-risk-inputs'
import { valueTablesInput } from '../../shared/schemas/value-tables-inputs'
import { dispatch } from '../../electron/handlers/dispatch'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { deleteMajorRiskPlan, listMajorRisks, saveMajorRiskPlan } from '../../electron/major-risks/major-risks.service'
import { deleteRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { applyValueTables } from '../../electron/value-tables/value-tables.service'
import { dumpContent } from '../helpers/dump'
import { seedGradedSchool } from '../helpers/graded-school'
import { newSchool } from '../helpers/temp'

const gasHazard = '食堂燃气管道老化泄漏'

function planInput(riskId: number, staffId: number, overrides: Record<string, unknown> = {}): MajorRiskPlanInput {
  return majorRiskPlanInput.parse({
    riskId,
    objective: '年内更换老化燃气管道，风险降至较大及以下',
    measures: '更换全部燃气管道和阀门\n加装燃气泄漏报警和紧急切断装置',
    funds: '专项资金 8 万元，列入年度预算',
    responsibleStaffId: staffId,
    deadline: '2026-12-31',
    monitoring: '每日开餐前检查燃气管道，报警装置每月测试',
    emergency: '发现泄漏立即关闭总阀、开窗通风、疏散人员并拨打119',
    reportedOn: '2026-09-10',
    reportTo: '山阳区教育局',
    ...overrides
  })
}

function inputError(raw: Record<string, unknown>): AppErrorData | undefined {
  const parsed = majorRiskPlanInput.safeParse(raw)
  return parsed.success ? undefined : appErrorsFromZod(parsed.error)[0]
}

describe('defaultReportTo', () => {
  it('names the county bureau, or the city bureau for 市直', () => {
    expect(defaultReportTo('山阳区')).toBe('山阳区教育局')
    expect(defaultReportTo('孟州市')).toBe('孟州市教育局')
    expect(defaultReportTo('市直')).toBe('焦作市教育局')
    expect(defaultReportTo('')).toBe('')
  })
})

describe('major-risk plan input', () => {
  const valid = { riskId: 1, objective: '目标', measures: '措施', responsibleStaffId: 2, reportTo: '山阳区教育局' }

  it('requires the objective, the measures, the person and the bureau', () => {
    expect(inputError({ ...valid, objective: '' })).toMatchObject({ code: 'required', field: '管控目标' })
    expect(inputError({ ...valid, measures: ' \n ' })).toMatchObject({ code: 'required', field: '管控措施（方案）' })
    expect(inputError({ ...valid, responsibleStaffId: null })).toMatchObject({ code: 'required-choice', field: '责任人' })
    expect(inputError({ ...valid, reportTo: '' })).toMatchObject({ code: 'required', field: '上报单位' })
    expect(inputError(valid)).toBeUndefined()
  })

  it('rejects impossible dates with the field named', () => {
    const error = inputError({ ...valid, deadline: '2026-02-30' })
    expect(error).toMatchObject({ code: 'invalid-date', field: '完成时限', value: '2026-02-30' })
    expect(describeError(error as AppErrorData)).toBe('「完成时限」“2026-02-30”不是有效的日期，请按“2026-09-01”的格式填写。')
    expect(inputError({ ...valid, reportedOn: '10/09/2026' })).toMatchObject({ code: 'invalid-date', field: '上报日期' })
  })

  describe('on Friday 4 December 2026 in Jiaozuo', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    // 00:30 in Beijing is still 3 December in UTC: the school's date is the one that counts.
    const earlyMorning = new Date('2026-12-03T16:30:00.000Z')

    it('rejects a report date after today with the field named', () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(earlyMorning)
      const error = inputError({ ...valid, reportedOn: '2026-12-06' })
      expect(error).toMatchObject({ code: 'out-of-range', field: '上报日期', value: '2026-12-06' })
      expect(describeError(error as AppErrorData)).toBe('「上报日期」“2026-12-06”超出范围，不能晚于今天（2026-12-04）。')
      expect(inputError({ ...valid, reportedOn: '2026-12-04' })).toBeUndefined()
    })

    it('saves nothing through the channel when the report date is tomorrow', async () => {
      const school = await newSchool()
      const seeded = await seedGradedSchool(school.db)
      const before = dumpContent(school.sqlite)
      const ctx = { session: new SchoolSession(school), platform: new HarnessPlatform(null), jobs: new JobRegistry(), outputsJob: () => async () => ({}) as never, harness: true, chosen: new Map() }

      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(earlyMorning)
      const raw = { ...valid, riskId: seeded.riskIds[gasHazard], responsibleStaffId: seeded.staffId, reportedOn: '2026-12-05' }
      const result = await dispatch(ctx, 'major-risks:save-plan', raw)
      expect(result).toMatchObject({ ok: false, error: { code: 'out-of-range', field: '上报日期', value: '2026-12-05' } })
      expect(dumpContent(school.sqlite)).toBe(before)
    })
  })
})

describe('major-risk plans', () => {
  it('lists the major risks with the county bureau as the default', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    const list = await listMajorRisks(db)
    expect(list.current.map((entry) => [entry.point.code, entry.risk.hazard, entry.risk.score, entry.plan])).toEqual([['FX-001', gasHazard, 20, null]])
    expect(list.downgraded).toEqual([])
    expect(list.defaultReportTo).toBe('山阳区教育局')
  })

  it('saves a plan, updates it and writes audit rows', async () => {
    const { db, sqlite } = await newSchool()
    const seeded = await seedGradedSchool(db)
    const riskId = seeded.riskIds[gasHazard]

    const saved = await saveMajorRiskPlan(db, planInput(riskId, seeded.staffId), new Date('2026-09-10T02:00:00Z'))
    expect(saved).toMatchObject({ riskId, responsibleStaffId: seeded.staffId, deadline: '2026-12-31', reportTo: '山阳区教育局', updatedAt: '2026-09-10T02:00:00.000Z' })
    expect(saved.measures).toBe('更换全部燃气管道和阀门\n加装燃气泄漏报警和紧急切断装置')

    await saveMajorRiskPlan(db, planInput(riskId, seeded.staffId, { funds: '专项资金 10 万元' }))
    const list = await listMajorRisks(db)
    expect(list.current[0].plan?.funds).toBe('专项资金 10 万元')
    const audits = sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'major_risk_plan' ORDER BY id`).all()
    expect(audits).toEqual([{ action: 'create' }, { action: 'update' }])
  })

  it('rejects a minor risk and unknown staff', async () => {
    const { db, sqlite } = await newSchool()
    const seeded = await seedGradedSchool(db)
    const before = dumpContent(sqlite)
    await expect(saveMajorRiskPlan(db, planInput(seeded.riskIds['楼梯扶手松动'], seeded.staffId))).rejects.toMatchObject({
      data: { code: 'invalid-input', field: '重大风险', value: '楼梯扶手松动' }
    })
    await expect(saveMajorRiskPlan(db, planInput(seeded.riskIds[gasHazard], 999))).rejects.toMatchObject({ data: { code: 'not-found', field: '责任人' } })
    await expect(saveMajorRiskPlan(db, planInput(9999, seeded.staffId))).rejects.toMatchObject({ data: { code: 'not-found', field: '风险' } })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('keeps the plan of a downgraded risk and lists it apart', async () => {
    const { db } = await newSchool()
    const seeded = await seedGradedSchool(db)
    const riskId = seeded.riskIds[gasHazard]
    await saveMajorRiskPlan(db, planInput(riskId, seeded.staffId))

    // Only R = 25 stays 重大, so the R = 20 risk drops to 较大.
    const { lec, ls } = structuredClone(defaultValueTables)
    ls.thresholds = [
      { level: 'major', min: 25, inclusive: true },
      { level: 'high', min: 9, inclusive: true },
      { level: 'medium', min: 4, inclusive: true }
    ]
    await applyValueTables(db, valueTablesInput.parse({ name: '本校评价标准（仅 R=25 为重大）', lec, ls }))

    const list = await listMajorRisks(db)
    expect(list.current).toEqual([])
    expect(list.downgraded.map((entry) => [entry.risk.id, entry.risk.level, entry.plan?.objective])).toEqual([[riskId, 'high', '年内更换老化燃气管道，风险降至较大及以下']])

    // The kept plan can still be corrected, and deleted.
    await saveMajorRiskPlan(db, planInput(riskId, seeded.staffId, { objective: '已降为较大风险，继续落实措施' }))
    expect((await listMajorRisks(db)).downgraded[0].plan?.objective).toBe('已降为较大风险，继续落实措施')
    await deleteMajorRiskPlan(db, riskId)
    expect((await listMajorRisks(db)).downgraded).toEqual([])
    await expect(deleteMajorRiskPlan(db, riskId)).rejects.toMatchObject({ data: { code: 'not-found' } })
  })

  it('goes with its risk when the risk is deleted', async () => {
    const { db, sqlite } = await newSchool()
    const seeded = await seedGradedSchool(db)
    await saveMajorRiskPlan(db, planInput(seeded.riskIds[gasHazard], seeded.staffId))
    await deleteRisk(db, seeded.riskIds[gasHazard])
    expect(sqlite.prepare('SELECT count(*) AS n FROM major_risk_plan').get()).toEqual({ n: 0 })
  })

  it('travels in the exchange format', async () => {
    const { db } = await newSchool()
    const seeded = await seedGradedSchool(db)
    await saveMajorRiskPlan(db, planInput(seeded.riskIds[gasHazard], seeded.staffId))
    const data = schoolDataSchema.parse(JSON.parse(JSON.stringify(await loadSchoolData(db))))
    expect(data.majorRiskPlans).toEqual([expect.objectContaining({ riskId: seeded.riskIds[gasHazard], reportTo: '山阳区教育局', reportedOn: '2026-09-10' })])
  })

  it('defaults a 市直 school to the city bureau', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    await saveSchool(db, schoolInput.parse({ name: '焦作市第一中学', county: '市直', category: '普通高中' }))
    expect((await listMajorRisks(db)).defaultReportTo).toBe('焦作市教育局')
  })
})
