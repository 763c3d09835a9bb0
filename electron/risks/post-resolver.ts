import { isKindergarten, type FacilityKey, type SchoolCategory } from '../../shared/domain/school'
import { builtinPostInWording } from '../../shared/domain/unit-wording'
import type { Trx } from '../db/transaction'
import { audit } from '../db/transaction'
import { facilityPosts } from '../posts/posts.service'
import { findBuiltinPost, kindergartenPostEquivalents } from '../resources/builtin'

/** Built-in post codes are lower-case ASCII; a custom library entry may name a post by its Chinese name instead. */
const builtinCodePattern = /^[a-z0-9-]+$/

/**
 * Finds the school's post for a built-in post code, adding the built-in post (with its default
 * responsibility list, in the wording of the school's category) when the school does not have it yet, so
 * every library risk gets an owner. Kindergartens get the kindergarten counterpart of a school post.
 */
export class PostResolver {
  private readonly cache = new Map<string, number | null>()

  constructor(
    private readonly trx: Trx,
    private readonly category: SchoolCategory | '',
    private readonly facilities: readonly FacilityKey[] = []
  ) {}

  /**
   * Resolves the post of a library check item. Returns null when the post belongs to a facility the school
   * does not have, so the item falls to the measure's owner instead of adding a post nobody can fill. For
   * example, a school with a laboratory but no workshop gets no 实训指导教师 for its gas cylinders.
   */
  async resolveCheckPost(code: string | undefined): Promise<number | null> {
    const facility = code ? facilityPosts[code] : undefined
    if (facility && !this.facilities.includes(facility)) return null
    return this.resolve(code)
  }

  async resolve(code: string | undefined): Promise<number | null> {
    if (!code) return null
    const effective = isKindergarten(this.category) ? (kindergartenPostEquivalents[code] ?? code) : code
    const cached = this.cache.get(effective)
    if (cached !== undefined) return cached

    const id = await this.findOrAdd(effective)
    this.cache.set(effective, id)
    return id
  }

  private async findOrAdd(code: string): Promise<number | null> {
    const found = findBuiltinPost(code)
    const builtin = found ? builtinPostInWording(found, this.category) : undefined
    if (!builtin && !builtinCodePattern.test(code)) return this.findOrAddByName(code)
    let query = this.trx.selectFrom('post').select('id').where('code', '=', code)
    if (builtin) query = this.trx.selectFrom('post').select('id').where((eb) => eb.or([eb('code', '=', code), eb('name', '=', builtin.name)]))
    const existing = await query.executeTakeFirst()
    if (existing) return existing.id
    if (!builtin) return null

    const max = await this.trx.selectFrom('post').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst()
    const created = await this.trx
      .insertInto('post')
      .values({ code, name: builtin.name, department: builtin.department, sort_order: (max?.max ?? 0) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (builtin.responsibilities.length > 0) {
      await this.trx
        .insertInto('responsibility')
        .values(builtin.responsibilities.map((item, index) => ({ post_id: created.id, kind: item.kind, content: item.content, sort_order: index + 1 })))
        .execute()
    }
    await audit(this.trx, { entity: 'post', entityId: created.id, action: 'create', after: { code, name: builtin.name, reason: 'library owner' } })
    return created.id
  }

  /**
   * Finds the school's post of a given name, or adds one with no responsibility list yet. A custom library
   * entry names a post its school added itself by the post's name, because such a post has no code.
   */
  private async findOrAddByName(name: string): Promise<number> {
    const existing = await this.trx.selectFrom('post').select('id').where('name', '=', name).executeTakeFirst()
    if (existing) return existing.id

    const max = await this.trx.selectFrom('post').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst()
    const created = await this.trx
      .insertInto('post')
      .values({ code: null, name, department: '', sort_order: (max?.max ?? 0) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(this.trx, { entity: 'post', entityId: created.id, action: 'create', after: { name, reason: 'custom library owner' } })
    return created.id
  }
}
