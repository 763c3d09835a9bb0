import type { CalendarKind, CalendarPeriodDraft } from '../domain/calendar'
import { addDays } from '../domain/training-summary'
import { calendarForSchoolYear, proposedSchoolYear } from './calendar-proposal'

/** The calendar the due inspections are worked out on, and the kinds of period it had to assume. */
export interface DueCalendar {
  periods: CalendarPeriodDraft[]
  /** Kinds the school entered no period of, whose usual dates (`calendarForSchoolYear`) were used instead. */
  assumedKinds: CalendarKind[]
}

/** Kinds whose usual dates stand in when the school entered none; 'other' periods are the school's own. */
const assumableKinds: readonly CalendarKind[] = ['term', 'holiday', 'flood-season', 'heating-season']

/**
 * Completes the school's calendar for working out due inspections on `today`: for each kind the school has
 * entered nothing of, the usual periods of last, this and next school year are used, so a new school still
 * gets sensible reminders.
 */
export function dueCalendar(entered: readonly CalendarPeriodDraft[], today: string): DueCalendar {
  const year = proposedSchoolYear(today)
  const usual = [year - 1, year, year + 1].flatMap(calendarForSchoolYear)
  const assumedKinds = assumableKinds.filter((kind) => !entered.some((period) => period.kind === kind))
  const periods = [...entered, ...usual.filter((period) => assumedKinds.includes(period.kind))]
  return { periods: periods.sort((a, b) => a.startsOn.localeCompare(b.startsOn)), assumedKinds }
}

/** Day of the week of a YYYY-MM-DD date: 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay()
}

/** The Monday of the week (Monday to Sunday) a day falls in. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7))
}

/** The last day of the month a day falls in. */
export function monthEndOf(day: string): string {
  const [year, month] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

function within(period: CalendarPeriodDraft, day: string): boolean {
  return period.startsOn <= day && day <= period.endsOn
}

/**
 * School days (上课日): Monday to Friday within a term and outside every holiday.
 * NOTE: weekends made working days by the yearly holiday notice (调休) are not known, so they are not school days.
 */
export class SchoolDays {
  private readonly terms: CalendarPeriodDraft[]
  private readonly holidays: CalendarPeriodDraft[]

  constructor(readonly periods: readonly CalendarPeriodDraft[]) {
    this.terms = periods.filter((period) => period.kind === 'term')
    this.holidays = periods.filter((period) => period.kind === 'holiday')
  }

  isSchoolDay(day: string): boolean {
    const weekday = weekdayOf(day)
    if (weekday === 0 || weekday === 6) return false
    return this.terms.some((term) => within(term, day)) && !this.holidays.some((holiday) => within(holiday, day))
  }

  /** True when a school day falls between the two days, both included. */
  hasSchoolDay(from: string, to: string): boolean {
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (this.isSchoolDay(day)) return true
    }
    return false
  }

  /** The term that contains a day, if any. */
  termOf(day: string): CalendarPeriodDraft | undefined {
    return this.terms.find((term) => within(term, day))
  }

  ofKind(kind: CalendarKind): CalendarPeriodDraft[] {
    return this.periods.filter((period) => period.kind === kind)
  }
}
