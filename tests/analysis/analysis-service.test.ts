import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { AnalysisEntry } from '../../shared/domain/analysis'
import { describeError } from '../../shared/errors'
import { analysisEntryInput, type AnalysisEntryInput } from '../../shared/schemas/analysis-inputs'
import { riskInput, riskPointInput, type RiskInput } from '../../shared/schemas/inputs'
import { deleteAnalysisEntry, listAnalysisEntries, reorderAnalysisEntries, saveAnalysisEntry } from '../../electron/analysis/analysis.service'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { listRiskPoints, saveRiskPoint } from '../../electron/risks/risk-points.service'
import { deleteRisk, saveRisk } from '../../electron/risks/risks.service'
import type { Db } from '../../electron/db/transaction'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'

async function point(db: Db, kind: 'activity' | 'facility', name = kind === 'activity' ? '校车接送' : '学生食堂') {
  return saveRiskPoint(db, riskPointInput.parse({ name, kind, area: '校园' }))
}

function entry(riskPointId: number, fields: Record<string, unknown>): AnalysisEntryInput {
  return analysisEntryInput.parse({ riskPointId, method: 'jha', ...fields })
}

function risk(riskPointId: number, fields: Partial<Record<keyof RiskInput, unknown>> = {}): RiskInput {
  return riskInput.parse({
    riskPointId,
    hazard: '驾驶员未检查车况即出车',
    factorType: '人的因素',
    consequence: '校车故障，学生受伤',
    accidentTypes: ['02'],
    method: 'lec',
    lecL: 3,
    lecE: 6,
    lecC: 7,
    ...fields
  })
}

/** Adds JHA steps with the given names to a point, first to last; returns the records afterwards. */
async function steps(db: Db, riskPointId: number, names: readonly string[]) {
  let records = await listAnalysisEntries(db, riskPointId)
  for (const item of names) records = await saveAnalysisEntry(db, entry(riskPointId, { item, deviation: `${item}时的危险` }))
  return records
}

function auditRows(sqlite: BetterSqlite3.Database, entity: string) {
  return sqlite.prepare('SELECT entity, entity_id, action, before, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
    entity: string
    entity_id: number | null
    action: string
    before: string | null
    after: string | null
  }[]
}

/** Asserts that every (point, method) list is numbered 1, 2, 3 … without gaps or repeats. */
function assertNumberedWithoutGaps(sqlite: BetterSqlite3.Database): void {
  const rows = sqlite.prepare('SELECT risk_point_id, method, seq FROM analysis_entry ORDER BY risk_point_id, method, seq').all() as {
    risk_point_id: number
    method: string
    seq: number
  }[]
  const lists = new Map<string, number[]>()
  for (const row of rows) {
    const key = `${row.risk_point_id}/${row.method}`
    lists.set(key, [...(lists.get(key) ?? []), row.seq])
  }
  for (const [key, seqs] of lists) expect(seqs, key).toEqual(seqs.map((_seq, index) => index + 1))
}

