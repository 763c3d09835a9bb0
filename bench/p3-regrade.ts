import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openSchoolFile } from '../electron/db/school-file'
import { applyValueTables } from '../electron/value-tables/value-tables.service'
import { defaultValueTables, type LevelThreshold } from '../shared/grading/value-tables'
import { valueTablesInput, type ValueTablesInput } from '../shared/schemas/value-tables-inputs'
import { printRatio, runs } from './measure'

/**
 * Workload P3: regrades every LEC and LS risk of a school after the LEC thresholds change, through the value-table
 * service (electron/value-tables), in one transaction with its audit rows, against the floor of one
 * `UPDATE risk SET level = CASE … END` statement over the same rows in one transaction.
 */

/**
 * The target: the regrade within this multiple of the single UPDATE statement. The service also reads every
 * risk, grades it in JavaScript and writes one audit row per changed risk, so it cannot come near 1×.
 */
const targetRatio = 50

/** 较大 from D ≥ 120 instead of 160 and 一般 from D ≥ 40 instead of 70: a region that grades more strictly. */
const changedThresholds: LevelThreshold[] = [
  { level: 'major', min: 320, inclusive: false },
  { level: 'high', min: 120, inclusive: true },
  { level: 'medium', min: 40, inclusive: true }
]

/** Returns the proposed tables, checked by the same schema the 评价标准 page's input goes through. */
function proposedTables(): ValueTablesInput {
  const { lec, ls } = defaultValueTables
  return valueTablesInput.parse({ name: '基准测试评价标准（阈值调整）', lec: { ...lec, thresholds: changedThresholds }, ls })
}

/** The floor's statement: the new LEC bands as SQL, applied to the stored D of every LEC risk. */
const floorStatement = `
  UPDATE risk SET level = CASE
    WHEN score > 320 THEN 'major'
    WHEN score >= 120 THEN 'high'
    WHEN score >= 40 THEN 'medium'
    ELSE 'low'
  END
  WHERE method = 'lec'`

async function copySchool(source: string, target: string): Promise<void> {
  const sqlite = new BetterSqlite3(source, { readonly: true })
  try {
    await sqlite.backup(target)
  } finally {
    sqlite.close()
  }
}

function floorMs(file: string): { elapsed: number; rows: number } {
  const sqlite = new BetterSqlite3(file)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    const update = sqlite.prepare(floorStatement)
    const started = performance.now()
    const rows = sqlite.transaction(() => update.run().changes)()
    return { elapsed: performance.now() - started, rows }
  } finally {
    sqlite.close()
  }
}

/** Runs P3 on copies of `schoolFile`, a school whose risks P2 imported. */
export async function benchRegrade(folder: string, schoolFile: string): Promise<void> {
  const input = proposedTables()
  const totals: number[] = []
  const floors: number[] = []
  let graded = 0
  let changedLevels = 0

  for (let run = 1; run <= runs; run += 1) {
    const serviceCopy = join(folder, `regrade-${run}.school`)
    const floorCopy = join(folder, `floor-${run}.school`)
    await copySchool(schoolFile, serviceCopy)
    await copySchool(schoolFile, floorCopy)

    const schoolDb = await openSchoolFile(serviceCopy)
    try {
      graded = Number(schoolDb.sqlite.prepare(`SELECT count(*) AS count FROM risk WHERE method IN ('lec', 'ls')`).pluck().get())
      const started = performance.now()
      const applied = await applyValueTables(schoolDb.db, input)
      totals.push(performance.now() - started)
      changedLevels = applied.changedRisks
    } finally {
      await schoolDb.close()
    }

    const floor = floorMs(floorCopy)
    if (floor.rows !== graded) throw new Error(`the floor updated ${floor.rows} rows, the service graded ${graded}`)
    floors.push(floor.elapsed)
    console.log(`  run ${run}: ${Math.round(totals[totals.length - 1])} ms, floor ${floor.elapsed.toFixed(1)} ms`)
  }

  console.log('')
  console.log(`  risks graded again: ${graded}, of which ${changedLevels} changed level`)
  printRatio('regrade', totals, floors, 'one UPDATE … SET level = CASE … statement over the same rows', targetRatio)
}

export function describeRegrade(): string {
  return 'Workload P3: regrade every LEC risk after a threshold change (较大 from D ≥ 160 to ≥ 120, 一般 from D ≥ 70 to ≥ 40), one transaction through the value-table service'
}
