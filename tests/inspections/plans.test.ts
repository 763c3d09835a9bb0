import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { checkItemInput } from '../../shared/schemas/inputs'
import { deleteCheckItem, saveCheckItem } from '../../electron/checklist/check-items.service'
import { loadPlanChecklist } from '../../electron/inspections/plan-checklist'
import { loadPlan } from '../../electron/inspections/plan-rows'
import { deletePlan, listPlans, savePlan } from '../../electron/inspections/plans.service'
import { acceptProposedPlans, proposePlans } from '../../electron/inspections/proposal.service'
import { dumpContent } from '../helpers/dump'
import { addPlan, inspectionSchool, planFields, record } from './fixture'

async function rejection(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    return (error as { data: AppErrorData }).data
  }
  throw new Error('the call was not rejected')
}

describe('inspection plans', () => {
  it('saves a plan with its points and counts its items', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    expect(plan).toMatchObject({ name: '门卫日常排查', scope: 'points', riskPointIds: [school.points[0]], checkItemIds: [], itemCount: 3, active: true, beforeKind: null })
    expect(plan.version).toMatch(/^[0-9A-F]{4}$/)
  })

  it('gives a "before" plan its default period kind', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school, { name: '节假日前排查', frequency: 'beforeHoliday', inspectionType: 'holiday', scope: 'all' })
    expect(plan.beforeKind).toBe('holiday')
    expect(plan.itemCount).toBe(11)
  })

  it.each([
    [{ responsiblePostId: null }, '请选择「责任岗位或责任人」后再保存。'],
    [{ scope: 'items', checkItemIds: [] }, '请选择「排查项」后再保存。'],
    [{ startsOn: '2026-12-01', endsOn: '2026-11-01' }, '「结束日期」“2026-11-01”超出范围，不能早于开始日期（2026-12-01）。'],
    [{ scope: 'items', checkItemIds: [999] }, '找不到「排查项」（编号 999），它可能已被删除，请刷新页面后再试。']
  ])('refuses %o and changes nothing', async (overrides, message) => {
    const school = await inspectionSchool()
    const before = dumpContent(school.schoolDb.sqlite)
    expect(describeError(await rejection(savePlan(school.schoolDb.db, planFields(school, overrides))))).toBe(message)
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('rejects an unknown period kind in the file', async () => {
    const school = await inspectionSchool()
    const insert = () =>
      school.schoolDb.sqlite
        .prepare(`INSERT INTO inspection_plan (name, inspection_type, frequency, before_kind, scope, created_at) VALUES ('暑期前排查', 'holiday', 'beforeHoliday', 'summer', 'all', 'x')`)
        .run()
    expect(insert).toThrow(/CHECK constraint failed/)
  })

  it('refuses a second plan of the same name', async () => {
    const school = await inspectionSchool()
    await addPlan(school)
    expect((await rejection(addPlan(school))).code).toBe('duplicate-name')
  })

  it('keeps only the list its scope uses', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const changed = await savePlan(school.schoolDb.db, planFields(school, { id: plan.id, scope: 'items', checkItemIds: [school.items.get('来访人员是否登记')] }))
    expect(changed).toMatchObject({ riskPointIds: [], checkItemIds: [school.items.get('来访人员是否登记')], itemCount: 1 })
  })

  it('numbers the checklist by risk point, then item, and keeps the numbers', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school, { scope: 'all' })
    const first = await loadPlanChecklist(school.schoolDb.db, await loadPlan(school.schoolDb.db, plan.id))
    expect(first.items.slice(0, 4).map((item) => [item.itemNo, item.riskPointLabel, item.content])).toEqual([
      [1, 'FX-001 校门', '来访人员是否登记'],
      [2, 'FX-001 校门', '校门是否按时关闭'],
      [3, 'FX-001 校门', '一键报警装置能否正常报警'],
      [4, 'FX-002 教学楼', '教室门窗和电器是否关好']
    ])
    expect(first.items.at(-1)).toMatchObject({ itemNo: 11, riskPointLabel: 'FX-003 学生食堂', area: '食堂楼一层' })

    const again = await loadPlanChecklist(school.schoolDb.db, await loadPlan(school.schoolDb.db, plan.id))
    expect(again).toEqual(first)
  })

  it('changes the version when the checklist changes', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school, { scope: 'all' })
    await saveCheckItem(
      school.schoolDb.db,
      checkItemInput.parse({ riskPointId: school.points[0], content: '门卫是否配备防卫器械', method: '查看现场', inspectionType: 'daily', frequency: 'perShift' })
    )
    const [added] = await listPlans(school.schoolDb.db)
    expect(added.itemCount).toBe(12)
    expect(added.version).not.toBe(plan.version)

    await deleteCheckItem(school.schoolDb.db, school.items.get('燃气管道有无泄漏') as number)
    expect((await listPlans(school.schoolDb.db))[0].itemCount).toBe(11)
  })

  it('keeps the records of a deleted plan under its name', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const recorded = await record(school, plan.id)
    await deletePlan(school.schoolDb.db, plan.id)
    const row = school.schoolDb.sqlite.prepare('SELECT plan_id, scope_label FROM inspection WHERE id = ?').get(recorded.inspection.id)
    expect(row).toEqual({ plan_id: null, scope_label: '门卫日常排查' })
  })
})

