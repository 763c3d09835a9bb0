/**
 * Calendar dates as the school lives them. Dates are stored as YYYY-MM-DD without a time zone. "Today" is
 * the date on the school's wall clock, which differs from the UTC date between 00:00 and 08:00 Beijing time.
 */

/** Time zone of the schools this program is built for (Henan). */
export const defaultSchoolTimeZone = 'Asia/Shanghai'

const millisecondsPerDay = 24 * 60 * 60 * 1000

/** Returns the calendar date (YYYY-MM-DD) that a wall clock in `timeZone` shows at the instant `now`. */
export function localDate(now: Date, timeZone: string = defaultSchoolTimeZone): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** Returns the date and minute ("YYYY-MM-DD HH:MM") that a wall clock in `timeZone` shows at the instant `now`. */
export function localDateTime(now: Date, timeZone: string = defaultSchoolTimeZone): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now)
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? ''
  return `${localDate(now, timeZone)} ${part('hour')}:${part('minute')}`
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, counted on the calendar (no time zone, no daylight saving). */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return Math.round(Date.UTC(year, month - 1, day) / millisecondsPerDay)
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/**
 * Days a deadline is overdue on `today`, or 0 when it is not: a task due on a day may be finished on that
 * day, so it becomes overdue (1 day) only the day after.
 */
export function overdueDays(deadline: string | null, today: string): number {
  if (deadline === null) return 0
  return Math.max(0, daysBetween(deadline, today))
}
