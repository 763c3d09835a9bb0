import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema'

export type Db = Kysely<Database>
export type Trx = Transaction<Database>
/** Repositories take either the database or an open transaction. */
export type Executor = Db | Trx

export interface AuditEntry {
  entity: string
  entityId: number | null
  action: 'create' | 'update' | 'delete' | string
  before?: unknown
  after?: unknown
}

/** The operator name set in 设置, or '' when none is set. */
export async function operatorName(trx: Executor): Promise<string> {
  const row = await trx.selectFrom('settings').select('value').where('key', '=', 'operatorName').executeTakeFirst()
  if (!row) return ''
  const value: unknown = JSON.parse(row.value)
  return typeof value === 'string' ? value : ''
}

/** Adds an audit row (可追溯): who changed which entity, when, and its state before and after. */
export async function audit(trx: Trx, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      operator: (await operatorName(trx)) || '未署名',
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after)
    })
    .execute()
}

/**
 * Runs one user-visible change as one transaction: either every row it touches and its audit rows are
 * written, or nothing is.
 */
export function write<T>(db: Db, change: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(change)
}
