import type { CalendarPeriodDraft } from '../domain/calendar'
import { inspectionTypeLabels, inspectionTypes, type CheckFrequency, type InspectionType } from '../domain/checks'
import type { CalendarKind } from '../domain/calendar'
import { daysBetween, localDate } from '../domain/local-date'
import { planDue } from '../inspections/due'
import { dueCalendar, SchoolDays } from '../inspections/school-days'
import type { ReportPeriod } from './report-periods'

/**
 * Inspections done against inspections due, per 排查类型, over a report period: the plans' periods that fell
 * due in it (from the same due computation as the reminders) and how many of them an inspection covered,
 * beside the number of inspection records of the type, planned or not.
 */

/** The plan fields the figures read. */
export interface CountedPlan {
  id: number
  name: string
  inspectionType: InspectionType
  frequency: CheckFrequency
  beforeKind: CalendarKind | null
  active: boolean
  startsOn: string | null
  endsOn: string | null
  /** ISO instant the plan was created: periods over before that day are not asked for. */
  createdAt: string
}

export interface CountedInspection {
  id: number
  planId: number | null
  inspectionType: InspectionType
  inspectedOn: string
}

export interface InspectionTypeFigures {
  type: InspectionType
  label: string
  /** Periods of the type's active plans that started by the period's last counted day and end in or after its start. */
  due: number
  /** Of those, the periods an inspection of the plan covered. */
  done: number
  /** Of those, the periods that ended without one. */
  missed: number
  /** Of those, the periods still running on the last counted day and not done yet. */
  running: number
  /** Inspection records of the type dated within the period, under a plan or not. */
  records: number
}

function createdOn(createdAt: string): string {
  const created = new Date(createdAt)
  return Number.isNaN(created.getTime()) ? '1970-01-01' : localDate(created)
}

/**
 * Counts, per inspection type with a plan or a record, the periods due and done within `period`. Only plans
 * active now are counted, because the file keeps no history of a plan's switching on and off.
 */
export function inspectionFigures(
  plans: readonly CountedPlan[],
  calendar: readonly CalendarPeriodDraft[],
  inspections: readonly CountedInspection[],
  period: ReportPeriod
): InspectionTypeFigures[] {
  const end = period.countedTo
  const days = new SchoolDays(dueCalendar(calendar, end).periods)
  const lookback = Math.max(0, daysBetween(period.startsOn, end))
  const figures = new Map<InspectionType, InspectionTypeFigures>()
  const figuresOf = (type: InspectionType) => {
    let entry = figures.get(type)
    if (!entry) {
      entry = { type, label: inspectionTypeLabels[type], due: 0, done: 0, missed: 0, running: 0, records: 0 }
      figures.set(type, entry)
    }
    return entry
  }

  for (const plan of plans.filter((candidate) => candidate.active)) {
    const own = inspections.filter((inspection) => inspection.planId === plan.id)
    const due = planDue({ ...plan, createdOn: createdOn(plan.createdAt) }, days, own, end, lookback)
    const entry = figuresOf(plan.inspectionType)
    entry.due += due.periods.length
    entry.done += due.periods.filter((candidate) => candidate.state === 'done').length
    entry.missed += due.periods.filter((candidate) => candidate.state === 'overdue').length
    entry.running += due.periods.filter((candidate) => candidate.state === 'due').length
  }

  for (const inspection of inspections) {
    if (period.startsOn <= inspection.inspectedOn && inspection.inspectedOn <= end) figuresOf(inspection.inspectionType).records += 1
  }

  return inspectionTypes.filter((type) => figures.has(type)).map((type) => figuresOf(type))
}
