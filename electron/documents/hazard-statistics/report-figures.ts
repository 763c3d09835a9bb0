import type { SchoolData } from '../../../shared/exchange/school-data'
import { hazardFigures, type HazardFigures } from '../../../shared/statistics/hazard-figures'
import { inspectionFigures, type InspectionTypeFigures } from '../../../shared/statistics/inspection-figures'
import type { ReportPeriod } from '../../../shared/statistics/report-periods'
import type { HazardView } from '../../snapshot/hazard-view'

/** Everything one statistics report prints about its period, counted from the snapshot. */
export interface ReportFigures {
  period: ReportPeriod
  hazards: HazardFigures
  inspections: InspectionTypeFigures[]
  /** True when the school has an active inspection plan, so "due" has a meaning. */
  hasPlans: boolean
  trainings: { sessions: number; hours: number; attendances: number }
}

function trainingFigures(data: SchoolData, period: ReportPeriod): ReportFigures['trainings'] {
  const inPeriod = (data.trainings ?? []).filter((training) => period.startsOn <= training.heldOn && training.heldOn <= period.countedTo)
  return {
    sessions: inPeriod.length,
    hours: inPeriod.reduce((sum, training) => sum + training.hours, 0),
    attendances: inPeriod.reduce((sum, training) => sum + training.attendeeIds.length, 0)
  }
}

export function reportFigures(data: SchoolData, view: HazardView, period: ReportPeriod): ReportFigures {
  const plans = data.inspectionPlans ?? []
  return {
    period,
    hazards: hazardFigures(view.hazards, period, (hazard) => view.areaOf(hazard)),
    inspections: inspectionFigures(plans, data.calendar ?? [], data.inspections ?? [], period),
    hasPlans: plans.some((plan) => plan.active),
    trainings: trainingFigures(data, period)
  }
}
