/** The school calendar (校历): terms, holidays and the seasons that call for a check before they start. */

export const calendarKinds = ['term', 'holiday', 'flood-season', 'heating-season', 'other'] as const
export type CalendarKind = (typeof calendarKinds)[number]

export const calendarKindLabels: Record<CalendarKind, string> = {
  term: '学期',
  holiday: '假期',
  'flood-season': '汛期',
  'heating-season': '供暖期',
  other: '其他'
}

/** How a plan due "before" a kind of period names it, e.g. 每学期开学前. */
export const beforeKindLabels: Record<CalendarKind, string> = {
  term: '每学期开学前',
  holiday: '每个假期前',
  'flood-season': '汛期前',
  'heating-season': '供暖期前',
  other: '其他时段前'
}

/** A period of the calendar; both dates are inclusive, as YYYY-MM-DD. */
export interface CalendarPeriod {
  id: number
  kind: CalendarKind
  name: string
  startsOn: string
  endsOn: string
}

export type CalendarPeriodDraft = Omit<CalendarPeriod, 'id'>

/** A proposed period, marked when it overlaps a period of the same kind that the school already entered. */
export interface ProposedPeriod extends CalendarPeriodDraft {
  /** The name of the school's period it overlaps; empty when it fits. */
  overlaps: string
}

/** Longest period accepted, in days: a school year with a leap day. */
export const maxPeriodDays = 366
