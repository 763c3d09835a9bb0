import { AppError } from '../../shared/errors'
import type { CheckFrequency, CheckMethod, InspectionType } from '../../shared/domain/checks'
import type { CheckItem } from '../../shared/domain/entities'
import type { CheckItemInput } from '../../shared/schemas/inputs'
import type { CheckItemRow } from '../db/schema'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { assertPostExists } from '../posts/posts.service'
import { loadRiskPoints, nextSortOrder } from '../risks/risk.repository'
import { deriveCheck } from './derive'

function toCheckItem(row: CheckItemRow): CheckItem {
  return {
    id: row.id,
    riskPointId: row.risk_point_id,
    measureId: row.measure_id,
    content: row.content,
    standard: row.standard,
    method: row.method as CheckMethod,
    inspectionType: row.inspection_type as InspectionType,
    frequency: row.frequency as CheckFrequency,
    responsiblePostId: row.responsible_post_id,
    edited: row.edited === 1,
    sortOrder: row.sort_order
  }
}

/** Lists the checklist in risk-point order; items the user removed are left out. */
export async function listCheckItems(db: Executor): Promise<CheckItem[]> {
  const rows = await db
    .selectFrom('check_item')
    .innerJoin('risk_point', 'risk_point.id', 'check_item.risk_point_id')
    .selectAll('check_item')
    .where('check_item.dismissed', '=', 0)
    .orderBy('risk_point.sort_order')
    .orderBy('check_item.sort_order')
    .orderBy('check_item.id')
    .execute()
  return rows.map(toCheckItem)
}

async function getCheckItemRow(db: Executor, id: number): Promise<CheckItemRow> {
  const row = await db.selectFrom('check_item').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '排查项', detail: `编号 ${id}` })
  return row
}

/**
 * Adds a check item for every measure that has none yet (removed items count as having one, so they do
 * not come back). Items already there, edited or not, stay as they are.
 */
export async function deriveCheckItems(db: Db): Promise<CheckItem[]> {
  return write(db, async (trx) => {
    const covered = new Set(
      (await trx.selectFrom('check_item').select('measure_id').where('measure_id', 'is not', null).execute()).map((row) => row.measure_id)
    )
    let added = 0

    for (const point of await loadRiskPoints(trx)) {
      for (const risk of point.risks) {
        for (const measure of risk.measures) {
          if (covered.has(measure.id)) continue
          const derived = deriveCheck(measure, risk)
          await trx
            .insertInto('check_item')
            .values({
              risk_point_id: point.id,
              measure_id: measure.id,
              content: derived.content,
              standard: derived.standard,
              method: derived.method,
              inspection_type: derived.inspectionType,
              frequency: derived.frequency,
              responsible_post_id: derived.responsiblePostId,
              edited: 0,
              dismissed: 0,
              sort_order: await nextSortOrder(trx, 'check_item')
            })
            .execute()
          added += 1
        }
      }
    }

    await audit(trx, { entity: 'check_item', entityId: null, action: 'derive', after: { added } })
    return listCheckItems(trx)
  })
}

export async function saveCheckItem(db: Db, input: CheckItemInput): Promise<CheckItem> {
  return write(db, async (trx) => {
    await assertPostExists(trx, input.responsiblePostId, '排查责任岗位')
    const point = await trx.selectFrom('risk_point').select('id').where('id', '=', input.riskPointId).executeTakeFirst()
    if (!point) throw new AppError({ code: 'not-found', field: '风险点', detail: `编号 ${input.riskPointId}` })

    const values = {
      risk_point_id: input.riskPointId,
      content: input.content,
      standard: input.standard,
      method: input.method,
      inspection_type: input.inspectionType,
      frequency: input.frequency,
      responsible_post_id: input.responsiblePostId,
      edited: 1
    }

    if (input.id === null) {
      const created = await trx
        .insertInto('check_item')
        .values({ ...values, measure_id: input.measureId, dismissed: 0, sort_order: await nextSortOrder(trx, 'check_item') })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(trx, { entity: 'check_item', entityId: created.id, action: 'create', after: values })
      return toCheckItem(await getCheckItemRow(trx, created.id))
    }

    const before = await getCheckItemRow(trx, input.id)
    await trx.updateTable('check_item').set(values).where('id', '=', input.id).execute()
    await audit(trx, { entity: 'check_item', entityId: input.id, action: 'update', before, after: values })
    return toCheckItem(await getCheckItemRow(trx, input.id))
  })
}

/**
 * Removes a check item. An item derived from a measure is only marked removed, so deriving again does not
 * bring it back; an item the user added is deleted.
 */
export async function deleteCheckItem(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getCheckItemRow(trx, id)
    if (before.measure_id === null) await trx.deleteFrom('check_item').where('id', '=', id).execute()
    else await trx.updateTable('check_item').set({ dismissed: 1 }).where('id', '=', id).execute()
    await audit(trx, { entity: 'check_item', entityId: id, action: 'delete', before })
  })
}
