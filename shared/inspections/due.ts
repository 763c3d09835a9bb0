import type { CalendarKind, CalendarPeriodDraft } from '../domain/calendar'
import type { CheckFrequency } from '../domain/checks'
import { addDays } from '../domain/training-summary'
import { periodsOf, type PlanPeriod } from './due-periods'
import { dueCalendar, SchoolDays } from './school-days'

/**
 * Which inspections are due. Each active plan's frequency divides time into periods from the day the plan
 * took effect. A period is done when an inspection of the plan is dated within it, due when it contains
 * today and is not done, and overdue when it ended before today and is not done. The functions are pure,
 * with `today` passed in, so the window, the start-up reminder and the tests agree.
 */

export type DueState = 'done' | 'due' | 'overdue'

export interface DuePeriod extends PlanPeriod {
  state: DueState
  /** The plan's inspections dated within the period. */
  inspectionIds: number[]
}

export interface DuePlan {
  id: number
  name: string
  frequency: CheckFrequency
  beforeKind: CalendarKind | null
  active: boolean
  startsOn: string | null
  endsOn: string | null
  /** The local day the plan was created: periods over before it are not asked for. */
  createdOn: string
}

export interface DueInspection {
  id: number
  planId: number | null
  inspectedOn: string
}

export interface PlanDue {
  planId: number
  planName: string
  /** The periods looked at, oldest first: those ended within the look-back and the one containing today. */
  periods: DuePeriod[]
  /** The period containing today, or null when there is none (a weekend for a daily plan, a holiday for a termly one). */
  current: DuePeriod | null
  overdueCount: number
  /** The first period that starts after today, within a year and before the plan ends. */
  next: PlanPeriod | null
}

export interface DueSummary {
  today: string
  /** Kinds of period the school has not entered, taken at their usual dates. */
  assumedKinds: CalendarKind[]
  /** The term today falls in, or null in a holiday or when the calendar has none. */
  currentTerm: CalendarPeriodDraft | null
  /** Active plans only, in the order given. */
  plans: PlanDue[]
  /** Plans whose current period is not done yet. */
  dueCount: number
  /** Overdue periods over all plans. */
  overdueCount: number
}

/** Days back from today in which an undone period still counts as overdue; older ones are not reported. */
export const defaultLookbackDays = 30

/** How far ahead the next period is looked for. */
const lookaheadDays = 400

function effectiveStart(plan: DuePlan): string {
  return plan.startsOn !== null && plan.startsOn > plan.createdOn ? plan.startsOn : plan.createdOn
}

function judge(period: PlanPeriod, inspections: readonly DueInspection[], today: string): DuePeriod {
  const inspectionIds = inspections.filter((inspection) => period.startsOn <= inspection.inspectedOn && inspection.inspectedOn <= period.endsOn).map((inspection) => inspection.id)
  if (inspectionIds.length > 0) return { ...period, state: 'done', inspectionIds }
  return { ...period, state: period.endsOn < today ? 'overdue' : 'due', inspectionIds }
}

/** Works out one plan's periods on `today`, looking back `lookbackDays` for overdue ones. */
export function planDue(plan: DuePlan, days: SchoolDays, inspections: readonly DueInspection[], today: string, lookbackDays = defaultLookbackDays): PlanDue {
  const start = effectiveStart(plan)
  const lookbackStart = addDays(today, -lookbackDays)
  const earliestEnd = start > lookbackStart ? start : lookbackStart
  const beforeEnd = (period: PlanPeriod) => plan.endsOn === null || period.startsOn <= plan.endsOn
  const candidates = periodsOf(plan.frequency, plan.beforeKind, days, lookbackStart, addDays(today, lookaheadDays)).filter(beforeEnd)

  const own = inspections.filter((inspection) => inspection.planId === plan.id)
  const periods = candidates.filter((period) => period.startsOn <= today && period.endsOn >= earliestEnd).map((period) => judge(period, own, today))
  const current = periods.find((period) => period.startsOn <= today && today <= period.endsOn) ?? null
  const next = candidates.find((period) => period.startsOn > today && period.endsOn >= start) ?? null

  return { planId: plan.id, planName: plan.name, periods, current, overdueCount: periods.filter((period) => period.state === 'overdue').length, next }
}

/** Works out every active plan's due and overdue periods on `today`. */
export function computeDue(
  plans: readonly DuePlan[],
  calendar: readonly CalendarPeriodDraft[],
  inspections: readonly DueInspection[],
  today: string,
  lookbackDays = defaultLookbackDays
): DueSummary {
  const completed = dueCalendar(calendar, today)
  const days = new SchoolDays(completed.periods)
  const results = plans.filter((plan) => plan.active).map((plan) => planDue(plan, days, inspections, today, lookbackDays))

  return {
    today,
    assumedKinds: completed.assumedKinds,
    currentTerm: days.termOf(today) ?? null,
    plans: results,
    dueCount: results.filter((result) => result.current?.state === 'due').length,
    overdueCount: results.reduce((sum, result) => sum + result.overdueCount, 0)
  }
}
