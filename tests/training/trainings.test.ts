import { describe, expect, it } from 'vitest'
import { describeError } from '../../shared/errors'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { trainingInput } from '../../shared/schemas/training-inputs'
import { deleteStaff } from '../../electron/staff/staff.service'
import { deleteTraining, getTraining, listTrainings, saveTraining } from '../../electron/training/training.service'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'
import { addPeople, trainingOf } from './records-fixture'

const today = '2026-12-04'

/** Returns the Chinese message the window shows for an input, or undefined when it is valid. */
function messageFor(changes: Record<string, unknown>): string | undefined {
  const parsed = trainingInput.safeParse({ heldOn: '2026-09-10', topic: '全员培训', kind: 'all-staff', hours: 2, ...changes })
  if (parsed.success) return undefined
  return describeError(appErrorsFromZod(parsed.error)[0])
}

describe('training input', () => {
  it('accepts hours in half-hour steps up to 40', () => {
    for (const hours of [0.5, 1, 1.5, 2, 39.5, 40, '2.5']) expect(messageFor({ hours }), String(hours)).toBeUndefined()
  })

  it('refuses hours that are not positive half hours up to 40', () => {
    expect(messageFor({ hours: 0 })).toBe('「学时」“0”超出范围，应大于 0 且不超过 40。')
    expect(messageFor({ hours: -1 })).toBe('「学时」“-1”超出范围，应大于 0 且不超过 40。')
    expect(messageFor({ hours: 40.5 })).toBe('「学时」“40.5”超出范围，应大于 0 且不超过 40。')
    expect(messageFor({ hours: 1.3 })).toBe('「学时」“1.3”填写有误：以半小时（0.5）为单位，如 1、1.5、2，请检查后重新填写。')
    expect(messageFor({ hours: '两小时' })).toBe('「学时」“两小时”不是有效的数字，请填写数字。')
    expect(messageFor({ hours: '' })).toBe('「学时」不能为空，请填写后再保存。')
  })

  it('names the field of a bad date, kind or topic', () => {
    expect(messageFor({ heldOn: '2026-02-30' })).toBe('「培训日期」“2026-02-30”不是有效的日期，请按“2026-09-01”的格式填写。')
    expect(messageFor({ heldOn: '2026/9/10' })).toBe('「培训日期」“2026/9/10”不是有效的日期，请按“2026-09-01”的格式填写。')
    expect(messageFor({ kind: 'party' })).toBe(
      '「培训类别」“party”不在可选范围内，请从下拉列表中选择（可选：全员培训、新教职工岗前培训、专项培训、应急演练、安全教育课、其他）。'
    )
    expect(messageFor({ topic: '  ' })).toBe('「培训主题」不能为空，请填写后再保存。')
    expect(messageFor({ headcount: 0 })).toBe('「参加人数」“0”超出范围，应在 1 到 20000 之间。')
  })
})

describe('training records', () => {
  it('creates, reads, updates and deletes a training with attendees', async () => {
    const { db } = await newSchool()
    const ids = await addPeople(db)
    const created = await saveTraining(db, trainingOf({ attendeeIds: [ids.get('冯磊'), ids.get('李文博')] }), [], { today })
    expect(created).toMatchObject({ topic: '双重预防体系全员培训', kind: 'all-staff', hours: 2, headcount: null })
    // Attendees come back in roster order whatever order they were ticked in.
    expect(created.attendeeIds).toEqual([ids.get('李文博'), ids.get('冯磊')])

    const updated = await saveTraining(db, trainingOf({ id: created.id, hours: 1.5, headcount: 1200, audience: '全校师生', attendeeIds: [ids.get('褚慧')] }), [], { today })
    expect(updated).toMatchObject({ id: created.id, hours: 1.5, headcount: 1200, audience: '全校师生', attendeeIds: [ids.get('褚慧')] })
    expect(await listTrainings(db)).toHaveLength(1)

    await deleteTraining(db, created.id)
    expect(await listTrainings(db)).toEqual([])
  })

  it('lists the newest training first', async () => {
    const { db } = await newSchool()
    await saveTraining(db, trainingOf({ heldOn: '2026-09-01', topic: '九月' }), [], { today })
    await saveTraining(db, trainingOf({ heldOn: '2026-11-01', topic: '十一月' }), [], { today })
    await saveTraining(db, trainingOf({ heldOn: '2026-10-01', topic: '十月' }), [], { today })
    expect((await listTrainings(db)).map((training) => training.topic)).toEqual(['十一月', '十月', '九月'])
  })

  it('writes an audit row for every change', async () => {
    const { db, sqlite } = await newSchool()
    const created = await saveTraining(db, trainingOf(), [], { today })
    await saveTraining(db, trainingOf({ id: created.id, topic: '改名后的培训' }), [], { today })
    await deleteTraining(db, created.id)
    const rows = sqlite.prepare(`SELECT action, before, after FROM audit_log WHERE entity = 'training' ORDER BY id`).all() as { action: string; before: string | null; after: string | null }[]
    expect(rows.map((row) => row.action)).toEqual(['create', 'update', 'delete'])
    expect(JSON.parse(rows[1].before ?? '{}').topic).toBe('双重预防体系全员培训')
    expect(JSON.parse(rows[1].after ?? '{}').topic).toBe('改名后的培训')
    expect(rows[2].after).toBeNull()
  })

  it('refuses a date after today and changes nothing', async () => {
    const { db, sqlite } = await newSchool()
    const before = dumpContent(sqlite)
    await expect(saveTraining(db, trainingOf({ heldOn: '2026-12-05' }), [], { today })).rejects.toMatchObject({
      data: { code: 'out-of-range', field: '培训日期', value: '2026-12-05' }
    })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('refuses an attendee who is not on the roster and changes nothing', async () => {
    const { db, sqlite } = await newSchool()
    const ids = await addPeople(db)
    const created = await saveTraining(db, trainingOf({ attendeeIds: [ids.get('冯磊')] }), [], { today })
    const before = dumpContent(sqlite)
    await expect(saveTraining(db, trainingOf({ id: created.id, topic: '新名称', attendeeIds: [ids.get('冯磊'), 999] }), [], { today })).rejects.toMatchObject({
      data: { code: 'not-found', field: '参训人员' }
    })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('reports a missing training as not found', async () => {
    const { db } = await newSchool()
    await expect(saveTraining(db, trainingOf({ id: 42 }), [], { today })).rejects.toMatchObject({ data: { code: 'not-found', field: '培训记录' } })
    await expect(deleteTraining(db, 42)).rejects.toMatchObject({ data: { code: 'not-found', field: '培训记录' } })
  })

  it('drops the attendance of a person who is deleted from the roster', async () => {
    const { db } = await newSchool()
    const ids = await addPeople(db)
    const created = await saveTraining(db, trainingOf({ attendeeIds: [ids.get('冯磊'), ids.get('褚慧')] }), [], { today })

    await deleteStaff(db, ids.get('冯磊') as number)
    const after = await getTraining(db, created.id)
    expect(after.attendeeIds).toEqual([ids.get('褚慧')])
  })
})
