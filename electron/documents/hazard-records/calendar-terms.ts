import type { TrainingPeriod } from '../../../shared/domain/training-summary'
import type { SchoolData } from '../../../shared/exchange/school-data'

/** The terms of the school's calendar (校历) in a snapshot, by start date; empty when it carries no calendar. */
export function calendarTerms(data: Pick<SchoolData, 'calendar'>): TrainingPeriod[] {
  return (data.calendar ?? [])
    .filter((period) => period.kind === 'term')
    .map((period) => ({ name: period.name, startsOn: period.startsOn, endsOn: period.endsOn }))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
}
