import { calendarKindLabels, maxPeriodDays, type CalendarPeriod, type CalendarPeriodDraft } from '../domain/calendar'
import { daysBetween } from '../domain/local-date'
import type { AppErrorData } from '../errors'

function overlaps(a: CalendarPeriodDraft, b: CalendarPeriodDraft): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn
}

/**
 * Returns the first problem of a period against the others of the calendar, or undefined when it fits: the
 * end may not come before the start, a period spans at most a year, and terms may not overlap (a day belongs
 * to one term). Holidays and seasons may overlap anything, e.g. 国庆节 lies within a term.
 */
export function calendarPeriodProblem(period: CalendarPeriodDraft & { id?: number | null }, others: readonly CalendarPeriod[]): AppErrorData | undefined {
  if (period.endsOn < period.startsOn) {
    return { code: 'out-of-range', field: '结束日期', value: period.endsOn, detail: `不能早于开始日期（${period.startsOn}）` }
  }
  const days = daysBetween(period.startsOn, period.endsOn) + 1
  if (days > maxPeriodDays) {
    return { code: 'out-of-range', field: '结束日期', value: period.endsOn, detail: `一个时段最长 ${maxPeriodDays} 天，现在是 ${days} 天，请检查年份` }
  }

  const rest = others.filter((other) => other.id !== period.id)
  if (period.kind === 'term') {
    const clash = rest.find((other) => other.kind === 'term' && overlaps(period, other))
    if (clash) return { code: 'calendar-overlap', field: period.name, value: clash.name, detail: `${clash.startsOn} 至 ${clash.endsOn}` }
  }
  const same = rest.find((other) => other.kind === period.kind && other.name === period.name && other.startsOn === period.startsOn && other.endsOn === period.endsOn)
  if (same) return { code: 'duplicate-name', field: calendarKindLabels[period.kind], value: `${same.name}（${same.startsOn} 至 ${same.endsOn}）` }
  return undefined
}
