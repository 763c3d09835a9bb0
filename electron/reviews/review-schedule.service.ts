import { daysBetween, reminderDays, termOf, type ReviewReminder, type ReviewSchedule } from '../../shared/domain/reviews'
import { isValidDate } from '../../shared/schemas/fields'
import type { ReviewScheduleInput } from '../../shared/schemas/review-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'
import { localDate } from '../../shared/domain/local-date'

const termKey = 'reviewTerm'
const dueKey = 'reviewDueOn'

/** Returns today's local date as YYYY-MM-DD: review dates are calendar days where the school is. */
export function localToday(now = new Date()): string {
  return localDate(now)
}

async function readText(db: Executor, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  if (!row) return null
  const value: unknown = JSON.parse(row.value)
  return typeof value === 'string' && value !== '' ? value : null
}

async function storeText(trx: Trx, key: string, value: string): Promise<void> {
  const json = JSON.stringify(value)
  await trx
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: json }))
    .execute()
}

/** Returns the stored schedule, or only the term that `today` falls in when none is stored yet (no due date, no reminder). */
export async function getReviewSchedule(db: Executor, today = localToday()): Promise<ReviewSchedule> {
  const term = await readText(db, termKey)
  const dueOn = await readText(db, dueKey)
  return { term: term ?? termOf(today), dueOn: dueOn !== null && isValidDate(dueOn) ? dueOn : null }
}

export async function saveReviewSchedule(db: Db, input: ReviewScheduleInput): Promise<ReviewSchedule> {
  return write(db, async (trx) => {
    const before = { term: await readText(trx, termKey), dueOn: await readText(trx, dueKey) }
    await storeText(trx, termKey, input.term)
    await storeText(trx, dueKey, input.dueOn ?? '')
    const after = await getReviewSchedule(trx)
    await audit(trx, { entity: 'settings', entityId: null, action: 'update', before: { reviewSchedule: before }, after: { reviewSchedule: after } })
    return after
  })
}

/**
 * Returns the start-up reminder when the current term's review is due within `reminderDays` days or overdue,
 * and null when no due date is set or a review of that term is already recorded.
 */
export async function reviewReminder(db: Executor, today = localToday()): Promise<ReviewReminder | null> {
  const schedule = await getReviewSchedule(db, today)
  if (schedule.dueOn === null) return null

  const done = await db.selectFrom('risk_review').select('id').where('term', '=', schedule.term).executeTakeFirst()
  if (done) return null

  const daysLeft = daysBetween(today, schedule.dueOn)
  return daysLeft <= reminderDays ? { term: schedule.term, dueOn: schedule.dueOn, daysLeft } : null
}
