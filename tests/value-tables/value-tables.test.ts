import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { levelForScore } from '../../shared/grading/grade'
import { lsPresets, matchLsPreset, type LsPresetKey } from '../../shared/grading/ls-presets'
import { defaultValueTables, type LevelThreshold, type ValueTables } from '../../shared/grading/value-tables'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { riskInput } from '../../shared/schemas/inputs'
import { valueTablesInput, type ValueTablesInput } from '../../shared/schemas/value-tables-inputs'
import { listRiskPoints } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { getValueTables } from '../../electron/settings/settings.service'
import { applyValueTables, listValueTablesHistory, previewValueTables } from '../../electron/value-tables/value-tables.service'
import { dumpContent } from '../helpers/dump'
import { directHazard, lecHazard, seedGradedSchool } from '../helpers/graded-school'
import { newSchool } from '../helpers/temp'

/** Returns the current tables with the LS thresholds of a preset, as the settings page sends them. */
function withLsPreset(key: LsPresetKey, name = `本校评价标准（LS ${lsPresets[key].label}）`): ValueTablesInput {
  const { lec, ls } = structuredClone(defaultValueTables)
  return valueTablesInput.parse({ name, lec, ls: { ...ls, thresholds: lsPresets[key].thresholds } })
}

function firstError(raw: unknown): AppErrorData | undefined {
  const parsed = valueTablesInput.safeParse(raw)
  return parsed.success ? undefined : appErrorsFromZod(parsed.error)[0]
}

function proposal(change: (tables: ValueTables) => void): unknown {
  const tables = structuredClone(defaultValueTables)
  change(tables)
  return { name: tables.name, lec: tables.lec, ls: tables.ls }
}

async function levelsByHazard(db: Parameters<typeof listRiskPoints>[0]): Promise<Record<string, string>> {
  const points = await listRiskPoints(db)
  return Object.fromEntries(points.flatMap((point) => point.risks.map((risk) => [risk.hazard, risk.level])))
}

describe('LS presets', () => {
  const boundaries: Record<LsPresetKey, [number, string][]> = {
    A: [[25, 'major'], [20, 'major'], [16, 'high'], [9, 'high'], [8, 'medium'], [4, 'medium'], [3, 'low'], [1, 'low']],
    B: [[20, 'major'], [16, 'high'], [10, 'high'], [9, 'medium'], [4, 'medium'], [3, 'low']],
    C: [[20, 'major'], [16, 'high'], [15, 'high'], [12, 'medium'], [9, 'medium'], [8, 'low'], [1, 'low']]
  }

  it.each(Object.keys(boundaries) as LsPresetKey[])('preset %s grades its boundaries', (key) => {
    for (const [score, level] of boundaries[key]) {
      expect(levelForScore(score, lsPresets[key].thresholds), `R=${score}`).toBe(level)
    }
  })

  it('ships preset A as the default', () => {
    expect(matchLsPreset(defaultValueTables.ls.thresholds)).toBe('A')
    expect(matchLsPreset([...lsPresets.C.thresholds].reverse())).toBe('C')
    const custom: LevelThreshold[] = lsPresets.C.thresholds.map((threshold) => (threshold.level === 'high' ? { ...threshold, min: 14 } : threshold))
    expect(matchLsPreset(custom)).toBe('custom')
  })
})

