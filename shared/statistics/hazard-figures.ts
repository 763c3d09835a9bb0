import { hazardGradeShortLabels, hazardGrades, type HazardGrade, type HazardState } from '../domain/hazards'
import { overdueDays } from '../domain/local-date'
import { monthsOf, type ReportPeriod } from './report-periods'

/**
 * The hazard figures of a statistics report, counted from the ledger as it stood on the period's last
 * counted day: found and closed within the period, open and overdue at its end, by grade, by area and by
 * month. Pure, so the report, the tests and any later screen count the same way.
 */

/** The hazard fields the figures read. */
export interface CountedHazard {
  id: number
  code: string
  description: string
  place: string
  riskPointId: number | null
  foundOn: string
  grade: HazardGrade
  state: HazardState
  deadline: string | null
  rectifiedOn: string | null
  closedOn: string | null
  fixedOnTheSpot: boolean
  responsible: { name: string }
}

export interface HazardCounts {
  /** Found within the period. */
  found: number
  /** Closed (销号) within the period. */
  closed: number
  /** Found by the period's last counted day and not closed by then. */
  open: number
  /** Open at the period's end and past their deadline then. */
  overdue: number
}

export interface GroupFigures extends HazardCounts {
  label: string
}

export interface MonthFigures {
  label: string
  startsOn: string
  endsOn: string
  found: number
  closed: number
}

/** An open hazard on the 督办 list, with its days past the deadline at the period's end. */
export interface SupervisedHazard extends CountedHazard {
  area: string
  overdueDays: number
}

export interface HazardFigures {
  period: ReportPeriod
  totals: HazardCounts & {
    /**
     * Closed within the period and rectified no later than their deadline (or without one): 按期整改. The
     * days between rectification, acceptance and 销号 are not held against the one who rectified.
     */
    closedOnTime: number
    /** closedOnTime / closed, or null when nothing was closed. */
    onTimeRate: number | null
    /** Found within the period and fixed where they were found (立查立改). */
    fixedOnTheSpot: number
  }
  byGrade: (GroupFigures & { grade: HazardGrade })[]
  /** Areas with any hazard counted, most open first, then most found. */
  byArea: GroupFigures[]
  /** The months of the period up to its last counted day. */
  byMonth: MonthFigures[]
  /** 督办: open 重大 hazards and open overdue ones at the period's end, 重大 first, then longest overdue. */
  supervision: SupervisedHazard[]
}

function within(day: string | null, from: string, to: string): boolean {
  return day !== null && from <= day && day <= to
}

/** True when the hazard was found by `day` and not yet closed on it. */
export function openOn(hazard: CountedHazard, day: string): boolean {
  return hazard.foundOn <= day && !(hazard.closedOn !== null && hazard.closedOn <= day)
}

function counts(hazards: readonly CountedHazard[], period: ReportPeriod): HazardCounts {
  const end = period.countedTo
  return {
    found: hazards.filter((hazard) => within(hazard.foundOn, period.startsOn, end)).length,
    closed: hazards.filter((hazard) => within(hazard.closedOn, period.startsOn, end)).length,
    open: hazards.filter((hazard) => openOn(hazard, end)).length,
    overdue: hazards.filter((hazard) => openOn(hazard, end) && overdueDays(hazard.deadline, end) > 0).length
  }
}

/** True when a hazard touches the period: found or closed in it, or open at its end. */
function counted(hazard: CountedHazard, period: ReportPeriod): boolean {
  return within(hazard.foundOn, period.startsOn, period.countedTo) || within(hazard.closedOn, period.startsOn, period.countedTo) || openOn(hazard, period.countedTo)
}

function byArea(hazards: readonly CountedHazard[], period: ReportPeriod, areaOf: (hazard: CountedHazard) => string): GroupFigures[] {
  const groups = new Map<string, CountedHazard[]>()
  for (const hazard of hazards) {
    if (!counted(hazard, period)) continue
    const area = areaOf(hazard)
    const members = groups.get(area)
    if (members) members.push(hazard)
    else groups.set(area, [hazard])
  }
  return [...groups.entries()]
    .map(([label, members]) => ({ label, ...counts(members, period) }))
    .sort((a, b) => b.open - a.open || b.found - a.found || a.label.localeCompare(b.label, 'zh-CN'))
}

function supervision(hazards: readonly CountedHazard[], period: ReportPeriod, areaOf: (hazard: CountedHazard) => string): SupervisedHazard[] {
  const end = period.countedTo
  return hazards
    .filter((hazard) => openOn(hazard, end) && (hazard.grade === 'major' || overdueDays(hazard.deadline, end) > 0))
    .map((hazard) => ({ ...hazard, area: areaOf(hazard), overdueDays: overdueDays(hazard.deadline, end) }))
    .sort((a, b) => Number(b.grade === 'major') - Number(a.grade === 'major') || b.overdueDays - a.overdueDays || a.code.localeCompare(b.code))
}

/**
 * Counts the hazard figures of a period. `areaOf` names the area a hazard is counted under (its risk
 * point's area); hazards without one are grouped by what it returns for them.
 */
export function hazardFigures(hazards: readonly CountedHazard[], period: ReportPeriod, areaOf: (hazard: CountedHazard) => string): HazardFigures {
  const closedInPeriod = hazards.filter((hazard) => within(hazard.closedOn, period.startsOn, period.countedTo))
  const closedOnTime = closedInPeriod.filter((hazard) => hazard.deadline === null || (hazard.rectifiedOn ?? hazard.closedOn ?? '') <= hazard.deadline).length
  const total = counts(hazards, period)

  return {
    period,
    totals: {
      ...total,
      closedOnTime,
      onTimeRate: total.closed > 0 ? closedOnTime / total.closed : null,
      fixedOnTheSpot: hazards.filter((hazard) => hazard.fixedOnTheSpot && within(hazard.foundOn, period.startsOn, period.countedTo)).length
    },
    byGrade: hazardGrades.map((grade) => ({ grade, label: hazardGradeShortLabels[grade], ...counts(hazards.filter((hazard) => hazard.grade === grade), period) })),
    byArea: byArea(hazards, period, areaOf),
    byMonth: monthsOf(period).map((month) => ({
      ...month,
      found: hazards.filter((hazard) => within(hazard.foundOn, month.startsOn, month.endsOn)).length,
      closed: hazards.filter((hazard) => within(hazard.closedOn, month.startsOn, month.endsOn)).length
    })),
    supervision: supervision(hazards, period, areaOf)
  }
}
