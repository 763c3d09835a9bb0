import type { Training } from './training'
import { localDate } from './local-date'

/**
 * Training attendance per person this term and this year, and the list of staff not trained this term
 * (未参训人员). Pure, so the window's summary, the registers and the manuals count the same way.
 */

/** A period with its printed name, dates inclusive, as YYYY-MM-DD. */
export interface TrainingPeriod {
  name: string
  startsOn: string
  endsOn: string
}

export interface TermPeriod extends TrainingPeriod {
  /** True when the school's calendar set the term; false when the usual dates were assumed. */
  fromCalendar: boolean
}

/** Days an absentee has to make a session up: the default 安全教育培训制度 sets two weeks. */
export const makeUpDays = 14

export interface PersonTraining {
  staffId: number
  name: string
  department: string
  termSessions: number
  termHours: number
  yearSessions: number
  yearHours: number
  /** Date of the person's latest session up to the summary's day, in any term. */
  lastHeldOn: string | null
  /** True when the person attended no session this term. */
  untrained: boolean
  /** For an untrained person: two weeks after the latest 全员培训 of the term they missed. */
  makeUpBy: string | null
  makeUpOverdue: boolean
}

export interface TrainingSummary {
  /** The day the summary is for. */
  on: string
  term: TermPeriod
  year: TrainingPeriod
  termSessions: number
  termHours: number
  /** 参训人次: attendees summed over the sessions. */
  termAttendances: number
  yearSessions: number
  yearHours: number
  yearAttendances: number
  people: PersonTraining[]
  untrainedIds: number[]
}

type CountedTraining = Pick<Training, 'id' | 'heldOn' | 'hours' | 'kind' | 'attendeeIds'>

interface SummaryInput {
  staff: readonly { id: number; name: string; department: string }[]
  trainings: readonly CountedTraining[]
  on: string
  /** Terms from the school's calendar; when none contains `on`, the usual term dates are assumed. */
  calendarTerms?: readonly TrainingPeriod[]
}

/** Returns the school's calendar day of an instant as YYYY-MM-DD. */
export function isoLocalDate(date: Date): string {
  return localDate(date)
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const moved = new Date(Date.UTC(year, month - 1, day + days))
  return moved.toISOString().slice(0, 10)
}

/**
 * Returns the term a day falls in when the school has not entered its calendar. Chinese schools run the
 * first term from September to January and the second from February to July. Each holiday is counted with
 * the term after it, so training in the week before school starts counts for the new term.
 */
export function defaultTerm(on: string): TrainingPeriod {
  const year = Number(on.slice(0, 4))
  const month = Number(on.slice(5, 7))

  if (month >= 8) {
    return { name: `${year}—${year + 1}学年第一学期`, startsOn: `${year}-08-01`, endsOn: `${year + 1}-01-31` }
  }
  if (month === 1) {
    return { name: `${year - 1}—${year}学年第一学期`, startsOn: `${year - 1}-08-01`, endsOn: `${year}-01-31` }
  }
  return { name: `${year - 1}—${year}学年第二学期`, startsOn: `${year}-02-01`, endsOn: `${year}-07-31` }
}

export function termOf(on: string, calendarTerms: readonly TrainingPeriod[] = []): TermPeriod {
  const fromCalendar = calendarTerms.find((term) => term.startsOn <= on && on <= term.endsOn)
  return fromCalendar ? { ...fromCalendar, fromCalendar: true } : { ...defaultTerm(on), fromCalendar: false }
}

/** Returns the calendar year of a day, because 年度考核 and the manuals' yearly figures count by it. */
export function yearOf(on: string): TrainingPeriod {
  const year = on.slice(0, 4)
  return { name: `${year}年度`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }
}

function within(period: TrainingPeriod, day: string): boolean {
  return period.startsOn <= day && day <= period.endsOn
}

function totals(sessions: readonly CountedTraining[]) {
  return {
    sessions: sessions.length,
    hours: sessions.reduce((sum, session) => sum + session.hours, 0),
    attendances: sessions.reduce((sum, session) => sum + session.attendeeIds.length, 0)
  }
}

/** Counts sessions and hours per person, as of `on`, for its term and year, and lists who missed the term. */
export function summariseTraining(input: SummaryInput): TrainingSummary {
  const term = termOf(input.on, input.calendarTerms)
  const year = yearOf(input.on)
  // The summary is as of `on`: sessions held after it do not count yet.
  const held = input.trainings.filter((training) => training.heldOn <= input.on)
  const termTrainings = held.filter((training) => within(term, training.heldOn))
  const yearTrainings = held.filter((training) => within(year, training.heldOn))

  // The latest whole-staff session of the term sets the make-up deadline.
  const lastAllStaff = termTrainings
    .filter((training) => training.kind === 'all-staff')
    .reduce<string | null>((latest, training) => (latest === null || training.heldOn > latest ? training.heldOn : latest), null)
  const makeUpBy = lastAllStaff === null ? null : addDays(lastAllStaff, makeUpDays)

  const people = input.staff.map((person): PersonTraining => {
    const attended = (training: CountedTraining) => training.attendeeIds.includes(person.id)
    const inTerm = totals(termTrainings.filter(attended))
    const inYear = totals(yearTrainings.filter(attended))
    const lastHeldOn = held.filter(attended).reduce<string | null>((latest, training) => (latest === null || training.heldOn > latest ? training.heldOn : latest), null)
    const untrained = inTerm.sessions === 0
    return {
      staffId: person.id,
      name: person.name,
      department: person.department,
      termSessions: inTerm.sessions,
      termHours: inTerm.hours,
      yearSessions: inYear.sessions,
      yearHours: inYear.hours,
      lastHeldOn,
      untrained,
      makeUpBy: untrained ? makeUpBy : null,
      makeUpOverdue: untrained && makeUpBy !== null && input.on > makeUpBy
    }
  })

  const termTotals = totals(termTrainings)
  const yearTotals = totals(yearTrainings)
  return {
    on: input.on,
    term,
    year,
    termSessions: termTotals.sessions,
    termHours: termTotals.hours,
    termAttendances: termTotals.attendances,
    yearSessions: yearTotals.sessions,
    yearHours: yearTotals.hours,
    yearAttendances: yearTotals.attendances,
    people,
    untrainedIds: people.filter((person) => person.untrained).map((person) => person.staffId)
  }
}

/** Prints hours without a trailing .0: 2, 1.5. */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1)
}
