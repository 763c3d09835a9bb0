import { AppError } from '../../shared/errors'
import type { Staff } from '../../shared/domain/entities'
import type { StaffInput } from '../../shared/schemas/inputs'
import { audit, write, type Db, type Executor } from '../db/transaction'

export async function listStaff(db: Executor): Promise<Staff[]> {
  const rows = await db.selectFrom('staff').selectAll().orderBy('id').execute()
  const links = await db.selectFrom('staff_post').selectAll().execute()

  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    phone: row.phone,
    department: row.department,
    note: row.note,
    postIds: links.filter((link) => link.staff_id === row.id).map((link) => link.post_id)
  }))
}

export async function getStaff(db: Executor, id: number): Promise<Staff> {
  const staff = (await listStaff(db)).find((person) => person.id === id)
  if (!staff) throw new AppError({ code: 'not-found', field: '教职工', detail: `编号 ${id}` })
  return staff
}

/** Throws `not-found` naming the field when a referenced person does not exist. */
export async function assertStaffExists(db: Executor, id: number | null, field: string): Promise<void> {
  if (id === null) return
  const row = await db.selectFrom('staff').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field, detail: `教职工编号 ${id}` })
}

export async function saveStaff(db: Db, input: StaffInput): Promise<Staff> {
  return write(db, async (trx) => {
    const values = { name: input.name, phone: input.phone, department: input.department, note: input.note }

    if (input.id === null) {
      const created = await trx
        .insertInto('staff')
        .values({ ...values, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
      const after = await getStaff(trx, created.id)
      await audit(trx, { entity: 'staff', entityId: created.id, action: 'create', after })
      return after
    }

    const before = await getStaff(trx, input.id)
    await trx.updateTable('staff').set(values).where('id', '=', input.id).execute()
    const after = await getStaff(trx, input.id)
    await audit(trx, { entity: 'staff', entityId: input.id, action: 'update', before, after })
    return after
  })
}

/**
 * Deletes a person. Their post assignments, leading-group seat and training attendance go with them; risks
 * and measures they owned keep their post but lose the named person, and incentives keep their name.
 */
export async function deleteStaff(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getStaff(trx, id)
    await trx.deleteFrom('staff').where('id', '=', id).execute()
    await audit(trx, { entity: 'staff', entityId: id, action: 'delete', before })
  })
}
