import { sql, type Selectable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { AnalysisEntry, AnalysisMethod } from '../../shared/domain/analysis'
import type { AnalysisEntryTable } from '../db/schema'
import type { Executor, Trx } from '../db/transaction'

export type AnalysisEntryRow = Selectable<AnalysisEntryTable>

export function toAnalysisEntry(row: AnalysisEntryRow): AnalysisEntry {
  return {
    id: row.id,
    riskPointId: row.risk_point_id,
    method: row.method as AnalysisMethod,
    seq: row.seq,
    item: row.item,
    standard: row.standard,
    deviation: row.deviation,
    existingControls: row.existing_controls
  }
}

/** Lists the records of one point, or of every point, JHA before SCL and each by 序号. */
export async function loadAnalysisEntries(db: Executor, riskPointId?: number): Promise<AnalysisEntry[]> {
  let query = db.selectFrom('analysis_entry').selectAll().orderBy('risk_point_id').orderBy('method').orderBy('seq')
  if (riskPointId !== undefined) query = query.where('risk_point_id', '=', riskPointId)
  return (await query.execute()).map(toAnalysisEntry)
}

export async function getAnalysisEntryRow(db: Executor, id: number): Promise<AnalysisEntryRow> {
  const row = await db.selectFrom('analysis_entry').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '辨识记录', detail: `编号 ${id}` })
  return row
}

export async function assertRiskPointExists(db: Executor, riskPointId: number): Promise<void> {
  const row = await db.selectFrom('risk_point').select('id').where('id', '=', riskPointId).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '风险点', detail: `编号 ${riskPointId}` })
}

/** Ids of one point's records of one method, by 序号. */
export async function entryIdsInOrder(db: Executor, riskPointId: number, method: AnalysisMethod): Promise<number[]> {
  const rows = await db
    .selectFrom('analysis_entry')
    .select('id')
    .where('risk_point_id', '=', riskPointId)
    .where('method', '=', method)
    .orderBy('seq')
    .execute()
  return rows.map((row) => row.id)
}

export async function nextSeq(db: Executor, riskPointId: number, method: AnalysisMethod): Promise<number> {
  const row = await db
    .selectFrom('analysis_entry')
    .select((eb) => eb.fn.max('seq').as('max'))
    .where('risk_point_id', '=', riskPointId)
    .where('method', '=', method)
    .executeTakeFirst()
  return (row?.max ?? 0) + 1
}

/**
 * Numbers one point's records of one method 1, 2, 3 … in the given order. The table keeps 序号 unique per point
 * and method at every statement, so the rows first move to negative numbers, which no row holds.
 */
export async function renumber(trx: Trx, riskPointId: number, method: AnalysisMethod, orderedIds: readonly number[]): Promise<void> {
  await trx
    .updateTable('analysis_entry')
    .set({ seq: sql<number>`-seq` })
    .where('risk_point_id', '=', riskPointId)
    .where('method', '=', method)
    .where('seq', '>', 0)
    .execute()

  for (const [index, id] of orderedIds.entries()) {
    await trx.updateTable('analysis_entry').set({ seq: index + 1 }).where('id', '=', id).execute()
  }
}
