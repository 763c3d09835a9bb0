import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import type { HazardListResult, HazardListRow } from '../../shared/contract/hazards'
import { hazardOverdueDays, hazardStates, type HazardCategory, type HazardGrade, type HazardState } from '../../shared/domain/hazards'
import type { HazardListInput } from '../../shared/schemas/hazard-inputs'
import type { Database } from '../db/schema'
import type { Executor } from '../db/transaction'
import { schoolToday } from './dates'

/**
 * The hazard list, filtered, sorted and paged in SQLite so a ledger of tens of thousands of hazards sends
 * the window one page at a time. Overdue is computed here from the deadline and the school's today; it is
 * never stored.
 */

type HazardExpressions = ExpressionBuilder<Database, 'hazard'>
type Condition = (eb: HazardExpressions) => Expression<SqlBool>

/** Rows a page returns when the caller names no limit. */
const defaultPageSize = 100

/**
 * Open and past the deadline. The literal state test lets SQLite use the partial index on deadline, whose
 * WHERE clause is the same text.
 */
function overdue(today: string): Condition {
  return () => sql<SqlBool>`(hazard.state != 'closed' AND hazard.deadline < ${today})`
}

/** LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

function filterConditions(input: HazardListInput, today: string, withStates: boolean): Condition[] {
  const conditions: Condition[] = []
  if (withStates && input.states.length > 0) conditions.push((eb) => eb('hazard.state', 'in', input.states))
  if (input.grade !== '') conditions.push((eb) => eb('hazard.grade', '=', input.grade))
  if (input.overdueOnly) conditions.push(overdue(today))
  if (input.riskPointId !== null) {
    const riskPointId = input.riskPointId
    conditions.push((eb) => eb('hazard.risk_point_id', '=', riskPointId))
  }
  if (input.foundFrom !== null) {
    const from = input.foundFrom
    conditions.push((eb) => eb('hazard.found_on', '>=', from))
  }
  if (input.foundTo !== null) {
    const to = input.foundTo
    conditions.push((eb) => eb('hazard.found_on', '<=', to))
  }
  if (input.text !== '') {
    const pattern = containsPattern(input.text)
    conditions.push(
      () =>
        sql<SqlBool>`(hazard.description LIKE ${pattern} ESCAPE '\\' OR hazard.place LIKE ${pattern} ESCAPE '\\' OR hazard.code LIKE ${pattern} ESCAPE '\\' OR hazard.responsible_name LIKE ${pattern} ESCAPE '\\' OR hazard.found_by_name LIKE ${pattern} ESCAPE '\\')`
    )
  }
  return conditions
}

function whereAll(conditions: Condition[]) {
  return (eb: HazardExpressions) => eb.and(conditions.map((condition) => condition(eb)))
}

/**
 * Returns the ORDER BY of a sort field. Every order ends with the id, so pages never overlap or skip a row.
 * With `viaFilterIndex` the leading column is written as `+column`, which keeps SQLite from walking the
 * whole found-date or code index just to avoid a sort. The overdue filter is selective (few open hazards
 * are late), so reading the deadline index and sorting the few rows it yields is faster. Without ANALYZE
 * statistics SQLite cannot know that.
 */
function orderClause(field: HazardListInput['sortField'], order: 'asc' | 'desc', viaFilterIndex = false) {
  const direction = sql.raw(order === 'asc' ? 'ASC' : 'DESC')
  const lead = sql.raw(viaFilterIndex ? '+' : '')
  switch (field) {
    case 'code':
      return sql`${lead}hazard.code ${direction}`
    case 'deadline':
      return sql`hazard.deadline IS NULL, hazard.deadline ${direction}, hazard.id ${direction}`
    case 'grade':
      return sql`(hazard.grade = 'major') ${direction}, hazard.found_on DESC, hazard.id DESC`
    case 'state':
      return sql`CASE hazard.state WHEN 'reported' THEN 0 WHEN 'rectifying' THEN 1 WHEN 'awaiting-acceptance' THEN 2 ELSE 3 END ${direction}, hazard.found_on DESC, hazard.id DESC`
    case 'foundOn':
    case '':
      return sql`${lead}hazard.found_on ${direction}, hazard.id ${direction}`
  }
}

async function pointLabels(db: Executor, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (wanted.length === 0) return new Map()
  const points = await db.selectFrom('risk_point').select(['id', 'code', 'name']).where('id', 'in', wanted).execute()
  return new Map(points.map((point) => [point.id, `${point.code} ${point.name}`]))
}

