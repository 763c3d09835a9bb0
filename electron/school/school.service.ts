import { facilityKeys, type FacilityKey, type School } from '../../shared/domain/school'
import { schoolSchema } from '../../shared/exchange/school-data'
import type { SchoolInput } from '../../shared/schemas/inputs'
import { parseStringArray } from '../db/json-column'
import type { SchoolTable } from '../db/schema'
import { audit, write, type Db, type Executor } from '../db/transaction'

function toSchool(row: SchoolTable): School {
  const facilities = parseStringArray(row.facilities).filter((key): key is FacilityKey =>
    (facilityKeys as readonly string[]).includes(key)
  )
  return schoolSchema.parse({
    name: row.name,
    county: row.county,
    scope: row.scope,
    nature: row.nature,
    category: row.category,
    address: row.address,
    principal: row.principal,
    principalPhone: row.principal_phone,
    deputy: row.deputy,
    deputyPhone: row.deputy_phone,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    pupilCount: row.pupil_count,
    staffCount: row.staff_count,
    classCount: row.class_count,
    facilities,
    surroundings: row.surroundings,
    note: row.note,
    updatedAt: row.updated_at
  })
}

export async function getSchool(db: Executor): Promise<School> {
  const row = await db.selectFrom('school').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  return toSchool(row)
}

export async function saveSchool(db: Db, input: SchoolInput): Promise<School> {
  return write(db, async (trx) => {
    const before = await getSchool(trx)
    await trx
      .updateTable('school')
      .set({
        name: input.name,
        county: input.county,
        scope: input.scope,
        nature: input.nature,
        category: input.category,
        address: input.address,
        principal: input.principal,
        principal_phone: input.principalPhone,
        deputy: input.deputy,
        deputy_phone: input.deputyPhone,
        contact_name: input.contactName,
        contact_phone: input.contactPhone,
        pupil_count: input.pupilCount,
        staff_count: input.staffCount,
        class_count: input.classCount,
        facilities: JSON.stringify(input.facilities),
        surroundings: input.surroundings,
        note: input.note,
        updated_at: new Date().toISOString()
      })
      .where('id', '=', 1)
      .execute()
    const after = await getSchool(trx)
    await audit(trx, { entity: 'school', entityId: 1, action: 'update', before, after })
    return after
  })
}
