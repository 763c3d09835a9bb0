import type { Settings } from '../../shared/domain/entities'
import { valueTablesSchema } from '../../shared/exchange/school-data'
import { defaultValueTables, type ValueTables } from '../../shared/grading/value-tables'
import type { SettingsInput } from '../../shared/schemas/inputs'
import { audit, write, type Executor, type Db } from '../db/transaction'

async function readSetting(db: Executor, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row ? (JSON.parse(row.value) as unknown) : undefined
}

export async function getSettings(db: Executor): Promise<Settings> {
  const operatorName = await readSetting(db, 'operatorName')
  return { operatorName: typeof operatorName === 'string' ? operatorName : '' }
}

export async function saveSettings(db: Db, input: SettingsInput): Promise<Settings> {
  return write(db, async (trx) => {
    const before = await getSettings(trx)
    await trx
      .insertInto('settings')
      .values({ key: 'operatorName', value: JSON.stringify(input.operatorName) })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: JSON.stringify(input.operatorName) }))
      .execute()
    const after = await getSettings(trx)
    await audit(trx, { entity: 'settings', entityId: null, action: 'update', before, after })
    return after
  })
}

/** The value tables this school grades with; the defaults when the stored copy is missing or unreadable. */
export async function getValueTables(db: Executor): Promise<ValueTables> {
  const stored = await readSetting(db, 'valueTables')
  const parsed = valueTablesSchema.safeParse(stored)
  return parsed.success ? parsed.data : defaultValueTables
}

export async function getMeta(db: Executor, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value
}