async function pageRows(db: Executor, conditions: Condition[], order: ReturnType<typeof orderClause>, offset: number, limit: number, today: string): Promise<HazardListRow[]> {
  const rows = await db
    .selectFrom('hazard')
    .select([
      'id', 'code', 'description', 'place', 'risk_point_id', 'found_on', 'found_by_name', 'category', 'grade', 'state',
      'responsible_name', 'deadline', 'fixed_on_the_spot', 'accepted_on', 'closed_on'
    ])
    .where(whereAll(conditions))
    .orderBy(order)
    .limit(limit)
    .offset(offset)
    .execute()
  const labels = await pointLabels(db, rows.map((row) => row.risk_point_id))

  return rows.map((row) => {
    const state = row.state as HazardState
    return {
      id: row.id,
      code: row.code,
      description: row.description,
      place: row.place,
      riskPointId: row.risk_point_id,
      riskPointLabel: row.risk_point_id === null ? '' : (labels.get(row.risk_point_id) ?? ''),
      foundOn: row.found_on,
      foundByName: row.found_by_name,
      category: row.category as HazardCategory,
      grade: row.grade as HazardGrade,
      state,
      responsibleName: row.responsible_name,
      deadline: row.deadline,
      overdueDays: hazardOverdueDays({ state, deadline: row.deadline }, today),
      fixedOnTheSpot: row.fixed_on_the_spot === 1,
      accepted: row.accepted_on !== null,
      closedOn: row.closed_on
    }
  })
}

interface Tally {
  counts: Record<HazardState, number>
  overdueCount: number
}

/** Counts the hazards per state, and the overdue ones among them, in one pass over the rows that match. */
async function tally(db: Executor, conditions: Condition[], today: string): Promise<Tally> {
  const rows = await db
    .selectFrom('hazard')
    .select((eb) => [
      'state',
      eb.fn.countAll<number>().as('count'),
      sql<number>`sum(CASE WHEN hazard.state != 'closed' AND hazard.deadline < ${today} THEN 1 ELSE 0 END)`.as('overdue')
    ])
    .where(whereAll(conditions))
    .groupBy('state')
    .execute()

  const counts = Object.fromEntries(hazardStates.map((state) => [state, 0])) as Record<HazardState, number>
  let overdueCount = 0
  for (const row of rows) {
    if ((hazardStates as readonly string[]).includes(row.state)) counts[row.state as HazardState] = Number(row.count)
    overdueCount += Number(row.overdue)
  }
  return { counts, overdueCount }
}

/**
 * Returns one page of the ledger with the total, the per-state counts for the tabs and the overdue count.
 * The counts ignore the state filter, so the total is the sum of the counts of the states asked for.
 */
export async function listHazards(db: Executor, input: HazardListInput, now = new Date()): Promise<HazardListResult> {
  const today = schoolToday(now)
  const conditions = filterConditions(input, today, true)
  const order = orderClause(input.sortField, input.sortOrder === 'asc' ? 'asc' : 'desc', input.overdueOnly)

  const rows = await pageRows(db, conditions, order, input.offset ?? 0, input.limit ?? defaultPageSize, today)
  const { counts, overdueCount } = await tally(db, filterConditions(input, today, false), today)
  const states: readonly HazardState[] = input.states.length > 0 ? input.states : hazardStates
  const total = states.reduce((sum, state) => sum + counts[state], 0)
  return { rows, total, counts, overdueCount, today }
}

/** Largest 督办 list returned. A school with more open 重大 or overdue hazards gets the most urgent ones. */
const maxSupervisionRows = 1000

/**
 * 督办: every open 重大 hazard and every open hazard past its deadline, 重大 first, then the longest
 * overdue, then by deadline.
 */
export async function listSupervision(db: Executor, now = new Date()): Promise<HazardListResult> {
  const today = schoolToday(now)
  const supervised: Condition = () => sql<SqlBool>`(hazard.state != 'closed' AND (hazard.grade = 'major' OR hazard.deadline < ${today}))`
  const order = sql`(hazard.grade = 'major') DESC, hazard.deadline IS NULL, hazard.deadline ASC, hazard.id ASC`

  const rows = await pageRows(db, [supervised], order, 0, maxSupervisionRows, today)
  const { counts, overdueCount } = await tally(db, [supervised], today)
  const total = hazardStates.reduce((sum, state) => sum + counts[state], 0)
  return { rows, total, counts, overdueCount, today }
}
