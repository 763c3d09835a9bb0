import dayjs, { type Dayjs } from 'dayjs'

/** Conversions between the date pickers' values and the YYYY-MM-DD text the channels take. */

export const dateFormat = 'YYYY-MM-DD'

export function toDay(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, dateFormat) : null
}

export function fromDay(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

/** Records are of what has happened, so later days cannot be picked. */
export function isAfterToday(day: Dayjs): boolean {
  return day.isAfter(dayjs().endOf('day'))
}
