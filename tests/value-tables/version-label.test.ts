import { describe, expect, it } from 'vitest'
import { lsPresets } from '../../shared/grading/ls-presets'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { valueTablesVersionLabel } from '../../shared/grading/value-tables-version'
import { valueTablesInput } from '../../shared/schemas/value-tables-inputs'
import { buildRiskControlManual } from '../../electron/documents/risk-control-manual'
import { getValueTables } from '../../electron/settings/settings.service'
import { applyValueTables, listValueTablesHistory, previewValueTables, schoolTablesName } from '../../electron/value-tables/value-tables.service'
import { bodyBlocks, readDocx } from '../documents/docx-reader'
import { fixtureSchool } from '../documents/fixture'
import { seedGradedSchool } from '../helpers/graded-school'
import { newSchool } from '../helpers/temp'

/** Returns the default tables with LS preset C, under a name of the caller's choice. */
function presetC(name: string) {
  const { lec, ls } = structuredClone(defaultValueTables)
  return valueTablesInput.parse({ name, lec, ls: { ...ls, thresholds: lsPresets.C.thresholds } })
}

describe('value-tables version label', () => {
  it.each([
    ['default-2026.1', '软件默认标准（2026.1）'],
    ['school-20261205-1', '本校修订版（2026年12月5日，第1版）'],
    ['school-20270301-12', '本校修订版（2027年3月1日，第12版）']
  ])('reads %s as %s', (version, label) => {
    expect(valueTablesVersionLabel(version)).toBe(label)
  })

  it('keeps an id of another form as it is', () => {
    expect(valueTablesVersionLabel('焦作市2025版')).toBe('焦作市2025版')
  })

  it('prints the label, not the id, in the manual', async () => {
    const tables = { ...defaultValueTables, name: '本校评价标准（LS 方案C）', version: 'school-20261205-1' }
    const blocks = bodyBlocks(readDocx(await buildRiskControlManual(fixtureSchool({ valueTables: tables })))['word/document.xml'])
    const sentence = blocks.map((block) => block.text).find((text) => text.startsWith('本手册采用的评价取值标准'))
    expect(sentence).toContain('本手册采用的评价取值标准为“本校评价标准（LS 方案C）”，版本为本校修订版（2026年12月5日，第1版），经领导小组批准执行。')
    expect(blocks.some((block) => block.text.includes('school-'))).toBe(false)
  })
})

describe('applied tables that kept the default name', () => {
  it('are stored as the school standard', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    const input = presetC(defaultValueTables.name)

    const preview = await previewValueTables(db, input)
    expect(preview.tableChanges[0]).toBe(`名称：${defaultValueTables.name} → ${schoolTablesName}`)

    const applied = await applyValueTables(db, input, new Date(2026, 11, 5, 10, 0))
    expect(applied.tables.name).toBe('本校评价标准（LEC 四级、LS 5×5 矩阵）')
    expect((await getValueTables(db)).name).toBe(schoolTablesName)
    expect((await listValueTablesHistory(db)).map((entry) => [valueTablesVersionLabel(entry.version), entry.name])).toEqual([
      ['本校修订版（2026年12月5日，第1版）', schoolTablesName]
    ])
  })

  it('keep a name the school chose', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    const applied = await applyValueTables(db, presetC('本校评价标准（LS 方案C）'))
    expect(applied.tables.name).toBe('本校评价标准（LS 方案C）')
  })

  it('keep the default name when they are the default tables again', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    await applyValueTables(db, presetC(defaultValueTables.name))

    const { lec, ls } = structuredClone(defaultValueTables)
    const restored = await applyValueTables(db, valueTablesInput.parse({ name: defaultValueTables.name, lec, ls }))
    expect(restored.tables.name).toBe(defaultValueTables.name)
  })
})
