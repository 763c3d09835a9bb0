import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { riskLevelInfo } from '../../shared/domain/levels'
import { measureCategories } from '../../shared/domain/measures'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { buildExportPackage, exportPackageFileName, type BuiltOutput } from '../../electron/export-package/build-package'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { readSchoolSnapshot, storedFileEntries } from '../../electron/outputs/generate-outputs'
import type { StoredFiles } from '../../electron/outputs/stored-files'
import { sheetBuilders } from '../../electron/sheets'
import { safeText } from '../../electron/sheets/cell-text'
import { measureCell } from '../../electron/sheets/risk-control-list'

/** The sheets and the package of the realistic sample school, read back. */
let folder: string
let data: SchoolData
let files: StoredFiles
const built: BuiltOutput[] = []

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'demo-package-'))
  const file = join(folder, '示范学校.school')
  await buildDemoSchool(file)
  const snapshot = await readSchoolSnapshot(file)
  data = snapshot.data
  files = snapshot.files
  for (const builder of sheetBuilders) built.push({ builder, content: await builder.build(data) })
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

async function sheet(key: string, name: string): Promise<ExcelJS.Worksheet> {
  const content = built.find((output) => output.builder.key === key)?.content
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const found = workbook.getWorksheet(name)
  if (!found) throw new Error(`no sheet ${name}`)
  return found
}

describe('the sample school', () => {
  it('has a row for every risk, in order, with its level word and its measures', async () => {
    const list = await sheet('risk-control-list', '风险分级管控清单')
    const risks = data.riskPoints.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
    expect(risks.length).toBeGreaterThan(100)
    expect(list.rowCount).toBe(2 + risks.length)
    risks.forEach(({ point, risk }, index) => {
      const row = list.getRow(3 + index)
      expect(row.getCell(1).value).toBe(index + 1)
      expect(row.getCell(2).value).toBe(point.code)
      expect(row.getCell(6).value).toBe(safeText(risk.hazard))
      expect(row.getCell(13).value).toBe(riskLevelInfo[risk.level].word)
      measureCategories.forEach((category, offset) => {
        expect(row.getCell(14 + offset).value ?? '').toBe(measureCell(risk, category))
      })
    })
    const levels = new Set(risks.map(({ risk }) => risk.level))
    expect(levels.size).toBe(4)
  })

  it('has a row for every check item and every risk point', async () => {
    const checks = await sheet('hazard-check-list', '隐患排查清单')
    expect(checks.rowCount).toBe(2 + data.checkItems.length)
    const register = await sheet('risk-control-list', '风险点登记台账')
    expect(register.rowCount).toBe(2 + data.riskPoints.length)
    const stats = await sheet('statistics-table', '统计表')
    expect(stats.getCell('F6').value).toBe(data.school.name)
  })

  it('makes a package that verifies', async () => {
    const file = join(folder, exportPackageFileName(data))
    writeFileSync(file, await buildExportPackage(data, built, { extraEntries: storedFileEntries(data, files) }))
    const report = await verifyExportPackage(file)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.schoolName).toBe(data.school.name)
  })
})
