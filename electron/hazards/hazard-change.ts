import type { Updateable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { HazardDetail } from '../../shared/contract/hazards'
import {
  checkHazardAction,
  hazardActionLabels,
  majorHazardGaps,
  majorHazardPartLabels,
  transitionFacts,
  type HazardAction,
  type HazardEventAction,
  type HazardState
} from '../../shared/domain/hazards'
import type { HazardTable } from '../db/schema'
import { audit, operatorName, write, type Db, type Executor, type Trx } from '../db/transaction'
import { schoolToday } from './dates'
import { getHazardDetail } from './hazard-detail'
import { loadHazardRow, toHazard, type HazardRow } from './hazard-rows'

/**
 * The one way a stored hazard changes: inside one transaction the action is checked against the
 * transition table, the columns are updated, the 重大 rule is checked on the result, and a history event
 * and an audit row are written. Anything that fails rolls the whole change back.
 */

export interface ChangeContext {
  trx: Trx
  /** The hazard as it was before this change. */
  row: HazardRow
  now: Date
  today: string
}

export interface ChangeOutcome {
  set: Updateable<HazardTable>
  /** The history line; its action defaults to the change's action. */
  event: { action?: HazardEventAction; note: string }
  /** Work after the row and the event are written, inside the same transaction (photos, the closure seal). */
  afterWrite?: (trx: Trx) => Promise<void>
}

const rectifyingOrLater: readonly HazardState[] = ['rectifying', 'awaiting-acceptance', 'closed']

/** Refuses an action the hazard's state does not allow, with the reason from the transition table. */
export function assertActionAllowed(row: HazardRow, action: HazardAction): HazardState {
  const check = checkHazardAction(transitionFacts(toHazard(row)), action)
  if (check.allowed) return check.to
  throw new AppError({ code: check.code, field: hazardActionLabels[action], value: row.code, detail: check.reason })
}

/** A 重大 hazard in 整改中 or beyond must have all of 五落实, a 治理方案 and a 上报 record. */
export function assertMajorComplete(row: HazardRow): void {
  if (row.grade !== 'major' || !rectifyingOrLater.includes(row.state as HazardState)) return
  const gaps = majorHazardGaps(toHazard(row))
  if (gaps.length > 0) {
    throw new AppError({ code: 'hazard-major-incomplete', value: row.code, allowed: gaps.map((part) => majorHazardPartLabels[part]) })
  }
}

/** Returns the name written on history lines: the operator set in 设置, or 未署名. */
export async function eventOperator(db: Executor): Promise<string> {
  return (await operatorName(db)) || '未署名'
}

export async function insertEvent(
  trx: Trx,
  event: { hazardId: number; action: HazardEventAction; fromState: string | null; toState: string | null; note: string },
  now: Date
): Promise<void> {
  await trx
    .insertInto('hazard_event')
    .values({
      hazard_id: event.hazardId,
      at: now.toISOString(),
      action: event.action,
      from_state: event.fromState,
      to_state: event.toState,
      operator: await eventOperator(trx),
      note: event.note
    })
    .execute()
}

/** Applies one change to a stored hazard and returns the hazard as the drawer shows it afterwards. */
export async function changeHazard(
  db: Db,
  id: number,
  action: HazardAction,
  now: Date,
  build: (context: ChangeContext) => Promise<ChangeOutcome>
): Promise<HazardDetail> {
  return write(db, async (trx) => {
    const row = await loadHazardRow(trx, id)
    const nextState = assertActionAllowed(row, action)
    const outcome = await build({ trx, row, now, today: schoolToday(now) })

    await trx
      .updateTable('hazard')
      .set({ ...outcome.set, state: nextState, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    const changed = await loadHazardRow(trx, id)
    assertMajorComplete(changed)

    await insertEvent(trx, { hazardId: id, action: outcome.event.action ?? action, fromState: row.state, toState: nextState, note: outcome.event.note }, now)
    await outcome.afterWrite?.(trx)

    const after = await loadHazardRow(trx, id)
    await audit(trx, { entity: 'hazard', entityId: id, action, before: toHazard(row), after: toHazard(after) })
    return getHazardDetail(trx, id, now)
  })
}
