import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { riskPointInput, staffInput } from '../../shared/schemas/inputs'
import { migrations } from '../../electron/db/migrations'
import { createSchoolFile, openSchoolFile } from '../../electron/db/school-file'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { listStaff, saveStaff } from '../../electron/staff/staff.service'
import { tempFolder, track } from '../helpers/temp'

describe('migration 0003-hazard-governance', () => {
  it('keeps staff and risk points of a version-2 file and adds the governance tables', async () => {
    const file = join(tempFolder(), '版本二.school')
    const older = await createSchoolFile(file, { migrations: migrations.slice(0, 2) })
    await saveStaff(older.db, staffInput.parse({ name: '王建国', phone: '13903910005' }))
    await saveRiskPoint(older.db, riskPointInput.parse({ name: '学生宿舍', kind: 'facility', area: '宿舍楼' }))
    await older.close()

    const migrated = track(await openSchoolFile(file))
    expect((await listStaff(migrated.db)).map((person) => person.name)).toEqual(['王建国'])
    expect(migrated.sqlite.prepare('SELECT name FROM risk_point').all()).toEqual([{ name: '学生宿舍' }])
    const tables = (migrated.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name)
    for (const table of ['calendar_period', 'inspection_plan', 'inspection', 'inspection_result', 'hazard', 'hazard_event', 'hazard_photo', 'training', 'incentive']) {
      expect(tables).toContain(table)
    }
  })

  it('refuses a hazard in an unknown state', async () => {
    const schoolDb = track(await createSchoolFile(join(tempFolder(), '学校.school')))
    const insert = () =>
      schoolDb.sqlite
        .prepare(
          `INSERT INTO hazard (code, description, found_on, source, category, grade, state, created_at, updated_at)
           VALUES ('YH-1', '楼梯扶手松动', '2026-09-10', 'inspection', 'site', 'general', 'forgotten', 'x', 'x')`
        )
        .run()
    expect(insert).toThrow(/CHECK constraint failed/)
  })
})