describe('proposed plans', () => {
  it('proposes the school-wide plans and the posts’ patrols from the checklist', async () => {
    const school = await inspectionSchool()
    const proposals = await proposePlans(school.schoolDb.db)
    const summary = proposals.map((proposal) => [proposal.name, proposal.frequency, proposal.beforeKind, proposal.itemCount, proposal.recommended])
    expect(summary).toEqual([
      ['开学前综合排查', 'beforeHoliday', 'term', 11, true],
      ['月度综合排查', 'monthly', null, 2, true],
      ['学期综合排查', 'term', null, 1, true],
      ['汛期前季节性排查', 'beforeSeason', 'flood-season', 1, true],
      ['供暖期前季节性排查', 'beforeSeason', 'heating-season', 1, true],
      ['节假日前排查', 'beforeHoliday', 'holiday', 1, true],
      ['每周排查', 'weekly', null, 1, true],
      ['班主任日常排查', 'daily', null, 1, true],
      ['门卫日常排查', 'perShift', null, 2, true],
      ['未指定岗位日常排查', 'daily', null, 1, false]
    ])
    const leader = proposals.find((proposal) => proposal.name === '月度综合排查')
    expect(leader?.responsiblePostId).toBe(school.posts.deputy.id)
    const flood = proposals.find((proposal) => proposal.name === '汛期前季节性排查')
    expect(flood?.responsiblePostId).toBe(school.posts.generalAffairs.id)
  })

  it('splits the seasonal items by season', async () => {
    const school = await inspectionSchool()
    await acceptProposedPlans(school.schoolDb.db, ['seasonal:flood-season', 'seasonal:heating-season'])
    const plans = await listPlans(school.schoolDb.db)
    const ids = (name: string) => plans.find((plan) => plan.name === name)?.checkItemIds
    expect(ids('汛期前季节性排查')).toEqual([school.items.get('屋面排水是否通畅，雨后有无渗漏')])
    expect(ids('供暖期前季节性排查')).toEqual([school.items.get('暖气管道和阀门有无漏水，防冻措施是否落实')])
  })

  it('adds the chosen plans and marks them as existing', async () => {
    const school = await inspectionSchool()
    const keys = (await proposePlans(school.schoolDb.db)).filter((proposal) => proposal.recommended).map((proposal) => proposal.key)
    const plans = await acceptProposedPlans(school.schoolDb.db, keys)
    expect(plans.length).toBe(9)
    expect(plans.find((plan) => plan.name === '开学前综合排查')).toMatchObject({ scope: 'all', itemCount: 11, frequency: 'beforeHoliday', beforeKind: 'term' })
    expect((await proposePlans(school.schoolDb.db)).filter((proposal) => proposal.exists).length).toBe(9)
  })

  it('adds nothing when one name is taken', async () => {
    const school = await inspectionSchool()
    await addPlan(school, { name: '月度综合排查' })
    const before = dumpContent(school.schoolDb.sqlite)
    const error = await rejection(acceptProposedPlans(school.schoolDb.db, ['comprehensive:before-term', 'comprehensive:monthly']))
    expect(describeError(error)).toBe('「计划名称」“月度综合排查”已经存在，请换一个名称。')
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('refuses a key no proposal has', async () => {
    const school = await inspectionSchool()
    expect(describeError(await rejection(acceptProposedPlans(school.schoolDb.db, ['weekly:999'])))).toContain('排查清单已经改动')
  })
})