describe('valueTablesInput', () => {
  it('accepts every preset and keeps the values', () => {
    for (const key of ['A', 'B', 'C'] as const) expect(withLsPreset(key).ls.thresholds).toEqual(lsPresets[key].thresholds)
  })

  it('rejects a repeated scale value with its row', () => {
    const error = firstError(proposal((tables) => (tables.lec.e[1].value = 10)))
    expect(error).toMatchObject({ code: 'invalid-input', field: 'LEC 暴露频繁程度 E第2行分值', value: '10' })
    expect(describeError(error as AppErrorData)).toContain('与第1行重复')
  })

  it('rejects zero, negative and text values', () => {
    expect(firstError(proposal((tables) => (tables.lec.l[6].value = 0)))).toMatchObject({ code: 'out-of-range', field: 'LEC 可能性 L第7行分值' })
    expect(firstError(proposal((tables) => (tables.lec.c[0].value = -100)))).toMatchObject({ code: 'out-of-range', field: 'LEC 后果 C第1行分值' })
    const text = proposal((tables) => ((tables.ls.s[0] as { value: unknown }).value = '五'))
    expect(firstError(text)).toMatchObject({ code: 'invalid-number', field: 'LS 严重性 S第1行分值', value: '五' })
  })

  it('rejects an empty meaning', () => {
    expect(firstError(proposal((tables) => (tables.ls.l[2].meaning = '  ')))).toMatchObject({ code: 'required', field: 'LS 可能性 L第3行含义' })
  })

  it('rejects bounds out of order', () => {
    const error = firstError(proposal((tables) => (tables.ls.thresholds = [{ level: 'major', min: 20, inclusive: true }, { level: 'high', min: 4, inclusive: true }, { level: 'medium', min: 9, inclusive: true }])))
    expect(error).toMatchObject({ code: 'out-of-range', field: 'LS 分级标准 一般风险下限（R）', value: '9' })
  })

  it('rejects bounds outside the attainable scores', () => {
    const tooHigh = firstError(proposal((tables) => (tables.ls.thresholds[0] = { level: 'major', min: 26, inclusive: true })))
    expect(tooHigh).toMatchObject({ code: 'out-of-range', field: 'LS 分级标准 重大风险下限（R）', value: '26' })
    expect(describeError(tooHigh as AppErrorData)).toContain('1 到 25')

    // A 一般 bound of 1 would leave 低风险 unreachable.
    const tooLow = firstError(proposal((tables) => (tables.ls.thresholds[2] = { level: 'medium', min: 1, inclusive: true })))
    expect(tooLow).toMatchObject({ code: 'out-of-range', field: 'LS 分级标准 一般风险下限（R）', value: '1' })
  })

  it('requires a name', () => {
    expect(firstError({ ...(proposal(() => undefined) as object), name: '' })).toMatchObject({ code: 'required', field: '评价标准名称' })
  })
})

describe('value tables preview', () => {
  it('lists the risks a threshold change moves and writes nothing', async () => {
    const { db, sqlite } = await newSchool()
    await seedGradedSchool(db)
    const before = dumpContent(sqlite)

    const preview = await previewValueTables(db, withLsPreset('C'))

    expect(dumpContent(sqlite)).toBe(before)
    expect(preview.identical).toBe(false)
    expect(preview.tableChanges).toEqual([
      '名称：默认评价标准（LEC 四级、LS 5×5 矩阵） → 本校评价标准（LS 方案C）',
      'LS 分级标准 较大风险下限（R）：R≥9 → R≥15',
      'LS 分级标准 一般风险下限（R）：R≥4 → R≥9'
    ])
    expect(preview.changes.map((change) => [change.hazard, change.method, change.factors, change.scoreAfter, change.levelBefore, change.levelAfter])).toEqual([
      ['走廊地面湿滑', 'ls', 'L=2 S=2', 4, 'medium', 'low'],
      ['体育器材底座松动', 'ls', 'L=2 S=4', 8, 'medium', 'low'],
      ['课间追逐打闹', 'ls', 'L=3 S=3', 9, 'high', 'medium'],
      ['配电箱门未上锁', 'ls', 'L=2 S=5', 10, 'high', 'medium'],
      ['楼梯扶手松动', 'ls', 'L=3 S=4', 12, 'high', 'medium']
    ])
    expect(preview.changes[0]).toMatchObject({ pointCode: 'FX-001', pointName: '教学区', scoreBefore: 4 })
    expect(preview.countsBefore).toEqual({ major: 1, high: 6, medium: 3, low: 1 })
    expect(preview.countsAfter).toEqual({ major: 1, high: 3, medium: 4, low: 3 })
    expect(preview).toMatchObject({ regraded: 10, direct: 1, offScale: [] })
    // The default policy text states the LS bounds, which the new set moves.
    expect(preview.warnings).toEqual(['制度文本《安全风险分级管控制度》写有 LS 法的分级界限（R值），应用后请到“制度文本”中按新标准修改，使手册前后一致。'])
  })

  it('warns about a level no combination reaches', async () => {
    const { db } = await newSchool()
    const tables = withLsPreset('A')
    tables.ls.thresholds = [
      { level: 'major', min: 20, inclusive: true },
      { level: 'high', min: 17, inclusive: true },
      { level: 'medium', min: 4, inclusive: true }
    ]
    const preview = await previewValueTables(db, tables)
    expect(preview.warnings[0]).toBe('LS 法的任何取值组合都得不到较大风险：请检查 R 的分级下限是否有意这样设置。')
  })
})

