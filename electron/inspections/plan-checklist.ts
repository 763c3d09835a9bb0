import type { PlanChecklist } from '../../shared/domain/inspections'
import { numberedChecklist, type ScopedPlan } from '../../shared/inspections/plan-items'
import { listCheckItems } from '../checklist/check-items.service'
import type { Executor } from '../db/transaction'

/** The risk points and check items the plans' checklists are numbered from, read once for many plans. */
export interface ChecklistSource {
  points: { id: number; sortOrder: number; code: string; name: string; area: string }[]
  items: { id: number; riskPointId: number; sortOrder: number; content: string; standard: string }[]
}

export async function loadChecklistSource(db: Executor): Promise<ChecklistSource> {
  const points = await db.selectFrom('risk_point').select(['id', 'sort_order', 'code', 'name', 'area']).execute()
  return {
    points: points.map((point) => ({ id: point.id, sortOrder: point.sort_order, code: point.code, name: point.name, area: point.area })),
    items: await listCheckItems(db)
  }
}

/** Numbers one plan's checklist as it is printed. */
export function checklistOf(plan: ScopedPlan & { id: number }, source: ChecklistSource): PlanChecklist {
  const numbered = numberedChecklist(plan, source.points, source.items)
  return { planId: plan.id, version: numbered.version, items: numbered.items }
}

export async function loadPlanChecklist(db: Executor, plan: ScopedPlan & { id: number }): Promise<PlanChecklist> {
  return checklistOf(plan, await loadChecklistSource(db))
}
