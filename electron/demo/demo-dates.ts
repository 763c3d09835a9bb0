/** Dates of the sample school's term of records. */

/** The day the sample's records run to: every date of the demo term is on or before it. */
export const demoToday = '2026-12-04'

/**
 * Returns the instant of `hour` o'clock on a day in Jiaozuo (UTC+8, no daylight saving), the "now" the
 * services stamp a step of the sample with, so its history reads like a term of real work.
 */
export function demoMoment(day: string, hour = 10): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000)
}
