import { AppError } from '../../shared/errors'
import type { RiskInput } from '../../shared/schemas/inputs'
import type { RiskRow } from '../db/schema'
import type { Executor } from '../db/transaction'

async function assertEntryOfPoint(db: Executor, entryId: number, riskPointId: number): Promise<void> {
  const row = await db.selectFrom('analysis_entry').select('risk_point_id').where('id', '=', entryId).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '辨识记录', detail: `编号 ${entryId}` })
  if (row.risk_point_id !== riskPointId) {
    throw new AppError({ code: 'invalid-input', field: '辨识记录', value: String(entryId), detail: '这条辨识记录属于另一个风险点' })
  }
}

/**
 * Decides which JHA step or SCL item a saved risk links to. An input without the field keeps the link a risk
 * has, unless the risk moves to another point, whose records are not this one's.
 */
export async function analysisLinkOnSave(db: Executor, input: RiskInput, before: RiskRow | undefined): Promise<number | null> {
  if (input.analysisEntryId === undefined) {
    if (!before || before.risk_point_id !== input.riskPointId) return null
    return before.analysis_entry_id
  }

  if (input.analysisEntryId !== null) await assertEntryOfPoint(db, input.analysisEntryId, input.riskPointId)
  return input.analysisEntryId
}
