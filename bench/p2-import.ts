import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { createSchoolFile } from '../electron/db/school-file'
import { applyRiskImport } from '../electron/risk-import/apply'
import { previewRiskImport } from '../electron/risk-import/preview'
import { printRatio, runs } from './measure'
import { buildRiskList, riskListSize } from './risk-list'

/**
 * Workload P2: imports a 3,000-row risk list (.xlsx) into a fresh school file, parse and write in one
 * transaction, against the floor of reading the same file with exceljs alone (`xlsx.load`).
 */

/** The target: the import within this multiple of exceljs reading the file. */
const targetRatio = 4

async function floorMs(file: string): Promise<number> {
  const started = performance.now()
  const bytes = readFileSync(file)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return performance.now() - started
}

/** Fails the benchmark when the list asks a question, because then nothing would be imported. */
async function assertNoQuestions(folder: string, file: string): Promise<number> {
  const schoolDb = await createSchoolFile(join(folder, 'preview.school'))
  try {
    const started = performance.now()
    const preview = await previewRiskImport(schoolDb.db, { file })
    const elapsed = performance.now() - started
    if (preview.questions.length > 0) {
      throw new Error(`the bench list raises ${preview.questions.length} questions, e.g. ${preview.questions[0].prompt}`)
    }
    return elapsed
  } finally {
    await schoolDb.close()
  }
}

/** Runs P2 in `folder` and returns the path of a school file holding the imported list, for P3. */
export async function benchImport(folder: string): Promise<string> {
  const file = join(folder, '风险分级管控清单.xlsx')
  writeFileSync(file, await buildRiskList())
  const rows = riskListSize.riskPoints * riskListSize.risksPerPoint
  console.log(`Workload P2: import a ${rows}-row risk list into a fresh school file — ${riskListSize.riskPoints} merged risk points, LEC columns, five measure columns, ${(readFileSync(file).length / 1024).toFixed(0)} KB`)

  const previewMs = await assertNoQuestions(folder, file)
  const totals: number[] = []
  const floors: number[] = []
  let imported = ''

  for (let run = 1; run <= runs; run += 1) {
    const schoolFile = join(folder, `import-${run}.school`)
    const schoolDb = await createSchoolFile(schoolFile)
    try {
      const started = performance.now()
      const result = await applyRiskImport(schoolDb.db, { file })
      totals.push(performance.now() - started)
      if (result.risksCreated !== rows) throw new Error(`imported ${result.risksCreated} risks, expected ${rows}`)
    } finally {
      await schoolDb.close()
    }
    floors.push(await floorMs(file))
    imported = schoolFile
    console.log(`  run ${run}: ${Math.round(totals[totals.length - 1])} ms, floor ${Math.round(floors[floors.length - 1])} ms`)
  }

  console.log('')
  console.log(`  preview alone (dry run, as the window asks for it): ${Math.round(previewMs)} ms`)
  printRatio('import', totals, floors, 'exceljs xlsx.load of the same file', targetRatio)
  return imported
}
