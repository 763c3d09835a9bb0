import type { AppErrorData } from '../errors'
import type { InspectionPlanInput } from '../schemas/inspection-inputs'

/**
 * Returns the first problem of a plan that no single field shows, or undefined: someone must be
 * responsible, a plan of chosen points or items must choose some, and its date range must run forwards.
 */
export function planProblem(plan: Pick<InspectionPlanInput, 'responsiblePostId' | 'responsibleStaffId' | 'scope' | 'riskPointIds' | 'checkItemIds' | 'startsOn' | 'endsOn'>): AppErrorData | undefined {
  if (plan.responsiblePostId === null && plan.responsibleStaffId === null) return { code: 'required-choice', field: '责任岗位或责任人' }
  if (plan.scope === 'points' && plan.riskPointIds.length === 0) return { code: 'required-choice', field: '风险点' }
  if (plan.scope === 'items' && plan.checkItemIds.length === 0) return { code: 'required-choice', field: '排查项' }
  if (plan.startsOn !== null && plan.endsOn !== null && plan.endsOn < plan.startsOn) {
    return { code: 'out-of-range', field: '结束日期', value: plan.endsOn, detail: `不能早于开始日期（${plan.startsOn}）` }
  }
  return undefined
}
