import { describe, expect, it } from 'vitest'
import { applyRiskImport } from '../../electron/risk-import/apply'
import { getSavedMappings, saveImportMapping } from '../../electron/risk-import/mappings.service'
import { previewRiskImport } from '../../electron/risk-import/preview'
import { listPosts, savePost } from '../../electron/posts/posts.service'
import { listRiskPoints, saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { postInput, riskPointInput, staffInput } from '../../shared/schemas/inputs'
import { describeError, type AppError } from '../../shared/errors'
import { dumpContent } from '../helpers/dump'
import { newSchool, tempFolder } from '../helpers/temp'
import { cleanList, levelConflict, threeLevelScheme, unknownHazardHeader } from './fixtures'
import { writeWorkbook } from './workbooks'

function auditRows(sqlite: { prepare(sql: string): { all(): unknown[] } }, entity: string) {
  return sqlite.prepare(`SELECT entity, action, after FROM audit_log WHERE entity = '${entity}'`).all() as { entity: string; action: string; after: string }[]
}

describe('risk list import', () => {
  it('imports a clean list and reads it back graded', async () => {
    const { db, sqlite } = await newSchool()
    const teacher = await saveStaff(db, staffInput.parse({ name: '张老师', phone: '13903910001' }))
    const classTeacher = await savePost(db, postInput.parse({ name: '班主任', responsibilities: [], staffIds: [teacher.id] }))
    const file = await writeWorkbook(tempFolder(), '学校风险清单.xlsx', cleanList)

    const result = await applyRiskImport(db, { file })

    expect(result).toMatchObject({ file: '学校风险清单.xlsx', sheet: '风险清单', riskPointsCreated: 4, riskPointsMatched: 0, risksCreated: 4, measuresCreated: 7, skippedRows: 0 })
    expect(result.warnings.map((warning) => warning.code)).toEqual(['factor-type-guessed', 'post-not-found', 'post-not-found', 'post-not-found'])
    expect(result.warnings[1].message).toBe(
      '责任岗位“食堂管理员”（第 3 行）与学校的岗位名称都对不上，这些风险导入后没有责任岗位。可先在“岗位”中添加同名岗位再导入，或导入后逐项指定。'
    )

    const points = await listRiskPoints(db)
    expect(points.map((point) => [point.code, point.name, point.kind, point.area])).toEqual([
      ['FX-001', '教学楼楼梯', 'facility', '教学区'],
      ['FX-002', '学生食堂', 'facility', '生活区'],
      ['FX-003', '校园配电室', 'facility', '后勤区'],
      ['FX-004', '体育课', 'activity', '操场']
    ])
    const risks = points.flatMap((point) => point.risks)
    expect(risks.map((risk) => [risk.method, risk.lecL, risk.lecE, risk.lecC, risk.score, risk.level, risk.controlLevel])).toEqual([
      ['lec', 3, 6, 7, 126, 'medium', 'grade'],
      ['lec', 3, 6, 15, 270, 'high', 'department'],
      ['lec', 1, 6, 15, 90, 'medium', 'department'],
      ['lec', 3, 3, 3, 27, 'low', 'post']
    ])
    expect(risks[0]).toMatchObject({ hazard: '课间学生在楼梯追逐打闹', accidentTypes: ['S01'], factorType: '人的因素', ownerPostId: classTeacher.id, ownerStaffId: teacher.id })
    expect(risks[1].measures.map((measure) => [measure.category, measure.content, measure.controlLevel])).toEqual([
      ['engineering', '安装紫外线消毒灯', 'department'],
      ['management', '落实索证索票制度', 'department'],
      ['management', '食品留样48小时', 'department']
    ])
    expect(points[0].ownerPostId).toBe(classTeacher.id)
    expect((await listPosts(db)).map((post) => post.name)).toEqual(['班主任'])

    const audits = auditRows(sqlite, 'risk_import')
    expect(audits).toHaveLength(1)
    expect(JSON.parse(audits[0].after)).toMatchObject({ file: '学校风险清单.xlsx', sheet: '风险清单', riskPointsCreated: 4, risksCreated: 4, measuresCreated: 7 })
  })

  it('adds risks to a risk point of the same name', async () => {
    const { db } = await newSchool()
    const existing = await saveRiskPoint(db, riskPointInput.parse({ name: '学生食堂', kind: 'facility', area: '生活区' }))
    const file = await writeWorkbook(tempFolder(), '清单.xlsx', cleanList)

    const preview = await previewRiskImport(db, { file })
    expect(preview.rows.map((row) => row.existingPointId)).toEqual([null, existing.id, null, null])
    expect(preview.counts.newRiskPoints).toBe(3)

    const result = await applyRiskImport(db, { file })
    expect(result).toMatchObject({ riskPointsCreated: 3, riskPointsMatched: 1, risksCreated: 4 })
    expect(result.warnings.map((warning) => warning.code)).not.toContain('risk-already-present')

    const twice = await previewRiskImport(db, { file })
    expect(twice.counts.newRiskPoints).toBe(0)
    expect(twice.warnings.find((warning) => warning.code === 'risk-already-present')?.message).toBe(
      '第 2、3、4、5 行的危险源在学校文件中同名风险点下已经有了（如“教学楼楼梯”的“课间学生在楼梯追逐打闹”），导入后会重复。如果这份清单以前导入过，请不要再次导入，或先删去这些行。'
    )
    const points = await listRiskPoints(db)
    expect(points.map((point) => [point.code, point.name, point.risks.length])).toEqual([
      ['FX-001', '学生食堂', 1],
      ['FX-002', '教学楼楼梯', 1],
      ['FX-003', '校园配电室', 1],
      ['FX-004', '体育课', 1]
    ])
  })

  it('writes nothing while questions are open', async () => {
    const { db, sqlite } = await newSchool()
    const file = await writeWorkbook(tempFolder(), '三级清单.xlsx', threeLevelScheme)
    const before = dumpContent(sqlite)

    const error = await applyRiskImport(db, { file }).then(
      () => undefined,
      (caught: AppError) => caught
    )
    expect(error?.data).toMatchObject({ code: 'import-questions-open', file: '三级清单.xlsx', detail: '1' })
    expect(describeError(error?.data ?? { code: 'internal' })).toBe('“三级清单.xlsx”还有 1 个问题没有回答，风险清单未导入，学校文件未作任何改动。请回答全部问题后再导入。')
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('imports once the answers settle every question', async () => {
    const { db } = await newSchool()
    const three = await writeWorkbook(tempFolder(), '三级清单.xlsx', threeLevelScheme)
    const conflict = await writeWorkbook(tempFolder(), '冲突清单.xlsx', levelConflict)

    await applyRiskImport(db, { file: three, answers: { 'level-scheme': 'by-colour' } })
    await applyRiskImport(db, { file: conflict, answers: { 'level-conflict:high>medium': 'typed' } })

    const risks = (await listRiskPoints(db)).flatMap((point) => point.risks)
    expect(risks.map((risk) => [risk.hazard, risk.method, risk.score, risk.level])).toEqual([
      ['滑梯螺丝松动', 'direct', null, 'medium'],
      ['接送时陌生人冒领幼儿', 'direct', null, 'major'],
      ['幼儿午睡时蒙头', 'direct', null, 'low'],
      ['锅炉超压运行', 'direct', null, 'high'],
      ['围墙局部开裂', 'lec', 270, 'high'],
      ['旗杆底座锈蚀', 'direct', null, 'high']
    ])
  })

  it('writes nothing when a write inside the import fails', async () => {
    const { db, sqlite } = await newSchool()
    const file = await writeWorkbook(tempFolder(), '清单.xlsx', cleanList)
    const before = dumpContent(sqlite)
    // A temporary trigger (outside the school file's schema) makes the first measure insert fail,
    // after the points and the first risk were already inserted in the same transaction.
    sqlite.exec(`CREATE TEMP TRIGGER refuse_measure BEFORE INSERT ON main.control_measure BEGIN SELECT RAISE(ABORT, 'disk full'); END`)

    await expect(applyRiskImport(db, { file })).rejects.toThrow('disk full')
    sqlite.exec('DROP TRIGGER refuse_measure')
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('writes nothing for a file that cannot be read', async () => {
    const { db, sqlite } = await newSchool()
    const file = await writeWorkbook(tempFolder(), '清单.xlsx', unknownHazardHeader)
    const before = dumpContent(sqlite)

    await expect(applyRiskImport(db, { file })).rejects.toMatchObject({ data: { code: 'import-header-not-found' } })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('saves a given mapping with the import and reuses it', async () => {
    const { db, sqlite } = await newSchool()
    const file = await writeWorkbook(tempFolder(), '清单.xlsx', unknownHazardHeader)

    const result = await applyRiskImport(db, { file, mapping: { hazard: 'C' } })
    expect(result.risksCreated).toBe(2)
    const saved = await getSavedMappings(db)
    expect(Object.values(saved)).toEqual([{ hazard: 'C' }])

    const again = await previewRiskImport(db, { file })
    expect(again.mappingSource).toBe('saved')
    expect(again.rows.map((row) => row.hazard)).toEqual(['楼梯扶手松动', '单杠锈蚀'])
    expect(auditRows(sqlite, 'import_mapping').map((row) => row.action)).toEqual(['create'])
  })

  it('saves a mapping through its service with an audit row', async () => {
    const { db, sqlite } = await newSchool()
    await saveImportMapping(db, '序号|风险点|情况描述', { hazard: 'C' })
    await saveImportMapping(db, '序号|风险点|情况描述', { hazard: 'C', level: 'E' })

    expect(await getSavedMappings(db)).toEqual({ '序号|风险点|情况描述': { hazard: 'C', level: 'E' } })
    expect(auditRows(sqlite, 'import_mapping').map((row) => row.action)).toEqual(['create', 'update'])
  })
})
