import { hazardGrades, hazardStates, type HazardGrade, type HazardState } from '@shared/domain/hazards'
import { riskLevels, type RiskLevel } from '@shared/domain/levels'
import type { DueSummary } from '@shared/inspections/due'

/**
 * The addresses that open a list already filtered, as the start page links to them, and the readers the
 * list pages take their filters from. The query is the page's own state, so a link can be bookmarked or
 * typed.
 */

/** The states a hazard is open in: everything but 已销号. */
export const openHazardStates: readonly HazardState[] = hazardStates.filter((state) => state !== 'closed')

export interface HazardQuery {
  /** 'open' for every state but 已销号. */
  state?: HazardState | 'open'
  grade?: HazardGrade
  overdue?: boolean
}

export function hazardListLink(query: HazardQuery): string {
  const params = new URLSearchParams()
  if (query.state) params.set('state', query.state)
  if (query.grade) params.set('grade', query.grade)
  if (query.overdue) params.set('overdue', '1')
  const text = params.toString()
  return text ? `/hazards?${text}` : '/hazards'
}

/** Reads the hazard filters of an address; unknown values are ignored, so a mistyped link shows the whole list. */
export function parseHazardQuery(params: URLSearchParams): { states: HazardState[]; grade: HazardGrade | ''; overdueOnly: boolean } {
  const state = params.get('state')
  const grade = params.get('grade')
  const states: HazardState[] = state === 'open' ? [...openHazardStates] : (hazardStates as readonly string[]).includes(state ?? '') ? [state as HazardState] : []
  return {
    states,
    grade: (hazardGrades as readonly string[]).includes(grade ?? '') ? (grade as HazardGrade) : '',
    overdueOnly: params.get('overdue') === '1'
  }
}

export type DueFilter = 'due' | 'overdue'

export function inspectionPlansLink(due: DueFilter): string {
  return `/inspections?due=${due}`
}

export function parseDueFilter(params: URLSearchParams): DueFilter | undefined {
  const due = params.get('due')
  return due === 'due' || due === 'overdue' ? due : undefined
}

export function evaluationLink(level: RiskLevel): string {
  return `/wizard/evaluation?level=${level}`
}

export function parseLevel(params: URLSearchParams): RiskLevel | undefined {
  const level = params.get('level')
  return (riskLevels as readonly string[]).includes(level ?? '') ? (level as RiskLevel) : undefined
}

/** Tells whether the due filter selects a plan: its current period not yet done, or a period overdue. */
export function planMatchesDue(summary: DueSummary, planId: number, filter: DueFilter): boolean {
  const entry = summary.plans.find((plan) => plan.planId === planId)
  if (!entry) return false
  return filter === 'due' ? entry.current?.state === 'due' : entry.overdueCount > 0
}

/** The training list's period filter: 'term' keeps the sessions of the current term up to today. */
export type TrainingPeriodFilter = 'term'

export function trainingListLink(period: TrainingPeriodFilter): string {
  return `/training?period=${period}`
}

export function parseTrainingPeriod(params: URLSearchParams): TrainingPeriodFilter | undefined {
  return params.get('period') === 'term' ? 'term' : undefined
}
