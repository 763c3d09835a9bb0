import { AppError } from '../../shared/errors'
import type { Post } from '../../shared/domain/entities'
import type { BuiltinPost } from '../../shared/domain/library'
import { isKindergarten, type FacilityKey, type SchoolCategory } from '../../shared/domain/school'
import type { PostInput } from '../../shared/schemas/inputs'
import { builtinPostInWording } from '../../shared/domain/unit-wording'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'
import { builtinPosts, findBuiltinPost } from '../resources/builtin'
import { getSchool } from '../school/school.service'

export async function listPosts(db: Executor): Promise<Post[]> {
  const rows = await db.selectFrom('post').selectAll().orderBy('sort_order').orderBy('id').execute()
  const duties = await db.selectFrom('responsibility').selectAll().orderBy('sort_order').orderBy('id').execute()
  const links = await db.selectFrom('staff_post').selectAll().orderBy('staff_id').execute()

  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    department: row.department,
    sortOrder: row.sort_order,
    responsibilities: duties
      .filter((duty) => duty.post_id === row.id)
      .map((duty) => ({ id: duty.id, kind: duty.kind as Post['responsibilities'][number]['kind'], content: duty.content })),
    staffIds: links.filter((link) => link.post_id === row.id).map((link) => link.staff_id)
  }))
}

export async function getPost(db: Executor, id: number): Promise<Post> {
  const post = (await listPosts(db)).find((candidate) => candidate.id === id)
  if (!post) throw new AppError({ code: 'not-found', field: '岗位', detail: `编号 ${id}` })
  return post
}

export async function assertPostExists(db: Executor, id: number | null, field: string): Promise<void> {
  if (id === null) return
  const row = await db.selectFrom('post').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field, detail: `岗位编号 ${id}` })
}

/** Posts a school needs because of a facility it has; they are pre-selected when it has that facility. */
export const facilityPosts: Record<string, FacilityKey> = {
  'canteen-manager': 'canteen',
  cook: 'canteen',
  'dorm-manager': 'dormitory',
  'bus-manager': 'schoolBus',
  'bus-driver': 'schoolBus',
  'bus-attendant': 'schoolBus',
  'lab-keeper': 'laboratory',
  'boiler-operator': 'boiler',
  'workshop-instructor': 'workshop'
}

/**
 * The built-in posts offered to a school of this category (kindergarten posts for 幼儿园), with
 * `common` also set for the posts its facilities call for.
 */
export function builtinPostsFor(category: SchoolCategory | '', facilities: readonly FacilityKey[] = []): BuiltinPost[] {
  const audience = isKindergarten(category) ? 'kindergarten' : 'school'
  return builtinPosts
    .filter((post) => post.audience === 'both' || post.audience === audience)
    .map((post) => {
      const facility = facilityPosts[post.code]
      const inWording = builtinPostInWording(post, category)
      return facility && facilities.includes(facility) ? { ...inWording, common: true } : inWording
    })
}

async function assertNameFree(trx: Trx, name: string, exceptId: number | null): Promise<void> {
  let query = trx.selectFrom('post').select('id').where('name', '=', name)
  if (exceptId !== null) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) throw new AppError({ code: 'duplicate-name', field: '岗位名称', value: name })
}

async function replaceDetails(trx: Trx, postId: number, input: Pick<PostInput, 'responsibilities' | 'staffIds'>): Promise<void> {
  await trx.deleteFrom('responsibility').where('post_id', '=', postId).execute()
  if (input.responsibilities.length > 0) {
    await trx
      .insertInto('responsibility')
      .values(input.responsibilities.map((item, index) => ({ post_id: postId, kind: item.kind, content: item.content, sort_order: index + 1 })))
      .execute()
  }

  const knownStaff = input.staffIds.length
    ? await trx.selectFrom('staff').select('id').where('id', 'in', input.staffIds).execute()
    : []
  const missing = input.staffIds.find((staffId) => !knownStaff.some((row) => row.id === staffId))
  if (missing !== undefined) throw new AppError({ code: 'not-found', field: '岗位人员', detail: `教职工编号 ${missing}` })

  await trx.deleteFrom('staff_post').where('post_id', '=', postId).execute()
  if (input.staffIds.length > 0) {
    await trx
      .insertInto('staff_post')
      .values(input.staffIds.map((staffId) => ({ staff_id: staffId, post_id: postId })))
      .execute()
  }
}

async function nextSortOrder(trx: Trx): Promise<number> {
  const row = await trx.selectFrom('post').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst()
  return (row?.max ?? 0) + 1
}

export async function savePost(db: Db, input: PostInput): Promise<Post> {
  return write(db, async (trx) => {
    await assertNameFree(trx, input.name, input.id)

    if (input.id === null) {
      const created = await trx
        .insertInto('post')
        .values({ code: null, name: input.name, department: input.department, sort_order: await nextSortOrder(trx) })
        .returning('id')
        .executeTakeFirstOrThrow()
      await replaceDetails(trx, created.id, input)
      const after = await getPost(trx, created.id)
      await audit(trx, { entity: 'post', entityId: created.id, action: 'create', after })
      return after
    }

    const before = await getPost(trx, input.id)
    await trx.updateTable('post').set({ name: input.name, department: input.department }).where('id', '=', input.id).execute()
    await replaceDetails(trx, input.id, input)
    const after = await getPost(trx, input.id)
    await audit(trx, { entity: 'post', entityId: input.id, action: 'update', before, after })
    return after
  })
}

/**
 * Adds built-in posts with their default responsibility lists, in the wording of the school's category (校长
 * or 园长). Codes already present are skipped, so seeding twice adds nothing; a school post with the same
 * name as a built-in one is left alone too.
 */
export async function seedPosts(db: Db, codes: readonly string[]): Promise<Post[]> {
  return write(db, async (trx) => {
    const existing = await trx.selectFrom('post').select(['code', 'name']).execute()
    const { category } = await getSchool(trx)

    for (const code of codes) {
      const found = findBuiltinPost(code)
      if (!found) throw new AppError({ code: 'not-found', field: '内置岗位', detail: code })
      const builtin = builtinPostInWording(found, category)
      if (existing.some((row) => row.code === code || row.name === builtin.name)) continue

      const created = await trx
        .insertInto('post')
        .values({ code, name: builtin.name, department: builtin.department, sort_order: await nextSortOrder(trx) })
        .returning('id')
        .executeTakeFirstOrThrow()
      await replaceDetails(trx, created.id, { responsibilities: builtin.responsibilities, staffIds: [] })
      await audit(trx, { entity: 'post', entityId: created.id, action: 'create', after: { code, name: builtin.name } })
      existing.push({ code, name: builtin.name })
    }

    return listPosts(trx)
  })
}

/** Deletes a post; risks, measures and check items it owned keep their content but lose the owner post. */
export async function deletePost(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getPost(trx, id)
    await trx.deleteFrom('post').where('id', '=', id).execute()
    await audit(trx, { entity: 'post', entityId: id, action: 'delete', before })
  })
}
