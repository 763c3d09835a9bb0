import type { RiskPoint } from '../../shared/domain/entities'
import { riskLevelInfo } from '../../shared/domain/levels'
import { grade } from '../../shared/grading/grade'
import type { ValueTables } from '../../shared/grading/value-tables'
import type { RiskInput } from '../../shared/schemas/inputs'
import { audit, write, type Db } from '../db/transaction'
import { assertPostExists } from '../posts/posts.service'
import { getValueTables } from '../settings/settings.service'
import { assertStaffExists } from '../staff/staff.service'
import { analysisLinkOnSave } from '../analysis/risk-link'
import { getRiskPoint, getRiskRow, nextSortOrder } from './risk.repository'

/** The columns a graded risk writes: factors of the chosen method only, the score, level and table version. */
export function gradedColumns(input: RiskInput, tables: ValueTables) {
  const result = grade(
    {
      method: input.method,
      lecL: input.lecL,
      lecE: input.lecE,
      lecC: input.lecC,
      lsL: input.lsL,
      lsS: input.lsS,
      directLevel: input.directLevel === '' ? null : input.directLevel
    },
    tables
  )
  const usesLec = input.method === 'lec'
  const usesLs = input.method === 'ls'

  return {
    method: input.method,
    lec_l: usesLec ? input.lecL : null,
    lec_e: usesLec ? input.lecE : null,
    lec_c: usesLec ? input.lecC : null,
    ls_l: usesLs ? input.lsL : null,
    ls_s: usesLs ? input.lsS : null,
    direct_level: input.method === 'direct' ? result.level : null,
    score: result.score,
    level: result.level,
    control_level: input.controlLevel === '' ? riskLevelInfo[result.level].defaultControlLevel : input.controlLevel,
    value_tables_version: tables.version
  }
}

/** Creates or updates a risk, grading it with the school's value tables; returns its risk point. */
export async function saveRisk(db: Db, input: RiskInput): Promise<RiskPoint> {
  return write(db, async (trx) => {
    await getRiskPoint(trx, input.riskPointId)
    await assertPostExists(trx, input.ownerPostId, '责任岗位')
    await assertStaffExists(trx, input.ownerStaffId, '责任人')
    const tables = await getValueTables(trx)
    const before = input.id === null ? undefined : await getRiskRow(trx, input.id)

    const values = {
      risk_point_id: input.riskPointId,
      hazard: input.hazard,
      factor_type: input.factorType,
      consequence: input.consequence,
      accident_types: JSON.stringify(input.accidentTypes),
      owner_post_id: input.ownerPostId,
      owner_staff_id: input.ownerStaffId,
      analysis_entry_id: await analysisLinkOnSave(trx, input, before),
      ...gradedColumns(input, tables)
    }

    if (before === undefined) {
      const created = await trx
        .insertInto('risk')
        .values({ ...values, library_key: null, sort_order: await nextSortOrder(trx, 'risk') })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(trx, { entity: 'risk', entityId: created.id, action: 'create', after: values })
    } else {
      if (before.risk_point_id !== input.riskPointId) {
        await trx.updateTable('check_item').set({ risk_point_id: input.riskPointId }).where('measure_id', 'in', (eb) =>
          eb.selectFrom('control_measure').select('id').where('risk_id', '=', before.id)
        ).execute()
      }
      await trx.updateTable('risk').set(values).where('id', '=', before.id).execute()
      await audit(trx, { entity: 'risk', entityId: before.id, action: 'update', before, after: values })
    }

    return getRiskPoint(trx, input.riskPointId)
  })
}

export async function deleteRisk(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getRiskRow(trx, id)
    await trx.deleteFrom('risk').where('id', '=', id).execute()
    await audit(trx, { entity: 'risk', entityId: id, action: 'delete', before })
  })
}
