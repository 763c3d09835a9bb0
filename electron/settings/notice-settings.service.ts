import { defaultNoticeSettings, type NoticeSettings } from '../../shared/domain/notices'
import { schoolSettingsSchema, type SchoolSettings } from '../../shared/exchange/school-data'
import type { NoticeSettingsInput } from '../../shared/schemas/notice-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'

/**
 * The notice settings and the small-school mode, stored as JSON rows of the school file's settings table
 * (keys 'noticeSettings' and 'smallSchoolMode'), so they travel with the school file.
 */

const noticeKey = 'noticeSettings'
const smallSchoolKey = 'smallSchoolMode'

async function readJson(db: Executor, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  if (!row) return undefined
  try {
    return JSON.parse(row.value) as unknown
  } catch {
    return undefined
  }
}

async function writeJson(trx: Trx, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value)
  await trx
    .insertInto('settings')
    .values({ key, value: text })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: text }))
    .execute()
}

/** The stored notice settings; the defaults for a missing or unreadable row, field by field. */
export async function getNoticeSettings(db: Executor): Promise<NoticeSettings> {
  const stored = await readJson(db, noticeKey)
  const parsed = schoolSettingsSchema.shape.notices.partial().safeParse(stored)
  return { ...defaultNoticeSettings, ...(parsed.success ? parsed.data : {}) }
}

export async function saveNoticeSettings(db: Db, input: NoticeSettingsInput): Promise<NoticeSettings> {
  return write(db, async (trx) => {
    const before = await getNoticeSettings(trx)
    const after: NoticeSettings = { ...input }
    await writeJson(trx, noticeKey, after)
    await audit(trx, { entity: 'notice_settings', entityId: null, action: 'update', before, after })
    return after
  })
}

export async function getSmallSchoolMode(db: Executor): Promise<boolean> {
  return (await readJson(db, smallSchoolKey)) === true
}

/** Switches the mode; only this call changes it, so the mode never changes as a side effect of another save. */
export async function setSmallSchoolMode(db: Db, enabled: boolean): Promise<boolean> {
  return write(db, async (trx) => {
    const before = await getSmallSchoolMode(trx)
    if (before === enabled) return enabled
    await writeJson(trx, smallSchoolKey, enabled)
    await audit(trx, { entity: 'small_school_mode', entityId: null, action: 'update', before: { enabled: before }, after: { enabled } })
    return enabled
  })
}

/** The settings a school snapshot carries for its documents. */
export async function getSchoolSettings(db: Executor): Promise<SchoolSettings> {
  return { smallSchoolMode: await getSmallSchoolMode(db), notices: await getNoticeSettings(db) }
}
