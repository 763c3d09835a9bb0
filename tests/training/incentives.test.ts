import { describe, expect, it } from 'vitest'
import { policyClauses } from '../../shared/domain/incentives'
import { describeError } from '../../shared/errors'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { incentiveInput } from '../../shared/schemas/training-inputs'
import { deleteIncentive, listHazardOptions, listIncentives, saveIncentive } from '../../electron/incentives/incentives.service'
import { listPolicies } from '../../electron/policies/policies.service'
import { deleteStaff } from '../../electron/staff/staff.service'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'
import { addPeople } from './records-fixture'

const today = '2026-12-04'

const reward = {
  kind: 'reward',
  targetKind: 'person',
  decidedOn: '2026-09-22',
  reason: '发现围墙外塔吊作业范围覆盖操场并及时报告',
  basis: '《隐患报告和举报奖励制度》第十一条',
  measure: '通报表扬，发放绩效奖励200元',
  approver: '李文博'
}

function messageFor(input: Record<string, unknown>): string | undefined {
  const parsed = incentiveInput.safeParse(input)
  return parsed.success ? undefined : describeError(appErrorsFromZod(parsed.error)[0])
}

describe('incentive input', () => {
  it('requires a person from the roster or a department name', () => {
    expect(messageFor({ ...reward, staffId: null })).toBe('请选择「奖惩对象」后再保存。')
    expect(messageFor({ ...reward, targetKind: 'department', department: '' })).toBe('「部门名称」不能为空，请填写后再保存。')
    expect(messageFor({ ...reward, targetKind: 'department', department: '食堂' })).toBeUndefined()
  })

  it('names the field of a bad kind, date or a missing measure', () => {
    expect(messageFor({ ...reward, staffId: 1, kind: 'bonus' })).toBe('「奖惩类别」“bonus”不在可选范围内，请从下拉列表中选择（可选：奖励、惩处）。')
    expect(messageFor({ ...reward, staffId: 1, decidedOn: '22/09/2026' })).toBe('「奖惩日期」“22/09/2026”不是有效的日期，请按“2026-09-01”的格式填写。')
    expect(messageFor({ ...reward, staffId: 1, measure: '' })).toBe('「奖惩措施」不能为空，请填写后再保存。')
    expect(messageFor({ ...reward, staffId: 1, reason: '' })).toBe('「事由」不能为空，请填写后再保存。')
  })
})

describe('policy clauses', () => {
  it('splits the default assessment policy into its 第X条 clauses', async () => {
    const { db } = await newSchool()
    const assessment = (await listPolicies(db)).find((policy) => policy.kind === 'assessment')
    const clauses = policyClauses(assessment?.title ?? '', assessment?.body ?? '')
    expect(clauses.map((clause) => clause.number)).toEqual(Array.from({ length: 16 }, (_, index) => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'][index]}条`))
    const ninth = clauses[8]
    expect(ninth.reference).toBe('《双重预防体系运行考核奖惩制度》第九条')
    expect(ninth.text.startsWith('有下列情形之一的，给予奖励')).toBe(true)
    expect(clauses.some((clause) => clause.text.includes('第三章'))).toBe(false)
  })

  it('joins continuation lines to their clause and skips text before the first', () => {
    const clauses = policyClauses('奖惩办法', '总则说明\n第一条 奖励先进。\n包括个人和集体。\n第二章 惩处\n第二条　惩处失职。')
    expect(clauses).toEqual([
      { number: '第一条', text: '奖励先进。包括个人和集体。', reference: '《奖惩办法》第一条' },
      { number: '第二条', text: '惩处失职。', reference: '《奖惩办法》第二条' }
    ])
  })
})

describe('incentive records', () => {
  it('creates, updates and deletes a reward and a department penalty', async () => {
    const { db, sqlite } = await newSchool()
    const ids = await addPeople(db)
    const created = await saveIncentive(db, incentiveInput.parse({ ...reward, staffId: ids.get('冯磊') }), { today })
    expect(created).toMatchObject({ kind: 'reward', targetKind: 'person', staffId: ids.get('冯磊'), targetName: '冯磊', hazardId: null, hazardCode: null })

    const penalty = await saveIncentive(
      db,
      incentiveInput.parse({ ...reward, kind: 'penalty', targetKind: 'department', department: '食堂', staffId: ids.get('冯磊'), decidedOn: '2026-11-20', measure: '通报批评' }),
      { today }
    )
    // A department record keeps no person, even when one was sent.
    expect(penalty).toMatchObject({ kind: 'penalty', targetKind: 'department', staffId: null, targetName: '食堂' })
    expect((await listIncentives(db)).map((incentive) => incentive.id)).toEqual([penalty.id, created.id])

    const updated = await saveIncentive(db, incentiveInput.parse({ ...reward, id: created.id, staffId: ids.get('褚慧'), measure: '通报表扬' }), { today })
    expect(updated).toMatchObject({ id: created.id, targetName: '褚慧', measure: '通报表扬' })

    await deleteIncentive(db, created.id)
    expect((await listIncentives(db)).map((incentive) => incentive.id)).toEqual([penalty.id])
    const actions = sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'incentive' ORDER BY id`).all() as { action: string }[]
    expect(actions.map((row) => row.action)).toEqual(['create', 'create', 'update', 'delete'])
  })

  it('keeps the name when the person leaves the roster', async () => {
    const { db } = await newSchool()
    const ids = await addPeople(db)
    const created = await saveIncentive(db, incentiveInput.parse({ ...reward, staffId: ids.get('冯磊') }), { today })
    await deleteStaff(db, ids.get('冯磊') as number)
    const [after] = await listIncentives(db)
    expect(after).toMatchObject({ id: created.id, staffId: null, targetName: '冯磊' })
  })

  it('links a hidden hazard and prints its code', async () => {
    const { db, sqlite } = await newSchool()
    const ids = await addPeople(db)
    sqlite
      .prepare(
        `INSERT INTO hazard (code, description, found_on, source, category, grade, state, created_at, updated_at)
         VALUES ('YH-2026-0003', '实验楼配电箱漏电保护器失灵', '2026-11-05', 'inspection', 'site', 'general', 'closed', 'x', 'x')`
      )
      .run()
    const [hazard] = await listHazardOptions(db)
    expect(hazard).toMatchObject({ code: 'YH-2026-0003', foundOn: '2026-11-05' })
    const linked = await saveIncentive(db, incentiveInput.parse({ ...reward, staffId: ids.get('尤志勇'), hazardId: hazard.id }), { today })
    expect(linked).toMatchObject({ hazardId: hazard.id, hazardCode: 'YH-2026-0003' })
  })

  it('rejects bad references, changing nothing', async () => {
    const { db, sqlite } = await newSchool()
    const ids = await addPeople(db)
    const before = dumpContent(sqlite)
    await expect(saveIncentive(db, incentiveInput.parse({ ...reward, staffId: 999 }), { today })).rejects.toMatchObject({ data: { code: 'not-found', field: '奖惩对象' } })
    await expect(saveIncentive(db, incentiveInput.parse({ ...reward, staffId: ids.get('冯磊'), hazardId: 77 }), { today })).rejects.toMatchObject({
      data: { code: 'not-found', field: '关联隐患' }
    })
    await expect(saveIncentive(db, incentiveInput.parse({ ...reward, staffId: ids.get('冯磊'), decidedOn: '2026-12-05' }), { today })).rejects.toMatchObject({
      data: { code: 'out-of-range', field: '奖惩日期' }
    })
    expect(dumpContent(sqlite)).toBe(before)
  })
})
