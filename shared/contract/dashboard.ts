import type { HazardGrade } from '../domain/hazards'
import type { RiskLevel } from '../domain/levels'
import { emptyInput } from '../schemas/inputs'
import { channel } from './channel-def'

/** The start page's figures, each the count of a list the page links to. */
export interface DashboardSummary {
  /** The school's calendar day the figures are counted on. */
  today: string
  hazards: {
    /** Hazards not yet closed (销号), by grade. */
    open: Record<HazardGrade, number>
    /** Open hazards past their deadline. */
    overdue: number
  }
  inspections: {
    /** Plans whose current period has no inspection yet. */
    due: number
    /** Periods of the last 30 days that ended without an inspection, over all plans. */
    overdue: number
    /** Plans with at least one such period: the plans the overdue filter of the plans list shows. */
    overduePlans: number
    /** Active inspection plans; 0 means the school has not planned its inspections yet. */
    plans: number
  }
  risks: {
    byLevel: Record<RiskLevel, number>
    riskPoints: number
  }
  review: {
    /** Date and term of the latest termly risk review, or null before the first. */
    lastReviewedOn: string | null
    lastTerm: string | null
    /** When the current term's review is due, as set on the review page; null when not set. */
    nextDueOn: string | null
    /** The term the schedule is for. */
    term: string
    /** True when the current term's review is already recorded. */
    doneThisTerm: boolean
    /** Date of the current term's review (the latest, if recorded twice), or null while it is not recorded. */
    thisTermReviewedOn: string | null
  }
  trainings: {
    /** The term counted: from the school calendar, or the usual dates. */
    term: string
    sessions: number
    hours: number
  }
}

export const dashboardChannels = {
  'dashboard:get': channel<DashboardSummary>()(emptyInput)
} as const
