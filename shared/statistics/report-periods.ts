import { daysBetween } from '../domain/local-date'
import { defaultTerm, type TrainingPeriod } from '../domain/training-summary'
import { monthEndOf } from '../inspections/school-days'

/** The periods the statistics reports cover: the month and the term a day falls in. */

export interface ReportPeriod {
  kind: 'month' | 'term'
  /** Printed name, e.g. 2026年12月 or 2026—2027学年第一学期. */
  name: string
  startsOn: string
  endsOn: string
  /** The last day counted: the period's end, or the report day when the period is still running. */
  countedTo: string
  /** For a term: true when the school's calendar set it, false when the usual dates were assumed. */
  fromCalendar: boolean
}

/** A term in the school's calendar that ended at most this many days before the report day still counts as "this term": the summary is written in the holiday after it. */
const finishedTermDays = 60

function counted(startsOn: string, endsOn: string, today: string): string {
  return endsOn < today ? endsOn : today < startsOn ? startsOn : today
}

/** Returns the calendar month of `today`, counted up to `today`. */
export function monthPeriod(today: string): ReportPeriod {
  const startsOn = `${today.slice(0, 7)}-01`
  const endsOn = monthEndOf(today)
  const name = `${today.slice(0, 4)}年${Number(today.slice(5, 7))}月`
  return { kind: 'month', name, startsOn, endsOn, countedTo: counted(startsOn, endsOn, today), fromCalendar: false }
}

/**
 * Returns the term of `today` from the school's calendar: the term containing it, else the term that ended
 * within the last 60 days (its summary is written in the holiday after it), else the usual term dates.
 */
export function termPeriod(today: string, calendarTerms: readonly TrainingPeriod[]): ReportPeriod {
  const containing = calendarTerms.find((term) => term.startsOn <= today && today <= term.endsOn)
  const finished = [...calendarTerms]
    .filter((term) => term.endsOn < today && daysBetween(term.endsOn, today) <= finishedTermDays)
    .sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0]
  const term = containing ?? finished
  if (term) return { kind: 'term', ...term, countedTo: counted(term.startsOn, term.endsOn, today), fromCalendar: true }

  const usual = defaultTerm(today)
  return { kind: 'term', ...usual, countedTo: counted(usual.startsOn, usual.endsOn, today), fromCalendar: false }
}

/** Lists the calendar months a period touches up to its last counted day, each clipped to the period. */
export function monthsOf(period: Pick<ReportPeriod, 'startsOn' | 'countedTo'>): { label: string; startsOn: string; endsOn: string }[] {
  const months: { label: string; startsOn: string; endsOn: string }[] = []
  let first = `${period.startsOn.slice(0, 7)}-01`
  while (first <= period.countedTo) {
    const last = monthEndOf(first)
    months.push({
      label: `${Number(first.slice(5, 7))}月`,
      startsOn: first < period.startsOn ? period.startsOn : first,
      endsOn: last > period.countedTo ? period.countedTo : last
    })
    const [year, month] = last.split('-').map(Number)
    first = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
  }
  return months
}
