import { isoLocalDate, summariseTraining, type TrainingPeriod, type TrainingSummary } from '../../shared/domain/training-summary'
import type { Executor } from '../db/transaction'
import { listStaff } from '../staff/staff.service'
import { loadTrainings } from './training.repository'

/** Loads the terms the school entered in its calendar, used before the usual term dates are assumed. */
export async function loadCalendarTerms(db: Executor): Promise<TrainingPeriod[]> {
  const rows = await db.selectFrom('calendar_period').select(['name', 'starts_on', 'ends_on']).where('kind', '=', 'term').orderBy('starts_on').execute()
  return rows.map((row) => ({ name: row.name, startsOn: row.starts_on, endsOn: row.ends_on }))
}

/** Sessions and hours per person for the term and the year of a day (today by default), and who missed the term. */
export async function trainingSummary(db: Executor, on: string | null = null): Promise<TrainingSummary> {
  return summariseTraining({
    staff: await listStaff(db),
    trainings: await loadTrainings(db),
    on: on ?? isoLocalDate(new Date()),
    calendarTerms: await loadCalendarTerms(db)
  })
}
