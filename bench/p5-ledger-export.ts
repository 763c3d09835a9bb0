import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { SchoolData } from '../shared/exchange/school-data'
import { cellValue } from '../electron/sheets/cell-text'
import { buildHazardLedger, ledgerTables } from '../electron/sheets/hazard-ledger'
import { loadSchoolData } from '../electron/snapshot/school-data'
import { buildLargeLedgerSchool, largeLedgerSize } from './hazard-school'
import { median, printRatio, runs } from './measure'

/**
 * Workload P5: writes the 隐患排查治理台账 workbook of 20,000 hazards (three sheets: the ledger, the 重大
 * hazards and the 督办 list) from the school snapshot, against the floor of exceljs's streaming writer
 * writing the same cell values with no styles.
 */

/** The target: the ledger within this multiple of the floor. */
const targetRatio = 3

/** The day the ledger is judged on, so overdue and the counts are the same every run. */
const snapshotMoment = new Date('2026-12-04T04:00:00.000Z')

class NullSink extends Writable {
  bytes = 0

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.bytes += chunk.length
    callback()
  }
}

/** Peak resident memory while `work` runs, sampled every 10 ms, in MB above the level before it. */
async function withPeak<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 10)
  const started = performance.now()
  try {
    const value = await work()
    const ms = performance.now() - started
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, ms, peakMb: (peak - before) / 1024 / 1024 }
  } finally {
    clearInterval(timer)
  }
}

/**
 * Writes the floor: the same cell values, already computed, through exceljs's streaming writer without
 * styles, widths, heights or merges, into a sink that only counts bytes. The real job adds reading the
 * snapshot into rows, fitting the columns and rows, and the styles and marks.
 */
async function floor(data: SchoolData): Promise<number> {
  const tables = ledgerTables(data)
  const started = performance.now()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new NullSink(), useStyles: false, useSharedStrings: false })
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName)
    sheet.addRow(table.columns.map((column) => column.header)).commit()
    for (const [position, values] of table.rows.entries()) {
      sheet.addRow(values.map(cellValue)).commit()
      if (position % 256 === 255) await new Promise((resolve) => setImmediate(resolve))
    }
    sheet.commit()
  }
  await workbook.commit()
  return performance.now() - started
}

export async function benchLedgerExport(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'sdp-bench-ledger-'))
  try {
    const generating = performance.now()
    const school = await buildLargeLedgerSchool(join(folder, '大台账学校.school'))
    const data = await loadSchoolData(school.db, snapshotMoment)
    await school.close()
    console.log(`Workload P5: the hazard ledger workbook of ${largeLedgerSize.toLocaleString('en')} hazards (school file and snapshot in ${Math.round(performance.now() - generating)} ms)`)

    const totals: number[] = []
    const floors: number[] = []
    const peaks: number[] = []
    let bytes = 0
    for (let run = 1; run <= runs; run += 1) {
      const result = await withPeak(() => buildHazardLedger(data))
      const floorRun = await withPeak(() => floor(data))
      totals.push(result.ms)
      floors.push(floorRun.value)
      peaks.push(result.peakMb)
      bytes = result.value.length
      console.log(`  run ${run}: ${Math.round(result.ms)} ms (peak RSS +${Math.round(result.peakMb)} MB), floor ${Math.round(floorRun.value)} ms (peak RSS +${Math.round(floorRun.peakMb)} MB)`)
    }

    console.log('')
    console.log(`  workbook: ${(bytes / 1024 / 1024).toFixed(1)} MB; peak RSS above the snapshot: median ${Math.round(median(peaks))} MB, largest ${Math.round(Math.max(...peaks))} MB`)
    printRatio('ledger workbook', totals, floors, 'same values, exceljs stream writer, no styles', targetRatio)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
