import type { HazardOption, Incentive, IncentiveKind, IncentiveTargetKind } from '../../shared/domain/incentives'
import { isoLocalDate } from '../../shared/domain/training-summary'
import { AppError } from '../../shared/errors'
import type { IncentiveInput } from '../../shared/schemas/training-inputs'
import { audit, write, type Db, type Executor } from '../db/transaction'

/** 考核奖惩 records: each save or delete is one transaction with its audit row. */

export interface SaveIncentiveOptions {
  /** Today's local date; a decision cannot be recorded for a later day. */
  today?: string
}

/** Hazards offered for linking; a school records a few hundred a year at most. */
const hazardOptionLimit = 500

function baseQuery(db: Executor) {
  return db
    .selectFrom('incentive')
    .leftJoin('hazard', 'hazard.id', 'incentive.hazard_id')
    .selectAll('incentive')
    .select('hazard.code as hazard_code')
}

type IncentiveRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number]

function toIncentive(row: IncentiveRow): Incentive {
  return {
    id: row.id,
    kind: row.kind as IncentiveKind,
    targetKind: row.target_kind as IncentiveTargetKind,
    staffId: row.staff_id,
    targetName: row.target_name,
    decidedOn: row.decided_on,
    reason: row.reason,
    basis: row.basis,
    measure: row.measure,
    approver: row.approver,
    hazardId: row.hazard_id,
    hazardCode: row.hazard_code ?? null
  }
}

/** Lists the records, newest decision first. */
export async function listIncentives(db: Executor): Promise<Incentive[]> {
  const rows = await baseQuery(db).orderBy('incentive.decided_on', 'desc').orderBy('incentive.id', 'desc').execute()
  return rows.map(toIncentive)
}

export async function getIncentive(db: Executor, id: number): Promise<Incentive> {
  const row = await baseQuery(db).where('incentive.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '奖惩记录', detail: `编号 ${id}` })
  return toIncentive(row)
}

/** Returns the name printed as the record's 对象: the person's name from the roster, or the department as typed. */
async function targetName(db: Executor, input: IncentiveInput): Promise<string> {
  if (input.targetKind === 'department') return input.department

  const person = await db.selectFrom('staff').select('name').where('id', '=', input.staffId as number).executeTakeFirst()
  if (!person) throw new AppError({ code: 'not-found', field: '奖惩对象', detail: `教职工编号 ${input.staffId}` })
  return person.name
}

async function assertHazardExists(db: Executor, id: number | null): Promise<void> {
  if (id === null) return
  const row = await db.selectFrom('hazard').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '关联隐患', detail: `隐患编号 ${id}` })
}

export async function saveIncentive(db: Db, input: IncentiveInput, options: SaveIncentiveOptions = {}): Promise<Incentive> {
  const decidedOn = input.decidedOn as string
  const today = options.today ?? isoLocalDate(new Date())
  if (decidedOn > today) {
    throw new AppError({ code: 'out-of-range', field: '奖惩日期', value: decidedOn, detail: `不能晚于今天（${today}），请登记已经作出的奖惩决定` })
  }

  return write(db, async (trx) => {
    await assertHazardExists(trx, input.hazardId)
    const values = {
      kind: input.kind,
      target_kind: input.targetKind,
      staff_id: input.targetKind === 'person' ? input.staffId : null,
      target_name: await targetName(trx, input),
      decided_on: decidedOn,
      reason: input.reason,
      basis: input.basis,
      measure: input.measure,
      approver: input.approver,
      hazard_id: input.hazardId
    }

    if (input.id === null) {
      const created = await trx
        .insertInto('incentive')
        .values({ ...values, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
      const after = await getIncentive(trx, created.id)
      await audit(trx, { entity: 'incentive', entityId: created.id, action: 'create', after })
      return after
    }

    const before = await getIncentive(trx, input.id)
    await trx.updateTable('incentive').set(values).where('id', '=', input.id).execute()
    const after = await getIncentive(trx, input.id)
    await audit(trx, { entity: 'incentive', entityId: input.id, action: 'update', before, after })
    return after
  })
}

export async function deleteIncentive(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getIncentive(trx, id)
    await trx.deleteFrom('incentive').where('id', '=', id).execute()
    await audit(trx, { entity: 'incentive', entityId: id, action: 'delete', before })
  })
}

/** Lists the hidden hazards a record may be linked to, newest first. */
export async function listHazardOptions(db: Executor): Promise<HazardOption[]> {
  const rows = await db
    .selectFrom('hazard')
    .select(['id', 'code', 'description', 'found_on'])
    .orderBy('found_on', 'desc')
    .orderBy('id', 'desc')
    .limit(hazardOptionLimit)
    .execute()
  return rows.map((row) => ({ id: row.id, code: row.code, description: row.description, foundOn: row.found_on }))
}
