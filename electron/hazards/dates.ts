import { AppError } from '../../shared/errors'
import { localDate } from '../../shared/domain/local-date'

/** Returns the school's calendar date at `now` (Beijing time), against which overdue and "not in the future" are judged. */
export function schoolToday(now: Date): string {
  return localDate(now)
}

/** Refuses a date after today: a hazard cannot be found, rectified or accepted tomorrow. */
export function assertNotFuture(value: string, field: string, today: string): void {
  if (value > today) throw new AppError({ code: 'out-of-range', field, value, detail: `不能晚于今天（${today}）` })
}

/** Refuses a date before an earlier step of the loop, e.g. a rectification before the hazard was found. */
export function assertNotBefore(value: string, field: string, earlier: string | null, earlierLabel: string): void {
  if (earlier !== null && value < earlier) {
    throw new AppError({ code: 'out-of-range', field, value, detail: `不能早于${earlierLabel}（${earlier}）` })
  }
}
