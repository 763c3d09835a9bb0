import { createHash } from 'node:crypto'
import type { Executor, Trx } from '../db/transaction'
import { loadHazardRow, type HazardRow } from './hazard-rows'

/**
 * The closure chain (tamper evidence of the hazard ledger). Every 销号 gets the next sequence number and
 * closure_hash = SHA-256 of a canonical JSON object holding the closed record, the SHA-256 of each of its
 * photos, its history and the previous closure's hash (a fixed genesis value for the first). Changing a
 * closed record, its photos or history, or removing a closed record from the middle of the chain, makes
 * the recomputed chain differ from the stored one.
 *
 * NOTE: the chain lives in the same file it protects, so someone who rewrites every later link can hide an
 * edit. The closure hashes carried in each export package are the outside copy to compare against.
 */

/** previous_hash of the first closure. */
export const genesisHash = '0'.repeat(64)

/**
 * Columns left out of the hash: the seal itself, and the foreign keys that SQLite sets to NULL when the
 * referenced staff member, risk point or inspection result is deleted (the names stay, and are hashed).
 */
const unhashedColumns = new Set([
  'closure_hash',
  'previous_hash',
  'closure_record',
  'risk_point_id',
  'found_by_staff_id',
  'responsible_staff_id',
  'rectifier_staff_id',
  'acceptor_staff_id',
  'inspection_result_id'
])

export interface ClosureContent {
  record: Record<string, unknown>
  photos: { id: number; stage: string; sha256: string }[]
  events: { id: number; at: string; action: string; fromState: string | null; toState: string | null; operator: string; note: string }[]
  previousHash: string
}

/** Orders keys by UTF-16 code units, the same on every machine (no locale collation). */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

/** JSON with object keys sorted at every level and no whitespace: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => compareKeys(a, b))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

export function hashedRecord(row: HazardRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !unhashedColumns.has(column)))
}

/** Reads what the hash of a hazard covers from the school file; photo hashes are computed from the stored bytes. */
export async function closureContent(db: Executor, row: HazardRow, previousHash: string): Promise<ClosureContent> {
  const photos = await db.selectFrom('hazard_photo').select(['id', 'stage', 'bytes']).where('hazard_id', '=', row.id).orderBy('id').execute()
  const events = await db.selectFrom('hazard_event').selectAll().where('hazard_id', '=', row.id).orderBy('id').execute()
  return {
    record: hashedRecord(row),
    photos: photos.map((photo) => ({ id: photo.id, stage: photo.stage, sha256: sha256Hex(photo.bytes) })),
    events: events.map((event) => ({
      id: event.id,
      at: event.at,
      action: event.action,
      fromState: event.from_state,
      toState: event.to_state,
      operator: event.operator,
      note: event.note
    })),
    previousHash
  }
}

export function closureHashOf(content: ClosureContent): string {
  return sha256Hex(canonicalJson(content))
}

/** Returns the last link of the chain (sequence number and hash), or the genesis value before the first closure. */
export async function chainHead(db: Executor): Promise<{ seq: number; hash: string }> {
  const row = await db
    .selectFrom('hazard')
    .select(['closure_seq', 'closure_hash'])
    .where('closure_seq', 'is not', null)
    .orderBy('closure_seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? { seq: row.closure_seq ?? 0, hash: row.closure_hash ?? genesisHash } : { seq: 0, hash: genesisHash }
}

/**
 * Takes the next sequence number for a hazard being closed. Call before the closing event is written, so
 * the sequence number is part of the sealed record.
 */
export async function nextClosure(trx: Trx): Promise<{ seq: number; previousHash: string }> {
  const head = await chainHead(trx)
  return { seq: head.seq + 1, previousHash: head.hash }
}

/** Seals a closed hazard as the last step of the closing transaction: hash and canonical record stored. */
export async function sealClosure(trx: Trx, hazardId: number, previousHash: string): Promise<string> {
  const row = await loadHazardRow(trx, hazardId)
  const content = await closureContent(trx, row, previousHash)
  const closureHash = closureHashOf(content)
  await trx
    .updateTable('hazard')
    .set({ closure_hash: closureHash, previous_hash: previousHash, closure_record: canonicalJson(content) })
    .where('id', '=', hazardId)
    .execute()
  return closureHash
}
