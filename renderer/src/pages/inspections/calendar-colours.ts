import type { CalendarKind } from '@shared/domain/calendar'

/** Tag colours of the calendar's kinds of period. */
export const kindColours: Record<CalendarKind, string> = {
  term: 'blue',
  holiday: 'green',
  'flood-season': 'cyan',
  'heating-season': 'orange',
  other: 'default'
}
