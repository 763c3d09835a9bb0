import { AppError } from '../../shared/errors'
import { defaultMajorHazardCriteria, nextCriteriaVersion, type MajorHazardCriteria } from '../../shared/domain/major-hazard-criteria'
import { majorHazardCriteriaSchema } from '../../shared/exchange/hazards'
import type { MajorHazardCriteriaInput } from '../../shared/schemas/hazard-inputs'
import { parseStringArray } from '../db/json-column'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'

/** The school's 重大事故隐患判定情形, kept as versioned JSON in the settings table. */

const settingsKey = 'majorHazardCriteria'

/** Returns the criteria the school grades with, or the built-in list when none is stored or the stored copy is unreadable. */
export async function getMajorHazardCriteria(db: Executor): Promise<MajorHazardCriteria> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', settingsKey).executeTakeFirst()
  if (!row) return defaultMajorHazardCriteria
  try {
    const parsed = majorHazardCriteriaSchema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : defaultMajorHazardCriteria
  } catch {
    return defaultMajorHazardCriteria
  }
}

/** Criteria codes ticked on any hazard, open or closed; such a criterion may be reworded but not removed. */
async function codesInUse(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('hazard').select(['code', 'major_criteria']).where('major_criteria', '!=', '[]').execute()
  const used = new Map<string, string>()
  for (const row of rows) {
    for (const code of parseStringArray(row.major_criteria)) if (!used.has(code)) used.set(code, row.code)
  }
  return used
}

async function store(trx: Trx, criteria: MajorHazardCriteria): Promise<void> {
  const value = JSON.stringify(criteria)
  await trx
    .insertInto('settings')
    .values({ key: settingsKey, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute()
}

/**
 * Saves the school's edited list under the next version. A criterion that a hazard has ticked cannot be
 * removed, because that hazard's grading would lose its ground.
 */
export async function saveMajorHazardCriteria(db: Db, input: MajorHazardCriteriaInput): Promise<MajorHazardCriteria> {
  return write(db, async (trx) => {
    const before = await getMajorHazardCriteria(trx)
    const used = await codesInUse(trx)
    for (const [code, hazardCode] of used) {
      if (before.criteria.some((criterion) => criterion.code === code) && !input.criteria.some((criterion) => criterion.code === code)) {
        throw new AppError({ code: 'in-use', field: '重大事故隐患判定情形', value: code, detail: `隐患 ${hazardCode} 按这一情形判定为重大事故隐患，只能修改文字，不能删除` })
      }
    }

    const after: MajorHazardCriteria = { version: nextCriteriaVersion(before.version), name: input.name, criteria: input.criteria }
    await store(trx, after)
    await audit(trx, { entity: 'major-hazard-criteria', entityId: null, action: 'update', before, after })
    return after
  })
}

/** Puts the built-in list back, as a new version; refused like a save when it would drop a criterion in use. */
export async function resetMajorHazardCriteria(db: Db): Promise<MajorHazardCriteria> {
  const saved = await saveMajorHazardCriteria(db, { name: defaultMajorHazardCriteria.name, criteria: defaultMajorHazardCriteria.criteria })
  return saved
}
