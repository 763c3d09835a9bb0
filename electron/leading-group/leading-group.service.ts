import { AppError } from '../../shared/errors'
import type { LeadingGroup, LeadingGroupMember } from '../../shared/domain/entities'
import type { LeadingGroupRole } from '../../shared/domain/posts'
import type { LeadingGroupMemberInput, OfficeInput } from '../../shared/schemas/inputs'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { assertStaffExists } from '../staff/staff.service'

const roleOrder: Record<LeadingGroupRole, number> = { leader: 0, deputy: 1, member: 2 }

export async function getLeadingGroup(db: Executor): Promise<LeadingGroup> {
  const memberRows = await db.selectFrom('leading_group_member').selectAll().orderBy('sort_order').orderBy('id').execute()
  const office = await db.selectFrom('office').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()

  const members: LeadingGroupMember[] = memberRows
    .map((row) => ({
      id: row.id,
      staffId: row.staff_id,
      role: row.role as LeadingGroupRole,
      title: row.title,
      duty: row.duty,
      sortOrder: row.sort_order
    }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.sortOrder - b.sortOrder)

  return {
    members,
    office: {
      name: office.name,
      location: office.location,
      directorStaffId: office.director_staff_id,
      contactStaffId: office.contact_staff_id,
      phone: office.phone,
      duties: office.duties,
      documentNumber: office.document_number,
      issuedOn: office.issued_on
    }
  }
}

/** Adds or updates a member. A person sits in the group once; choosing them again updates their seat. */
export async function saveLeadingGroupMember(db: Db, input: LeadingGroupMemberInput): Promise<LeadingGroup> {
  return write(db, async (trx) => {
    await assertStaffExists(trx, input.staffId, '成员姓名')
    const values = { staff_id: input.staffId, role: input.role, title: input.title, duty: input.duty }

    const sameStaff = await trx.selectFrom('leading_group_member').selectAll().where('staff_id', '=', input.staffId).executeTakeFirst()
    if (sameStaff && sameStaff.id !== input.id) {
      if (input.id !== null) {
        const staff = await trx.selectFrom('staff').select('name').where('id', '=', input.staffId).executeTakeFirstOrThrow()
        throw new AppError({ code: 'duplicate-name', field: '领导小组成员', value: staff.name })
      }
    }
    const targetId = input.id ?? sameStaff?.id ?? null

    if (targetId === null) {
      const max = await trx.selectFrom('leading_group_member').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst()
      const created = await trx
        .insertInto('leading_group_member')
        .values({ ...values, sort_order: (max?.max ?? 0) + 1 })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(trx, { entity: 'leading_group_member', entityId: created.id, action: 'create', after: values })
    } else {
      const before = await trx.selectFrom('leading_group_member').selectAll().where('id', '=', targetId).executeTakeFirst()
      if (!before) throw new AppError({ code: 'not-found', field: '领导小组成员', detail: `编号 ${targetId}` })
      await trx.updateTable('leading_group_member').set(values).where('id', '=', targetId).execute()
      await audit(trx, { entity: 'leading_group_member', entityId: targetId, action: 'update', before, after: values })
    }

    return getLeadingGroup(trx)
  })
}

export async function deleteLeadingGroupMember(db: Db, id: number): Promise<LeadingGroup> {
  return write(db, async (trx) => {
    const before = await trx.selectFrom('leading_group_member').selectAll().where('id', '=', id).executeTakeFirst()
    if (!before) throw new AppError({ code: 'not-found', field: '领导小组成员', detail: `编号 ${id}` })
    await trx.deleteFrom('leading_group_member').where('id', '=', id).execute()
    await audit(trx, { entity: 'leading_group_member', entityId: id, action: 'delete', before })
    return getLeadingGroup(trx)
  })
}

export async function saveOffice(db: Db, input: OfficeInput): Promise<LeadingGroup> {
  return write(db, async (trx) => {
    await assertStaffExists(trx, input.directorStaffId, '办公室主任')
    await assertStaffExists(trx, input.contactStaffId, '联络员')
    const before = (await getLeadingGroup(trx)).office
    await trx
      .updateTable('office')
      .set({
        name: input.name,
        location: input.location,
        director_staff_id: input.directorStaffId,
        contact_staff_id: input.contactStaffId,
        phone: input.phone,
        duties: input.duties,
        document_number: input.documentNumber,
        issued_on: input.issuedOn
      })
      .where('id', '=', 1)
      .execute()
    const after = await getLeadingGroup(trx)
    await audit(trx, { entity: 'office', entityId: 1, action: 'update', before, after: after.office })
    return after
  })
}
