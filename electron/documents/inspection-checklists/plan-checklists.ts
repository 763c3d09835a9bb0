import type { NumberedItem } from '../../../shared/domain/inspections'
import { numberedChecklist } from '../../../shared/inspections/plan-items'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { a4, cm, type Margins } from '../layout/units'

/**
 * Margins of the checklists: narrower than a manual's GB/T 9704 margins, because a form filled in on site
 * wants room for its rows more than a binding edge; 2.5 cm on the left still leaves room to staple.
 */
export const checklistMargins: Margins = { top: cm(2.5), bottom: cm(2.3), left: cm(2.5), right: cm(2) }
export const checklistTextWidth = a4.width - checklistMargins.left - checklistMargins.right

export type DataPlan = NonNullable<SchoolData['inspectionPlans']>[number]

/** A plan with its checklist numbered as the school file numbers it when results are typed back. */
export interface PlanChecklistData {
  plan: DataPlan
  version: string
  items: NumberedItem[]
}

/** Numbers the checklist of every plan of the snapshot, or of the plans named, in the order given. */
export function planChecklists(data: SchoolData, planIds?: readonly number[]): PlanChecklistData[] {
  const plans = data.inspectionPlans ?? []
  const chosen = planIds ? planIds.flatMap((id) => plans.filter((plan) => plan.id === id)) : plans.filter((plan) => plan.active)
  const points = data.riskPoints.map((point) => ({ id: point.id, sortOrder: point.sortOrder, code: point.code, name: point.name, area: point.area }))
  return chosen.map((plan) => ({ plan, ...numberedChecklist(plan, points, data.checkItems) }))
}

/** The code printed at the top of a checklist and shown where results are typed in: plan number and version, e.g. 3-7F2A. */
export function versionCode(planId: number, version: string): string {
  return `${planId}-${version}`
}
