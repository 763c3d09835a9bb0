import { beforeKindLabels } from '../domain/calendar'
import { checkFrequencyLabels } from '../domain/checks'
import { defaultBeforeKind, isBeforeFrequency, type InspectionPlan } from '../domain/inspections'
import { daysBefore } from './due-periods'

/** When a plan is carried out, in words: 每日, 每月, or 每个假期前 7 天内 for a "before" plan. */
export function planScheduleLabel(plan: Pick<InspectionPlan, 'frequency' | 'beforeKind'>): string {
  if (!isBeforeFrequency(plan.frequency)) return checkFrequencyLabels[plan.frequency]
  const kind = plan.beforeKind ?? defaultBeforeKind(plan.frequency) ?? 'holiday'
  return `${beforeKindLabels[kind]} ${daysBefore} 天内`
}
