import { sql } from 'kysely'
import type { Executor } from '../db/transaction'

/**
 * Returns the next 隐患编号 for a hazard found on `foundOn`: YH-<year found>-<number>, numbered from 0001
 * within each year and padded to four digits (a 10,000th hazard in one year gets YH-2026-10000). Call it
 * inside the registering transaction, so two registrations cannot take the same number.
 */
export async function nextHazardCode(db: Executor, foundOn: string): Promise<string> {
  const year = foundOn.slice(0, 4)
  const prefix = `YH-${year}-`

  // A range on the code's unique index instead of LIKE, which SQLite cannot serve from an index here.
  const row = await db
    .selectFrom('hazard')
    .select(sql<number | null>`max(cast(substr(code, ${prefix.length + 1}) as integer))`.as('last'))
    .where('code', '>=', prefix)
    .where('code', '<', `YH-${year}.`)
    .executeTakeFirst()

  const next = (row?.last ?? 0) + 1
  return `${prefix}${String(next).padStart(4, '0')}`
}