async function context(db: Awaited<ReturnType<typeof newSchool>>): Promise<HandlerContext> {
  return {
    session: new SchoolSession(db),
    platform: new HarnessPlatform(null),
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
}

describe('analysis records', () => {
  it('numbers new steps 1, 2, 3 and saves edits', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const records = await steps(db, bus.id, ['出车前检查车况', '学生上车', '到站清点车厢'])
    expect(records.map((record) => [record.seq, record.item, record.method])).toEqual([
      [1, '出车前检查车况', 'jha'],
      [2, '学生上车', 'jha'],
      [3, '到站清点车厢', 'jha']
    ])

    const edited = await saveAnalysisEntry(db, entry(bus.id, { id: records[1].id, item: '学生上车与行驶', existingControls: '照管员逐一清点' }))
    expect(edited[1]).toMatchObject({ id: records[1].id, seq: 2, item: '学生上车与行驶', existingControls: '照管员逐一清点' })

    const audits = auditRows(sqlite, 'analysis_entry')
    expect(audits.map((row) => row.action)).toEqual(['create', 'create', 'create', 'update'])
    expect(JSON.parse(audits[3].before ?? '{}')).toMatchObject({ item: '学生上车' })
    expect(JSON.parse(audits[3].after ?? '{}')).toMatchObject({ item: '学生上车与行驶', seq: 2 })
  })

  it('keeps an SCL standard and drops a JHA one', async () => {
    const { db } = await newSchool()
    const canteen = await point(db, 'facility')
    const [item] = await saveAnalysisEntry(db, analysisEntryInput.parse({ riskPointId: canteen.id, method: 'scl', item: '燃气管道', standard: '管道无泄漏，报警器有效' }))
    expect(item).toMatchObject({ method: 'scl', seq: 1, standard: '管道无泄漏，报警器有效' })

    const bus = await point(db, 'activity')
    const [step] = await saveAnalysisEntry(db, entry(bus.id, { item: '出车前检查', standard: '不应保存' }))
    expect(step.standard).toBe('')
  })

  it('reorders steps and numbers them again', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const records = await steps(db, bus.id, ['甲', '乙', '丙', '丁'])
    const ids = records.map((record) => record.id)

    const reordered = await reorderAnalysisEntries(db, { riskPointId: bus.id, method: 'jha', ids: [ids[3], ids[0], ids[2], ids[1]] })
    expect(reordered.map((record) => `${record.seq}${record.item}`)).toEqual(['1丁', '2甲', '3丙', '4乙'])
    assertNumberedWithoutGaps(sqlite)

    const audit = auditRows(sqlite, 'analysis_entry').at(-1)
    expect(audit?.action).toBe('reorder')
    expect(JSON.parse(audit?.before ?? '{}')).toMatchObject({ ids })
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ ids: [ids[3], ids[0], ids[2], ids[1]] })
  })

  it('refuses an order that leaves out a step and changes nothing', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const ids = (await steps(db, bus.id, ['甲', '乙', '丙'])).map((record) => record.id)
    const before = dumpContent(sqlite)

    await expect(reorderAnalysisEntries(db, { riskPointId: bus.id, method: 'jha', ids: [ids[2], ids[0]] })).rejects.toMatchObject({
      data: { code: 'invalid-input', field: '记录顺序' }
    })
    await expect(reorderAnalysisEntries(db, { riskPointId: bus.id, method: 'scl', ids })).rejects.toMatchObject({ data: { code: 'invalid-input' } })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('deletes a step, numbers the rest again and unlinks its risks', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const records = await steps(db, bus.id, ['甲', '乙', '丙'])
    const saved = await saveRisk(db, risk(bus.id, { analysisEntryId: records[1].id }))
    const found = saved.risks[0]
    expect(found.analysisEntryId).toBe(records[1].id)

    const left = await deleteAnalysisEntry(db, records[1].id)
    expect(left.map((record) => `${record.seq}${record.item}`)).toEqual(['1甲', '2丙'])
    assertNumberedWithoutGaps(sqlite)

    const [after] = (await listRiskPoints(db)).flatMap((candidate) => candidate.risks)
    expect(after).toMatchObject({ id: found.id, hazard: found.hazard, level: found.level, analysisEntryId: null })

    const deleted = auditRows(sqlite, 'analysis_entry').at(-1)
    expect(deleted).toMatchObject({ action: 'delete', entity_id: records[1].id })
    expect(JSON.parse(deleted?.before ?? '{}')).toMatchObject({ item: '乙', unlinkedRiskIds: [found.id] })
    const unlinked = auditRows(sqlite, 'risk').at(-1)
    expect(unlinked).toMatchObject({ action: 'update', entity_id: found.id })
    expect(JSON.parse(unlinked?.after ?? '{}')).toEqual({ analysisEntryId: null })
  })

  it('moves a record to another method', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const records = await steps(db, bus.id, ['甲', '乙', '丙'])
    await saveAnalysisEntry(db, analysisEntryInput.parse({ riskPointId: bus.id, method: 'scl', item: '车辆证照', standard: '校车标牌有效' }))

    const after = await saveAnalysisEntry(db, analysisEntryInput.parse({ id: records[0].id, riskPointId: bus.id, method: 'scl', item: '甲', standard: '标准' }))
    expect(after.map((record) => `${record.method}${record.seq}${record.item}`)).toEqual(['jha1乙', 'jha2丙', 'scl1车辆证照', 'scl2甲'])
    assertNumberedWithoutGaps(sqlite)
  })

  it('keeps 序号 unique through many changes', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    let records = await steps(db, bus.id, ['一', '二', '三', '四', '五', '六'])
    records = await deleteAnalysisEntry(db, records[2].id)
    await reorderAnalysisEntries(db, { riskPointId: bus.id, method: 'jha', ids: [...records].reverse().map((record) => record.id) })
    records = await saveAnalysisEntry(db, entry(bus.id, { item: '七' }))
    records = await deleteAnalysisEntry(db, records[0].id)
    expect(records.map((record) => `${record.seq}${record.item}`)).toEqual(['1五', '2四', '3二', '4一', '5七'])
    assertNumberedWithoutGaps(sqlite)
  })

  it('refuses a record of a missing point and a move to another point', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const canteen = await point(db, 'facility')
    const [step] = await steps(db, bus.id, ['出车前检查'])
    const before = dumpContent(sqlite)

    await expect(saveAnalysisEntry(db, entry(9999, { item: '步骤' }))).rejects.toMatchObject({ data: { code: 'not-found', field: '风险点' } })
    await expect(saveAnalysisEntry(db, entry(canteen.id, { id: step.id, item: '出车前检查' }))).rejects.toMatchObject({
      data: { code: 'invalid-input', field: '所属风险点' }
    })
    await expect(deleteAnalysisEntry(db, 9999)).rejects.toMatchObject({ data: { code: 'not-found', field: '辨识记录' } })
    expect(dumpContent(sqlite)).toBe(before)
  })
})

