import type { Selectable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { CalendarKind } from '../../shared/domain/calendar'
import type { CheckFrequency, InspectionType } from '../../shared/domain/checks'
import type { InspectionPlan, PlanScope } from '../../shared/domain/inspections'
import type { InspectionPlanTable } from '../db/schema'
import type { Executor } from '../db/transaction'

type PlanRow = Selectable<InspectionPlanTable>

function toPlan(row: PlanRow, riskPointIds: number[], checkItemIds: number[]): InspectionPlan {
  return {
    id: row.id,
    name: row.name,
    inspectionType: row.inspection_type as InspectionType,
    frequency: row.frequency as CheckFrequency,
    beforeKind: row.before_kind as CalendarKind | null,
    responsiblePostId: row.responsible_post_id,
    responsibleStaffId: row.responsible_staff_id,
    scope: row.scope as PlanScope,
    riskPointIds,
    checkItemIds,
    active: row.active === 1,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    note: row.note,
    createdAt: row.created_at
  }
}

function groupIds(rows: readonly { plan_id: number; id: number }[]): Map<number, number[]> {
  const byPlan = new Map<number, number[]>()
  for (const row of rows) byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row.id])
  return byPlan
}

/** Loads the plans with their chosen points and items, in the order they were created. */
export async function loadPlans(db: Executor, ids?: readonly number[]): Promise<InspectionPlan[]> {
  let query = db.selectFrom('inspection_plan').selectAll().orderBy('id')
  if (ids) query = query.where('id', 'in', ids.length > 0 ? [...ids] : [0])
  const rows = await query.execute()

  const points = await db.selectFrom('inspection_plan_point').select(['plan_id', 'risk_point_id as id']).orderBy('risk_point_id').execute()
  const items = await db.selectFrom('inspection_plan_item').select(['plan_id', 'check_item_id as id']).orderBy('check_item_id').execute()
  const pointsByPlan = groupIds(points)
  const itemsByPlan = groupIds(items)
  return rows.map((row) => toPlan(row, pointsByPlan.get(row.id) ?? [], itemsByPlan.get(row.id) ?? []))
}

export async function loadPlan(db: Executor, id: number): Promise<InspectionPlan> {
  const [plan] = await loadPlans(db, [id])
  if (!plan) throw new AppError({ code: 'not-found', field: '排查计划', detail: `编号 ${id}` })
  return plan
}
