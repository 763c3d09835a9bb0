import type { CalendarKind } from '../domain/calendar'
import type { CheckFrequency } from '../domain/checks'
import { addDays } from '../domain/training-summary'
import { mondayOf, monthEndOf, type SchoolDays } from './school-days'

/** The periods a plan's frequency divides time into, each of which wants one inspection. */

/** Days before a period starts in which a "before" inspection is due, the period's first day not included. */
export const daysBefore = 7

export interface PlanPeriod {
  startsOn: string
  endsOn: string
  label: string
}

/** "2026-12-04" → "12月4日". */
export function monthDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

function dayPeriods(days: SchoolDays, from: string, to: string): PlanPeriod[] {
  const periods: PlanPeriod[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (days.isSchoolDay(day)) periods.push({ startsOn: day, endsOn: day, label: monthDay(day) })
  }
  return periods
}

function weekPeriods(days: SchoolDays, from: string, to: string): PlanPeriod[] {
  const periods: PlanPeriod[] = []
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6)
    if (days.hasSchoolDay(monday, sunday)) periods.push({ startsOn: monday, endsOn: sunday, label: `${monthDay(monday)}—${monthDay(sunday)}` })
  }
  return periods
}

function monthPeriods(days: SchoolDays, from: string, to: string): PlanPeriod[] {
  const periods: PlanPeriod[] = []
  for (let first = `${from.slice(0, 7)}-01`; first <= to; first = addDays(monthEndOf(first), 1)) {
    const last = monthEndOf(first)
    if (days.hasSchoolDay(first, last)) periods.push({ startsOn: first, endsOn: last, label: `${first.slice(0, 4)}年${Number(first.slice(5, 7))}月` })
  }
  return periods
}

function yearPeriods(from: string, to: string): PlanPeriod[] {
  const periods: PlanPeriod[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    periods.push({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, label: `${year}年度` })
  }
  return periods
}

function termPeriods(days: SchoolDays, from: string, to: string): PlanPeriod[] {
  return days
    .ofKind('term')
    .filter((term) => term.startsOn <= to && term.endsOn >= from)
    .map((term) => ({ startsOn: term.startsOn, endsOn: term.endsOn, label: term.name }))
}

/** Lists the 7 days before each period of the kind starts, e.g. 9月24日—30日 before 国庆节. */
function beforePeriods(days: SchoolDays, kind: CalendarKind, from: string, to: string): PlanPeriod[] {
  return days
    .ofKind(kind)
    .map((period) => ({ startsOn: addDays(period.startsOn, -daysBefore), endsOn: addDays(period.startsOn, -1), label: `${period.name}前` }))
    .filter((window) => window.startsOn <= to && window.endsOn >= from)
}

/**
 * Lists the periods of a frequency that overlap `from` to `to`, in date order. Per-lesson, per-shift and
 * per-trip checks are counted by school day; weeks (Monday to Sunday) and months count when they hold a
 * school day; a year is the calendar year.
 */
export function periodsOf(frequency: CheckFrequency, beforeKind: CalendarKind | null, days: SchoolDays, from: string, to: string): PlanPeriod[] {
  switch (frequency) {
    case 'perLesson':
    case 'perShift':
    case 'perTrip':
    case 'daily':
      return dayPeriods(days, from, to)
    case 'weekly':
      return weekPeriods(days, from, to)
    case 'monthly':
      return monthPeriods(days, from, to)
    case 'term':
      return termPeriods(days, from, to)
    case 'yearly':
      return yearPeriods(from, to)
    case 'beforeHoliday':
      return beforePeriods(days, beforeKind ?? 'holiday', from, to)
    case 'beforeSeason':
      return beforePeriods(days, beforeKind ?? 'flood-season', from, to)
  }
}