describe('analysis records over the channels', () => {
  it('names the bad field in Chinese with the method’s own label', async () => {
    const schoolDb = await newSchool()
    const ctx = await context(schoolDb)
    const canteen = await point(schoolDb.db, 'facility')
    const before = dumpContent(schoolDb.sqlite)

    const emptyItem = await dispatch(ctx, 'analysis:save', { riskPointId: canteen.id, method: 'scl', item: '  ' })
    expect(emptyItem.ok).toBe(false)
    if (!emptyItem.ok) expect(describeError(emptyItem.error)).toBe('「检查项目」不能为空，请填写后再保存。')

    const longStep = await dispatch(ctx, 'analysis:save', { riskPointId: canteen.id, method: 'jha', item: '步'.repeat(61) })
    if (!longStep.ok) expect(describeError(longStep.error)).toBe('「工作步骤」太长（61 个字），最多 60 个字，请精简后再保存。')
    expect(longStep.ok).toBe(false)

    const badMethod = await dispatch(ctx, 'analysis:save', { riskPointId: canteen.id, method: 'hazop', item: '步骤' })
    if (!badMethod.ok) expect(describeError(badMethod.error)).toMatch(/^「辨识方法」“hazop”不在可选范围内.*工作危害分析（JHA）、安全检查表分析（SCL）/)
    expect(badMethod.ok).toBe(false)

    const emoji = await dispatch(ctx, 'analysis:save', { riskPointId: canteen.id, method: 'scl', item: '燃气', deviation: '漏气🔥' })
    if (!emoji.ok) expect(emoji.error).toMatchObject({ code: 'emoji-not-allowed', field: '不符合标准的情况及后果' })
    expect(emoji.ok).toBe(false)

    expect(dumpContent(schoolDb.sqlite)).toBe(before)
  })

  it('lists, saves, reorders and deletes', async () => {
    const schoolDb = await newSchool()
    const ctx = await context(schoolDb)
    const bus = await point(schoolDb.db, 'activity')
    await dispatch(ctx, 'analysis:save', { riskPointId: bus.id, method: 'jha', item: '出车前检查' })
    const saved = await dispatch(ctx, 'analysis:save', { riskPointId: bus.id, method: 'jha', item: '到站清点' })
    if (!saved.ok) throw new Error(describeError(saved.error))
    const ids = (saved.value as AnalysisEntry[]).map((record) => record.id)

    const reordered = await dispatch(ctx, 'analysis:reorder', { riskPointId: bus.id, method: 'jha', ids: [ids[1], ids[0]] })
    expect(reordered).toMatchObject({ ok: true, value: [{ item: '到站清点', seq: 1 }, { item: '出车前检查', seq: 2 }] })
    expect(await dispatch(ctx, 'analysis:delete', { id: ids[1] })).toMatchObject({ ok: true, value: [{ item: '出车前检查', seq: 1 }] })
    expect(await dispatch(ctx, 'analysis:list', { riskPointId: bus.id })).toMatchObject({ ok: true, value: [{ item: '出车前检查' }] })
  })
})

describe('risks found by a record', () => {
  it('keeps a link until cleared', async () => {
    const { db } = await newSchool()
    const bus = await point(db, 'activity')
    const [step] = await steps(db, bus.id, ['出车前检查车况'])
    const created = (await saveRisk(db, risk(bus.id, { analysisEntryId: step.id }))).risks[0]

    // An input of the form written before the link existed keeps the link.
    const edited = (await saveRisk(db, risk(bus.id, { id: created.id, hazard: '出车前未检查安全带和应急门' }))).risks[0]
    expect(edited).toMatchObject({ hazard: '出车前未检查安全带和应急门', analysisEntryId: step.id })

    const cleared = (await saveRisk(db, risk(bus.id, { id: created.id, analysisEntryId: null }))).risks[0]
    expect(cleared.analysisEntryId).toBeNull()
  })

  it('rejects a foreign step, unlinks on move', async () => {
    const { db, sqlite } = await newSchool()
    const bus = await point(db, 'activity')
    const canteen = await point(db, 'facility')
    const [step] = await steps(db, bus.id, ['出车前检查车况'])
    const before = dumpContent(sqlite)

    await expect(saveRisk(db, risk(canteen.id, { analysisEntryId: step.id }))).rejects.toMatchObject({
      data: { code: 'invalid-input', field: '辨识记录', detail: '这条辨识记录属于另一个风险点' }
    })
    await expect(saveRisk(db, risk(bus.id, { analysisEntryId: 9999 }))).rejects.toMatchObject({ data: { code: 'not-found', field: '辨识记录' } })
    expect(dumpContent(sqlite)).toBe(before)

    const created = (await saveRisk(db, risk(bus.id, { analysisEntryId: step.id }))).risks[0]
    const moved = (await saveRisk(db, risk(canteen.id, { id: created.id }))).risks[0]
    expect(moved).toMatchObject({ riskPointId: canteen.id, analysisEntryId: null })
  })

  it('leaves the step when its risk is deleted', async () => {
    const { db } = await newSchool()
    const bus = await point(db, 'activity')
    const [step] = await steps(db, bus.id, ['出车前检查车况'])
    const created = (await saveRisk(db, risk(bus.id, { analysisEntryId: step.id }))).risks[0]
    await deleteRisk(db, created.id)
    expect(await listAnalysisEntries(db, bus.id)).toMatchObject([{ id: step.id, item: '出车前检查车况' }])
  })
})
