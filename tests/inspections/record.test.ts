import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { inspectionListInput, inspectionRecordInput } from '../../shared/schemas/inspection-inputs'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { deleteInspection, recordInspection } from '../../electron/inspections/record.service'
import { getInspectionDetail, listInspections } from '../../electron/inspections/records.service'
import { dumpContent } from '../helpers/dump'
import { addPlan, inspectionSchool, record, testNow } from './fixture'

async function rejection(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    return (error as { data: AppErrorData }).data
  }
  throw new Error('the call was not rejected')
}

describe('recording an inspection', () => {
  it('stores one result per item, OK unless marked', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school, { scope: 'all' })
    const detail = await record(school, plan.id, {
      version: plan.version,
      marks: [
        { itemNo: 3, result: 'not-ok', note: '报警后无人回拨' },
        { itemNo: 7, result: 'na', note: '' },
        { itemNo: 1, result: 'ok', note: '登记完整' }
      ],
      note: '参加人员：孔令军、张海涛'
    })

    expect(detail.inspection).toMatchObject({ planId: plan.id, inspectionType: 'daily', inspectedOn: '2026-12-03', inspector: { staffId: school.gatekeeper, name: '孔令军' }, scopeLabel: '门卫日常排查' })
    expect(detail.counts).toEqual({ ok: 9, notOk: 1, na: 1 })
    expect(detail.results.map((result) => result.itemNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(detail.results[2]).toMatchObject({ result: 'not-ok', note: '报警后无人回拨', content: '一键报警装置能否正常报警', riskPointLabel: 'FX-001 校门', area: '学校东门', hazard: null })
    expect(detail.results[0]).toMatchObject({ result: 'ok', note: '登记完整' })

    const rows = school.schoolDb.sqlite.prepare('SELECT count(*) AS n FROM inspection_result WHERE inspection_id = ?').get(detail.inspection.id)
    expect(rows).toEqual({ n: 11 })
    const audit = school.schoolDb.sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'inspection'`).all()
    expect(audit).toEqual([{ action: 'create' }])
  })

  it.each([
    [{ marks: [{ itemNo: 2, result: 'not-ok', note: '' }, { itemNo: 4, result: 'not-ok', note: '' }, { itemNo: 12, result: 'na', note: '' }] }, 'item-numbers-out-of-range', '「检查结果」中的“4、12”超出范围：本检查表共 3 项'],
    [{ inspectedOn: '2026-12-05' }, 'out-of-range', '「检查日期」“2026-12-05”超出范围，不能晚于今天（2026-12-04）。'],
    [{ inspectorStaffId: 999 }, 'not-found', '找不到「检查人」'],
    [{ version: 'ABCD' }, 'inspection-checklist-changed', '纸质检查表版本 ABCD']
  ])('refuses %o and writes nothing', async (overrides, code, message) => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const before = dumpContent(school.schoolDb.sqlite)
    const error = await rejection(record(school, plan.id, overrides))
    expect(error.code).toBe(code)
    expect(describeError(error)).toContain(message)
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('refuses a plan without items', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school, { scope: 'items', checkItemIds: [school.items.get('来访人员是否登记')] })
    school.schoolDb.sqlite.prepare('UPDATE check_item SET dismissed = 1').run()
    expect(describeError(await rejection(record(school, plan.id)))).toBe('排查计划“门卫日常排查”没有排查项，无法录入排查记录。请先编辑该计划的排查范围，或在“隐患排查清单”中添加排查项。')
  })

  it('names a missing inspector and a mark marked twice', () => {
    const missing = inspectionRecordInput.safeParse({ planId: 1, inspectedOn: '2026-12-03', marks: [] })
    expect(missing.success).toBe(false)
    if (!missing.success) expect(describeError(appErrorsFromZod(missing.error)[0])).toBe('请选择「检查人」后再保存。')

    const twice = inspectionRecordInput.safeParse({ planId: 1, inspectedOn: '2026-12-03', inspectorStaffId: 1, marks: [{ itemNo: 2, result: 'na' }, { itemNo: 2, result: 'not-ok' }] })
    expect(twice.success).toBe(false)
    if (!twice.success) expect(describeError(appErrorsFromZod(twice.error)[0])).toContain('同一项填写了两次')
  })

  it('keeps the content checked when the item changes later', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const detail = await record(school, plan.id)
    school.schoolDb.sqlite.prepare(`UPDATE check_item SET content = '改过的内容'`).run()
    const again = await getInspectionDetail(school.schoolDb.db, detail.inspection.id)
    expect(again.results[0].content).toBe('来访人员是否登记')
  })

  it('records a thousand-item plan in one go', async () => {
    const school = await inspectionSchool()
    const insert = school.schoolDb.sqlite.prepare(
      `INSERT INTO check_item (risk_point_id, content, standard, method, inspection_type, frequency, edited, dismissed, sort_order) VALUES (?, ?, '', '查看现场', 'daily', 'daily', 1, 0, ?)`
    )
    for (let index = 0; index < 1000; index++) insert.run(school.points[2], `第 ${index} 项`, 100 + index)
    const plan = await addPlan(school, { scope: 'all' })
    const detail = await recordInspection(
      school.schoolDb.db,
      inspectionRecordInput.parse({ planId: plan.id, inspectedOn: '2026-12-04', inspectorStaffId: school.deputy, marks: [{ itemNo: 1011, result: 'not-ok', note: '最后一项' }] }),
      testNow
    )
    expect(detail.counts).toEqual({ ok: 1010, notOk: 1, na: 0 })
  })
})

describe('inspection records', () => {
  it('lists records newest first with their counts, filtered', async () => {
    const school = await inspectionSchool()
    const gate = await addPlan(school)
    const monthly = await addPlan(school, { name: '月度综合排查', inspectionType: 'comprehensive', frequency: 'monthly', responsiblePostId: school.posts.deputy.id, scope: 'all' })
    await record(school, gate.id, { inspectedOn: '2026-12-01' })
    await record(school, gate.id, { inspectedOn: '2026-12-02', marks: [{ itemNo: 2, result: 'not-ok', note: '晚关 10 分钟' }] })
    await record(school, monthly.id, { inspectedOn: '2026-11-26', inspectorStaffId: school.deputy, marks: [{ itemNo: 5, result: 'na', note: '' }] })

    const all = await listInspections(school.schoolDb.db, inspectionListInput.parse({}))
    expect(all.total).toBe(3)
    expect(all.rows.map((row) => [row.inspectedOn, row.planName, row.inspectorName, row.counts])).toEqual([
      ['2026-12-02', '门卫日常排查', '孔令军', { ok: 2, notOk: 1, na: 0 }],
      ['2026-12-01', '门卫日常排查', '孔令军', { ok: 3, notOk: 0, na: 0 }],
      ['2026-11-26', '月度综合排查', '张海涛', { ok: 10, notOk: 0, na: 1 }]
    ])

    const filtered = async (filters: Record<string, unknown>) => (await listInspections(school.schoolDb.db, inspectionListInput.parse(filters))).rows.map((row) => row.inspectedOn)
    expect(await filtered({ planId: monthly.id })).toEqual(['2026-11-26'])
    expect(await filtered({ inspectionType: 'daily' })).toEqual(['2026-12-02', '2026-12-01'])
    expect(await filtered({ from: '2026-12-01', to: '2026-12-01' })).toEqual(['2026-12-01'])
    expect(await filtered({ notOkOnly: true })).toEqual(['2026-12-02'])
  })

  it('deletes a record entered by mistake', async () => {
    const school = await inspectionSchool()
    const plan = await addPlan(school)
    const detail = await record(school, plan.id)
    await deleteInspection(school.schoolDb.db, detail.inspection.id)
    expect(school.schoolDb.sqlite.prepare('SELECT count(*) AS n FROM inspection_result').get()).toEqual({ n: 0 })
  })
})
