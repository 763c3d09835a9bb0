import type { GradingMethod } from '../grading/grade'
import type { RiskPoint } from './entities'
import type { RiskLevel } from './levels'

/**
 * The termly risk review (风险评审): each review keeps a snapshot of the risk list, and comparing it with the
 * previous review's snapshot gives the change record printed in the risk control manual.
 */

/** One risk as a review recorded it. */
export interface ReviewSnapshotEntry {
  riskId: number
  pointCode: string
  pointName: string
  hazard: string
  level: RiskLevel
  score: number | null
  method: GradingMethod
}

/** A risk whose level differs between two reviews. */
export interface ReviewLevelChange {
  riskId: number
  pointCode: string
  pointName: string
  hazard: string
  levelBefore: RiskLevel
  levelAfter: RiskLevel
  scoreBefore: number | null
  scoreAfter: number | null
}

export interface ReviewComparison {
  /** True for the first review, which has nothing to compare with. */
  first: boolean
  added: ReviewSnapshotEntry[]
  removed: ReviewSnapshotEntry[]
  changed: ReviewLevelChange[]
}

export interface RiskReview {
  id: number
  /** 学期, e.g. 2026—2027学年第一学期. */
  term: string
  reviewedOn: string
  reviewer: string
  summary: string
  createdAt: string
  snapshot: ReviewSnapshotEntry[]
}

/** A review as the review page lists it: the snapshot summed up, and compared with the review before it. */
export interface RiskReviewRecord extends Omit<RiskReview, 'snapshot'> {
  riskCount: number
  counts: Record<RiskLevel, number>
  comparison: ReviewComparison
}

/** The review schedule kept in the settings: the current term and the date its review is due. */
export interface ReviewSchedule {
  term: string
  dueOn: string | null
}

/** The start-up reminder: the current term's review is due within `reminderDays` days, or overdue. */
export interface ReviewReminder {
  term: string
  dueOn: string
  /** Days from today to the due date; negative once overdue. */
  daysLeft: number
}

/** The risk list as it is now, compared with the latest review: the record a review completed now would make. */
export interface PendingReview {
  previous: { term: string; reviewedOn: string } | null
  riskCount: number
  comparison: ReviewComparison
}

/** Days before the due date from which the app reminds at start-up. */
export const reminderDays = 14

/** Takes the snapshot of a risk list, in the order the points and risks are listed. */
export function snapshotOf(points: readonly RiskPoint[]): ReviewSnapshotEntry[] {
  return points.flatMap((point) =>
    point.risks.map((risk) => ({
      riskId: risk.id,
      pointCode: point.code,
      pointName: point.name,
      hazard: risk.hazard,
      level: risk.level,
      score: risk.score,
      method: risk.method
    }))
  )
}

/**
 * Compares two snapshots by risk id: risks only in the later one were added, risks only in the earlier one
 * were removed, and risks in both whose level differs changed level. A risk deleted and entered again has a
 * new id, so it shows as removed and added.
 */
export function compareSnapshots(previous: readonly ReviewSnapshotEntry[] | null, current: readonly ReviewSnapshotEntry[]): ReviewComparison {
  if (previous === null) return { first: true, added: [], removed: [], changed: [] }

  const before = new Map(previous.map((entry) => [entry.riskId, entry]))
  const after = new Map(current.map((entry) => [entry.riskId, entry]))
  const changed: ReviewLevelChange[] = []
  for (const entry of current) {
    const old = before.get(entry.riskId)
    if (!old || old.level === entry.level) continue
    changed.push({
      riskId: entry.riskId,
      pointCode: entry.pointCode,
      pointName: entry.pointName,
      hazard: entry.hazard,
      levelBefore: old.level,
      levelAfter: entry.level,
      scoreBefore: old.score,
      scoreAfter: entry.score
    })
  }

  return {
    first: false,
    added: current.filter((entry) => !before.has(entry.riskId)),
    removed: previous.filter((entry) => !after.has(entry.riskId)),
    changed
  }
}

/**
 * Returns the term a date falls in, as schools name it: September to January is the first term of the school
 * year starting that September, February to August the second term of the year that started the September
 * before. A suggestion for the settings form only.
 */
export function termOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number)
  if (month >= 9) return `${year}—${year + 1}学年第一学期`
  if (month === 1) return `${year - 1}—${year}学年第一学期`
  return `${year - 1}—${year}学年第二学期`
}

/** Days from one YYYY-MM-DD date to another, counted in calendar days. */
export function daysBetween(from: string, to: string): number {
  const toUtc = (value: string) => {
    const [year, month, day] = value.split('-').map(Number)
    return Date.UTC(year, month - 1, day)
  }
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000)
}
