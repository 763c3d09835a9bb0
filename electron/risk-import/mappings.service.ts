import type { ImportMappingInput } from '../../shared/risk-import'
import { importMapping } from '../../shared/schemas/risk-import-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'

/**
 * Column mappings the school confirmed, kept in the school file's `settings` table under
 * `importMappings` as { [header signature]: { mapping, savedAt } }, so the next list with the same
 * header layout is read the same way.
 */

const settingKey = 'importMappings'
/** Mappings kept; the oldest are dropped beyond this. A school has a handful of list layouts. */
const maxSavedMappings = 50

interface StoredMapping {
  mapping: ImportMappingInput
  savedAt: string
}

const mappingSchema = importMapping('列对应关系')

async function readStored(db: Executor): Promise<Record<string, StoredMapping>> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', settingKey).executeTakeFirst()
  if (!row) return {}

  let parsed: unknown
  try {
    parsed = JSON.parse(row.value)
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null) return {}

  const stored: Record<string, StoredMapping> = {}
  for (const [signature, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const candidate = entry as { mapping?: unknown; savedAt?: unknown } | null
    const mapping = mappingSchema.safeParse(candidate?.mapping)
    if (!mapping.success || !mapping.data) continue
    stored[signature] = { mapping: mapping.data, savedAt: typeof candidate?.savedAt === 'string' ? candidate.savedAt : '' }
  }
  return stored
}

/** Saved mappings by header signature; entries that no longer read as a mapping are left out. */
export async function getSavedMappings(db: Executor): Promise<Record<string, ImportMappingInput>> {
  const stored = await readStored(db)
  return Object.fromEntries(Object.entries(stored).map(([signature, entry]) => [signature, entry.mapping]))
}

/** Stores a mapping inside an open transaction, with its audit row. */
export async function storeImportMapping(trx: Trx, signature: string, mapping: ImportMappingInput): Promise<void> {
  const stored = await readStored(trx)
  const before = stored[signature]?.mapping ?? null
  stored[signature] = { mapping, savedAt: new Date().toISOString() }

  const kept = Object.entries(stored)
    .sort((a, b) => b[1].savedAt.localeCompare(a[1].savedAt))
    .slice(0, maxSavedMappings)
  const value = JSON.stringify(Object.fromEntries(kept))
  await trx
    .insertInto('settings')
    .values({ key: settingKey, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute()
  await audit(trx, { entity: 'import_mapping', entityId: null, action: before ? 'update' : 'create', before, after: { signature, mapping } })
}

export async function saveImportMapping(db: Db, signature: string, mapping: ImportMappingInput): Promise<void> {
  await write(db, (trx) => storeImportMapping(trx, signature, mapping))
}
