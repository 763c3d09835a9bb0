import type { BuiltinPost } from './library'
import { isKindergarten, type SchoolCategory } from './school'

/**
 * One dual wording of the built-in texts. The built-in posts and policies serve schools and kindergartens
 * alike, so they write the kindergarten word in brackets after the school word, as in 校（园）长.
 */
interface DualWording {
  /** Matches the dual form with full-width or ASCII brackets, since a school may type either. */
  pattern: RegExp
  kindergarten: string
  school: string
}

const dualWordings: readonly DualWording[] = [
  // 本制度适用于学校（幼儿园，下同）…: the policies' scope clause.
  { pattern: /学校[（(]幼儿园[，,]\s*下同[）)]/g, kindergarten: '幼儿园', school: '学校' },
  // 校（园）长室, 副校（园）长, 本校（园）, 到校（园）: the bracketed 园 replaces 校 in a kindergarten.
  { pattern: /校[（(]园[）)]/g, kindergarten: '园', school: '校' },
  { pattern: /学生[（(]幼儿[）)]/g, kindergarten: '幼儿', school: '学生' },
  // The policies' sentence that maps 校长 and 副校长 to a kindergarten's heads does not apply to a school.
  { pattern: /幼儿园的园长、副园长[^。]*职责。/g, kindergarten: '$&', school: '' }
]

/**
 * Resolves the dual school/kindergarten wordings of a text for the school's category: 园长, 本园, 幼儿 for a
 * kindergarten, and 校长, 本校, 学生 for every other category. A text of a school whose category is not
 * chosen yet is returned as it is, because either reading may be the right one.
 */
export function resolveUnitWording(text: string, category: SchoolCategory | ''): string {
  if (category === '') return text
  const kindergarten = isKindergarten(category)
  return dualWordings.reduce((result, wording) => result.replace(wording.pattern, kindergarten ? wording.kindergarten : wording.school), text)
}

/** Returns a built-in post with its name, department and responsibility list in the school's wording. */
export function builtinPostInWording(post: BuiltinPost, category: SchoolCategory | ''): BuiltinPost {
  const resolve = (text: string) => resolveUnitWording(text, category)
  return {
    ...post,
    name: resolve(post.name),
    department: resolve(post.department),
    responsibilities: post.responsibilities.map((item) => ({ ...item, content: resolve(item.content) }))
  }
}
