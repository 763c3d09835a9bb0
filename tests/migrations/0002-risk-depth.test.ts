import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { riskPointInput } from '../../shared/schemas/inputs'
import { migrations } from '../../electron/db/migrations'
import { createSchoolFile, openSchoolFile } from '../../electron/db/school-file'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { tempFolder, track } from '../helpers/temp'
import BetterSqlite3 from 'better-sqlite3'

describe('migration 0002-risk-depth', () => {
  it('keeps the risks of a version-1 file and adds the new tables', async () => {
    const file = join(tempFolder(), '版本一.school')
    const older = await createSchoolFile(file, { migrations: migrations.slice(0, 1) })
    const point = await saveRiskPoint(older.db, riskPointInput.parse({ name: '教学楼楼梯', kind: 'facility', area: '教学楼' }))
    const raw = older.sqlite
    raw
      .prepare(
        `INSERT INTO risk (risk_point_id, hazard, factor_type, consequence, accident_types, method, lec_l, lec_e, lec_c, score, level, control_level, value_tables_version, sort_order)
         VALUES (?, '课间楼梯拥挤', '人的因素', '踩踏', '["S01"]', 'lec', 3, 6, 15, 270, 'high', 'department', 'default-2026.1', 1)`
      )
      .run(point.id)
    await older.close()

    const migrated = track(await openSchoolFile(file))
    const risk = migrated.sqlite.prepare('SELECT hazard, level, analysis_entry_id FROM risk').get()
    expect(risk).toEqual({ hazard: '课间楼梯拥挤', level: 'high', analysis_entry_id: null })
    const tables = (migrated.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name)
    for (const table of ['analysis_entry', 'value_tables_history', 'major_risk_plan', 'risk_map', 'map_area', 'map_area_point', 'risk_review']) {
      expect(tables).toContain(table)
    }
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length)
  })

  it('sets a risk free of its analysis entry when the entry is deleted', async () => {
    const schoolDb = track(await createSchoolFile(join(tempFolder(), '学校.school')))
    const point = await saveRiskPoint(schoolDb.db, riskPointInput.parse({ name: '实验室', kind: 'facility' }))
    const raw: BetterSqlite3.Database = schoolDb.sqlite
    const entry = raw.prepare(`INSERT INTO analysis_entry (risk_point_id, method, seq, item) VALUES (?, 'scl', 1, '危化品存放')`).run(point.id)
    raw
      .prepare(
        `INSERT INTO risk (risk_point_id, hazard, factor_type, accident_types, method, level, control_level, value_tables_version, analysis_entry_id)
         VALUES (?, '危化品混放', '物的因素', '["19"]', 'direct', 'high', 'department', 'v', ?)`
      )
      .run(point.id, entry.lastInsertRowid)
    raw.prepare('DELETE FROM analysis_entry').run()
    expect(raw.prepare('SELECT analysis_entry_id FROM risk').get()).toEqual({ analysis_entry_id: null })
  })
})
