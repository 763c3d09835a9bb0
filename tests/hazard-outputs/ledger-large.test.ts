import { join } from 'node:path'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildLargeLedgerSchool, largeLedgerSize } from '../../bench/hazard-school'
import { buildHazardLedger, ledgerSheetNames, streamingThreshold } from '../../electron/sheets/hazard-ledger'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { tempFolder, track } from '../helpers/temp'
import { testNow } from '../hazards/fixture'

/**
 * Growth of the resident memory allowed while the 20,000-row ledger is written, in MB. The streamed
 * workbook measured about 50 MB on top of the snapshot; the in-memory workbook about 590 MB.
 */
const memoryBoundMb = 250

/** Counts the rows of each sheet with exceljs's streaming reader, so the check itself stays small. */
async function rowCounts(buffer: Buffer): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' })
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name
    let rows = 0
    for await (const _row of sheet) rows += 1
    counts.set(name, rows)
  }
  return counts
}

describe('hazard ledger of 20,000 hazards', () => {
  it('is streamed within bounded memory with a row per hazard', async () => {
    const school = track(await buildLargeLedgerSchool(join(tempFolder('ledger-large-'), '大台账学校.school')))
    const data = await loadSchoolData(school.db, testNow)
    expect(data.hazards?.length).toBe(largeLedgerSize)
    expect(largeLedgerSize).toBeGreaterThanOrEqual(streamingThreshold)

    const before = process.memoryUsage().rss
    let peak = before
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 10)
    let buffer: Buffer
    try {
      buffer = await buildHazardLedger(data)
    } finally {
      clearInterval(timer)
    }
    peak = Math.max(peak, process.memoryUsage().rss)
    expect((peak - before) / 1024 / 1024).toBeLessThan(memoryBoundMb)

    const counts = await rowCounts(buffer)
    // Title, the line under it and the header, then one row per hazard.
    expect(counts.get(ledgerSheetNames.ledger)).toBe(3 + largeLedgerSize)
    const majors = school.sqlite.prepare(`SELECT count(*) AS count FROM hazard WHERE grade = 'major'`).get() as { count: number }
    expect(counts.get(ledgerSheetNames.major)).toBe(3 + majors.count)
  })
})
