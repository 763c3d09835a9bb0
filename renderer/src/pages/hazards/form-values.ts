import dayjs, { type Dayjs } from 'dayjs'

/** Conversions between the date pickers' values and the YYYY-MM-DD text the channels take. */

export const dateFormat = 'YYYY-MM-DD'

export function toDay(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, dateFormat) : null
}

export function fromDay(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

/** Today on this computer's clock, the default of every date a user records. */
export function today(): Dayjs {
  return dayjs().startOf('day')
}
