import { localDate } from '../../shared/domain/local-date'
import { addDays } from '../../shared/domain/training-summary'
import { computeDue, type DuePlan, type DueSummary } from '../../shared/inspections/due'
import type { InspectionPlan } from '../../shared/domain/inspections'
import type { Executor } from '../db/transaction'
import { listCalendar } from './calendar.service'
import { loadPlans } from './plan-rows'

/** Inspections older than this many days cannot fall in a period still looked at (a year is the longest). */
const inspectionsLookbackDays = 400

export function toDuePlan(plan: InspectionPlan): DuePlan {
  const created = new Date(plan.createdAt)
  return { ...plan, createdOn: Number.isNaN(created.getTime()) ? '1970-01-01' : localDate(created) }
}

/** Works out the due and overdue inspections of every active plan on the school's today. */
export async function dueInspections(db: Executor, now = new Date()): Promise<DueSummary> {
  const today = localDate(now)
  const inspections = await db
    .selectFrom('inspection')
    .select(['id', 'plan_id as planId', 'inspected_on as inspectedOn'])
    .where('inspected_on', '>=', addDays(today, -inspectionsLookbackDays))
    .where('plan_id', 'is not', null)
    .execute()
  const plans = (await loadPlans(db)).map(toDuePlan)
  return computeDue(plans, await listCalendar(db), inspections, today)
}