describe('value tables apply', () => {
  it('regrades the school, keeps direct grades and records history and audit', async () => {
    const { db, sqlite } = await newSchool()
    const seeded = await seedGradedSchool(db)
    const auditBefore = sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }

    const applied = await applyValueTables(db, withLsPreset('C'), new Date(2026, 8, 1, 10, 0))

    expect(applied.changedRisks).toBe(5)
    expect(applied.tables).toMatchObject({ version: 'school-20260901-1', name: '本校评价标准（LS 方案C）', ls: { thresholds: lsPresets.C.thresholds } })
    expect(await getValueTables(db)).toEqual(applied.tables)

    const levels = await levelsByHazard(db)
    expect(levels).toMatchObject({ 走廊地面湿滑: 'low', 课间追逐打闹: 'medium', 实验室化学品混放: 'high', 食堂燃气管道老化泄漏: 'major', [lecHazard]: 'high', [directHazard]: 'medium' })

    const rows = sqlite.prepare('SELECT id, method, level, control_level, value_tables_version FROM risk').all() as Record<string, unknown>[]
    expect(rows.filter((row) => row.method !== 'direct').every((row) => row.value_tables_version === 'school-20260901-1')).toBe(true)
    expect(rows.find((row) => row.method === 'direct')?.value_tables_version).toBe('default-2026.1')
    // A control level that was the default for the old level follows the new one.
    expect(rows.find((row) => row.id === seeded.riskIds['课间追逐打闹'])?.control_level).toBe('grade')

    const history = await listValueTablesHistory(db)
    expect(history).toEqual([{ id: 1, version: 'school-20260901-1', name: '本校评价标准（LS 方案C）', appliedAt: applied.history.appliedAt, operator: '刘德福', changedRisks: 5 }])

    const audits = sqlite.prepare('SELECT entity, action, operator FROM audit_log WHERE id > ? ORDER BY id').all(auditBefore.n) as Record<string, string>[]
    expect(audits.filter((row) => row.entity === 'risk' && row.action === 'regrade')).toHaveLength(5)
    expect(audits.filter((row) => row.entity === 'settings')).toHaveLength(1)
    expect(audits.filter((row) => row.entity === 'value_tables_history')).toHaveLength(1)
    expect(audits.every((row) => row.operator === '刘德福')).toBe(true)
  })

  it('grades new risks with the applied tables', async () => {
    const { db } = await newSchool()
    const seeded = await seedGradedSchool(db)
    await applyValueTables(db, withLsPreset('C'))
    const saved = await saveRisk(db, riskInput.parse({ riskPointId: seeded.pointIds.campus, hazard: '窗户限位器缺失', factorType: '物的因素', accidentTypes: ['09'], method: 'ls', lsL: 3, lsS: 4 }))
    expect(saved.risks.find((risk) => risk.hazard === '窗户限位器缺失')).toMatchObject({ score: 12, level: 'medium' })
  })

  it('numbers each applied set anew', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    const day = new Date(2026, 8, 1, 10, 0)
    await applyValueTables(db, withLsPreset('C'), day)
    const second = await applyValueTables(db, withLsPreset('B', '本校评价标准（LS 方案B）'), day)
    expect(second.tables.version).toBe('school-20260901-2')
    expect((await listValueTablesHistory(db)).map((entry) => entry.version)).toEqual(['school-20260901-2', 'school-20260901-1'])
  })

  it('changes nothing when a write fails half-way', async () => {
    const { db, sqlite } = await newSchool()
    const seeded = await seedGradedSchool(db)
    // The fourth of the five changed risks cannot be written: the first three updates must be rolled back too.
    sqlite.exec(`CREATE TRIGGER fail_regrade BEFORE UPDATE OF level ON risk WHEN NEW.id = ${seeded.riskIds['配电箱门未上锁']} BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const before = dumpContent(sqlite)

    await expect(applyValueTables(db, withLsPreset('C'))).rejects.toThrow('disk full')

    expect(dumpContent(sqlite)).toBe(before)
    expect(await getValueTables(db)).toEqual(defaultValueTables)
  })

  it('refuses tables equal to the current ones', async () => {
    const { db, sqlite } = await newSchool()
    await seedGradedSchool(db)
    const before = dumpContent(sqlite)
    const same = valueTablesInput.parse({ name: defaultValueTables.name, lec: defaultValueTables.lec, ls: defaultValueTables.ls })
    expect((await previewValueTables(db, same)).identical).toBe(true)
    await expect(applyValueTables(db, same)).rejects.toMatchObject({ data: { code: 'invalid-input', field: '评价标准' } })
    expect(dumpContent(sqlite)).toBe(before)
  })
})

describe('an edited scale that leaves a factor off the scale', () => {
  /** Returns the tables with an LEC E scale without 6 (每天工作时间内暴露), which the LEC risk of the seeded school uses. */
  function withoutDailyExposure(): ValueTablesInput {
    const tables = withLsPreset('A', '本校评价标准（修改 E 表）')
    tables.lec.e = tables.lec.e.filter((entry) => entry.value !== 6)
    return tables
  }

  it('is listed in the preview and blocks applying', async () => {
    const { db, sqlite } = await newSchool()
    await seedGradedSchool(db)
    const preview = await previewValueTables(db, withoutDailyExposure())
    expect(preview.offScale).toEqual([
      {
        riskId: expect.any(Number),
        pointCode: 'FX-002',
        pointName: '校外活动',
        hazard: lecHazard,
        method: 'lec',
        factors: 'L=3 E=6 C=15',
        field: 'E（暴露于危险环境的频繁程度）',
        value: '6',
        allowed: ['10', '3', '2', '1', '0.5']
      }
    ])
    expect(preview.warnings.some((warning) => warning.includes('E=6'))).toBe(true)

    const before = dumpContent(sqlite)
    const rejected = applyValueTables(db, withoutDailyExposure())
    await expect(rejected).rejects.toMatchObject({ data: { code: 'value-tables-off-scale', detail: '1' } })
    const error = await rejected.then(
      () => undefined,
      (caught: { data: AppErrorData }) => caught.data
    )
    expect(describeError(error as AppErrorData)).toBe(
      `评价标准未应用：「FX-002 校外活动“${lecHazard}”的E（暴露于危险环境的频繁程度）」的取值“6”不在修改后的分值表中。请在分值表中保留这些分值，或先在“风险评价”中改评这些风险，然后重新预览。`
    )
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('applies once the risk is graded on the new scale', async () => {
    const { db } = await newSchool()
    const seeded = await seedGradedSchool(db)
    await saveRisk(db, riskInput.parse({ id: seeded.riskIds[lecHazard], riskPointId: seeded.pointIds.activity, hazard: lecHazard, factorType: '物的因素', accidentTypes: ['02'], method: 'lec', lecL: 3, lecE: 3, lecC: 15 }))
    const applied = await applyValueTables(db, withoutDailyExposure())
    expect(applied.tables.lec.e.map((entry) => entry.value)).toEqual([10, 3, 2, 1, 0.5])
  })
})
