import { AppError } from '../../shared/errors'
import type { CalendarKind, CalendarPeriod, CalendarPeriodDraft, ProposedPeriod } from '../../shared/domain/calendar'
import { localDate } from '../../shared/domain/local-date'
import { proposeCalendar } from '../../shared/inspections/calendar-proposal'
import { calendarPeriodProblem } from '../../shared/inspections/calendar-rules'
import type { CalendarAddInput, CalendarPeriodInput } from '../../shared/schemas/inspection-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'

/** Lists the calendar by start date (then end date and kind, so a term lists before a holiday starting with it). */
export async function listCalendar(db: Executor): Promise<CalendarPeriod[]> {
  const rows = await db.selectFrom('calendar_period').selectAll().orderBy('starts_on').orderBy('ends_on', 'desc').orderBy('id').execute()
  return rows.map((row) => ({ id: row.id, kind: row.kind as CalendarKind, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on }))
}

function assertFits(period: CalendarPeriodDraft & { id?: number | null }, others: readonly CalendarPeriod[]): void {
  const problem = calendarPeriodProblem(period, others)
  if (problem) throw new AppError(problem)
}

function columns(period: CalendarPeriodDraft) {
  return { kind: period.kind, name: period.name, starts_on: period.startsOn, ends_on: period.endsOn }
}

async function insertPeriod(trx: Trx, period: CalendarPeriodDraft): Promise<number> {
  const created = await trx.insertInto('calendar_period').values(columns(period)).returning('id').executeTakeFirstOrThrow()
  return created.id
}

/** Adds or changes a period; a term overlapping another term is refused and nothing changes. */
export async function saveCalendarPeriod(db: Db, input: CalendarPeriodInput): Promise<CalendarPeriod[]> {
  return write(db, async (trx) => {
    const others = await listCalendar(trx)
    assertFits(input, others)

    if (input.id === null) {
      const id = await insertPeriod(trx, input)
      await audit(trx, { entity: 'calendar_period', entityId: id, action: 'create', after: columns(input) })
      return listCalendar(trx)
    }

    const before = others.find((period) => period.id === input.id)
    if (!before) throw new AppError({ code: 'not-found', field: '校历时段', detail: `编号 ${input.id}` })
    await trx.updateTable('calendar_period').set(columns(input)).where('id', '=', input.id).execute()
    await audit(trx, { entity: 'calendar_period', entityId: input.id, action: 'update', before, after: columns(input) })
    return listCalendar(trx)
  })
}

export async function deleteCalendarPeriod(db: Db, id: number): Promise<CalendarPeriod[]> {
  return write(db, async (trx) => {
    const before = (await listCalendar(trx)).find((period) => period.id === id)
    if (!before) throw new AppError({ code: 'not-found', field: '校历时段', detail: `编号 ${id}` })
    await trx.deleteFrom('calendar_period').where('id', '=', id).execute()
    await audit(trx, { entity: 'calendar_period', entityId: id, action: 'delete', before })
    return listCalendar(trx)
  })
}

/**
 * Adds several periods at once (the proposed school year the user confirmed), each checked against the
 * calendar and the ones added before it. One rejected period leaves the calendar unchanged.
 */
export async function addCalendarPeriods(db: Db, input: CalendarAddInput): Promise<CalendarPeriod[]> {
  return write(db, async (trx) => {
    for (const period of input.periods) {
      assertFits(period, await listCalendar(trx))
      await insertPeriod(trx, period)
    }
    await audit(trx, { entity: 'calendar_period', entityId: null, action: 'add-school-year', after: input.periods })
    return listCalendar(trx)
  })
}

/** Proposes the usual school year on `now`, each period marked when it overlaps one of the same kind already entered. */
export async function proposeCalendarPeriods(db: Executor, now = new Date()): Promise<ProposedPeriod[]> {
  const entered = await listCalendar(db)
  return proposeCalendar(localDate(now)).map((period) => {
    const clash = entered.find((other) => other.kind === period.kind && other.startsOn <= period.endsOn && period.startsOn <= other.endsOn)
    return { ...period, overlaps: clash?.name ?? '' }
  })
}
