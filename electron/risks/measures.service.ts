import type { RiskPoint } from '../../shared/domain/entities'
import type { MeasureInput } from '../../shared/schemas/inputs'
import { audit, write, type Db } from '../db/transaction'
import { assertPostExists } from '../posts/posts.service'
import { assertStaffExists } from '../staff/staff.service'
import { getMeasureRow, getRiskPoint, getRiskRow, nextSortOrder } from './risk.repository'

/** Creates or updates a control measure; returns the risk point it belongs to. */
export async function saveMeasure(db: Db, input: MeasureInput): Promise<RiskPoint> {
  return write(db, async (trx) => {
    const risk = await getRiskRow(trx, input.riskId)
    await assertPostExists(trx, input.ownerPostId, '责任岗位')
    await assertStaffExists(trx, input.ownerStaffId, '责任人')

    const values = {
      risk_id: input.riskId,
      category: input.category,
      content: input.content,
      control_level: input.controlLevel,
      owner_post_id: input.ownerPostId,
      owner_staff_id: input.ownerStaffId
    }

    if (input.id === null) {
      const created = await trx
        .insertInto('control_measure')
        .values({ ...values, sort_order: await nextSortOrder(trx, 'control_measure') })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(trx, { entity: 'control_measure', entityId: created.id, action: 'create', after: values })
    } else {
      const before = await getMeasureRow(trx, input.id)
      await trx.updateTable('control_measure').set(values).where('id', '=', input.id).execute()
      await audit(trx, { entity: 'control_measure', entityId: input.id, action: 'update', before, after: values })
    }

    return getRiskPoint(trx, risk.risk_point_id)
  })
}

/**
 * Deletes a measure. A check item derived from it goes too, unless the user edited that item: then it
 * stays as a stand-alone item of the risk point.
 */
export async function deleteMeasure(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getMeasureRow(trx, id)
    await trx.updateTable('check_item').set({ measure_id: null }).where('measure_id', '=', id).where('edited', '=', 1).execute()
    await trx.deleteFrom('control_measure').where('id', '=', id).execute()
    await audit(trx, { entity: 'control_measure', entityId: id, action: 'delete', before })
  })
}
