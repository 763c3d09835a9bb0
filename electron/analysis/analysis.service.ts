import { AppError } from '../../shared/errors'
import { analysisFieldLabels, maxAnalysisEntries, type AnalysisEntry, type AnalysisMethod } from '../../shared/domain/analysis'
import type { AnalysisEntryInput, AnalysisReorderInput } from '../../shared/schemas/analysis-inputs'
import { audit, write, type Db, type Trx } from '../db/transaction'
import {
  assertRiskPointExists,
  entryIdsInOrder,
  getAnalysisEntryRow,
  loadAnalysisEntries,
  nextSeq,
  renumber,
  type AnalysisEntryRow
} from './analysis.repository'

/** Lists a risk point's JHA steps and SCL items, JHA first, each by 序号. */
export async function listAnalysisEntries(db: Db, riskPointId: number): Promise<AnalysisEntry[]> {
  await assertRiskPointExists(db, riskPointId)
  return loadAnalysisEntries(db, riskPointId)
}

async function assertRoomFor(trx: Trx, riskPointId: number, method: AnalysisMethod): Promise<void> {
  const count = (await entryIdsInOrder(trx, riskPointId, method)).length
  if (count >= maxAnalysisEntries) {
    throw new AppError({
      code: 'out-of-range',
      field: analysisFieldLabels[method].item,
      detail: `每个风险点最多记录 ${maxAnalysisEntries} 条，请合并相近的条目，或把活动拆分为几个风险点`
    })
  }
}

function columns(input: AnalysisEntryInput) {
  return {
    item: input.item,
    standard: input.standard,
    deviation: input.deviation,
    existing_controls: input.existingControls
  }
}

async function createEntry(trx: Trx, input: AnalysisEntryInput): Promise<void> {
  await assertRoomFor(trx, input.riskPointId, input.method)
  const values = {
    risk_point_id: input.riskPointId,
    method: input.method,
    seq: await nextSeq(trx, input.riskPointId, input.method),
    ...columns(input)
  }
  const created = await trx.insertInto('analysis_entry').values(values).returning('id').executeTakeFirstOrThrow()
  await audit(trx, { entity: 'analysis_entry', entityId: created.id, action: 'create', after: values })
}

/**
 * Updates a record. A record whose method changes moves to the end of the other method's list, and the list it
 * left is numbered again without the gap.
 */
async function updateEntry(trx: Trx, id: number, input: AnalysisEntryInput): Promise<void> {
  const before = await getAnalysisEntryRow(trx, id)
  if (before.risk_point_id !== input.riskPointId) {
    throw new AppError({ code: 'invalid-input', field: '所属风险点', detail: '辨识记录不能移到其他风险点，请在那个风险点下新增' })
  }

  const methodChanged = before.method !== input.method
  if (methodChanged) await assertRoomFor(trx, input.riskPointId, input.method)
  const values = {
    method: input.method,
    seq: methodChanged ? await nextSeq(trx, input.riskPointId, input.method) : before.seq,
    ...columns(input)
  }
  await trx.updateTable('analysis_entry').set(values).where('id', '=', id).execute()

  if (methodChanged) {
    const oldMethod = before.method as AnalysisMethod
    await renumber(trx, before.risk_point_id, oldMethod, await entryIdsInOrder(trx, before.risk_point_id, oldMethod))
  }
  await audit(trx, { entity: 'analysis_entry', entityId: id, action: 'update', before, after: values })
}

/** Adds or edits a JHA step or an SCL item; returns the point's records. New records go to the end of their list. */
export async function saveAnalysisEntry(db: Db, input: AnalysisEntryInput): Promise<AnalysisEntry[]> {
  return write(db, async (trx) => {
    await assertRiskPointExists(trx, input.riskPointId)
    if (input.id === null) await createEntry(trx, input)
    else await updateEntry(trx, input.id, input)
    return loadAnalysisEntries(trx, input.riskPointId)
  })
}

async function unlinkRisks(trx: Trx, entry: AnalysisEntryRow): Promise<number[]> {
  const linked = await trx.selectFrom('risk').select('id').where('analysis_entry_id', '=', entry.id).execute()
  await trx.updateTable('risk').set({ analysis_entry_id: null }).where('analysis_entry_id', '=', entry.id).execute()
  for (const risk of linked) {
    await audit(trx, { entity: 'risk', entityId: risk.id, action: 'update', before: { analysisEntryId: entry.id }, after: { analysisEntryId: null } })
  }
  return linked.map((risk) => risk.id)
}

/**
 * Deletes a record and numbers the rest of its list again. Risks it found stay as they are but no longer link to
 * it; returns the point's records.
 */
export async function deleteAnalysisEntry(db: Db, id: number): Promise<AnalysisEntry[]> {
  return write(db, async (trx) => {
    const before = await getAnalysisEntryRow(trx, id)
    const method = before.method as AnalysisMethod
    const unlinkedRiskIds = await unlinkRisks(trx, before)

    await trx.deleteFrom('analysis_entry').where('id', '=', id).execute()
    await renumber(trx, before.risk_point_id, method, await entryIdsInOrder(trx, before.risk_point_id, method))
    await audit(trx, { entity: 'analysis_entry', entityId: id, action: 'delete', before: { ...before, unlinkedRiskIds } })
    return loadAnalysisEntries(trx, before.risk_point_id)
  })
}

/** Puts one point's records of one method in a new order, numbering them 1, 2, 3 …; returns the point's records. */
export async function reorderAnalysisEntries(db: Db, input: AnalysisReorderInput): Promise<AnalysisEntry[]> {
  return write(db, async (trx) => {
    await assertRiskPointExists(trx, input.riskPointId)
    const current = await entryIdsInOrder(trx, input.riskPointId, input.method)
    const sameSet = current.length === input.ids.length && input.ids.every((id) => current.includes(id))
    if (!sameSet) {
      throw new AppError({ code: 'invalid-input', field: '记录顺序', detail: '与现有的记录不一致，可能已在别处修改，请刷新页面后再调整顺序' })
    }

    await renumber(trx, input.riskPointId, input.method, input.ids)
    await audit(trx, {
      entity: 'analysis_entry',
      entityId: null,
      action: 'reorder',
      before: { riskPointId: input.riskPointId, method: input.method, ids: current },
      after: { riskPointId: input.riskPointId, method: input.method, ids: input.ids }
    })
    return loadAnalysisEntries(trx, input.riskPointId)
  })
}
