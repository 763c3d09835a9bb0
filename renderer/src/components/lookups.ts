import type { Post, Staff } from '@shared/domain/entities'

/** Name lookups for ids shown in tables; an id that no longer exists shows as empty. */

export function staffName(staff: readonly Staff[] | undefined, id: number | null | undefined): string {
  if (id === null || id === undefined) return ''
  return staff?.find((person) => person.id === id)?.name ?? ''
}

export function postName(posts: readonly Post[] | undefined, id: number | null | undefined): string {
  if (id === null || id === undefined) return ''
  return posts?.find((post) => post.id === id)?.name ?? ''
}

/** Formats a person for a pick list: the name with the department, so namesakes can be distinguished. */
export function staffLabel(person: Staff): string {
  return person.department ? `${person.name}（${person.department}）` : person.name
}

/** Collator for Chinese text: sorts by pinyin where the runtime has the data. */
export const chineseCollator = new Intl.Collator('zh-CN')
