import builtinPostsJson from '../../resources/posts/builtin-posts.json' with { type: 'json' }
import defaultPoliciesJson from '../../resources/policies/default-policies.json' with { type: 'json' }
import riskLibraryJson from '../../resources/library/risk-library.json' with { type: 'json' }
import type { PolicyKind } from '../../shared/domain/entities'
import type { BuiltinPost, RiskLibrary } from '../../shared/domain/library'

/**
 * Built-in data bundled with the program. The JSON files are checked against their schemas by tests, so
 * the casts below only restore the literal types JSON imports widen.
 */

export const builtinPosts = builtinPostsJson as BuiltinPost[]

export interface DefaultPolicy {
  kind: PolicyKind
  title: string
  body: string
}

export const defaultPolicies = defaultPoliciesJson as DefaultPolicy[]

export const riskLibrary = riskLibraryJson as RiskLibrary

const builtinPostByCode = new Map(builtinPosts.map((post) => [post.code, post]))

export function findBuiltinPost(code: string): BuiltinPost | undefined {
  return builtinPostByCode.get(code)
}

/**
 * Kindergarten counterparts of every school-only post, so a library entry owned by 班主任 lands on 班级教师
 * in a kindergarten and no school post (图书管理员, 实验室管理员 …) is added to a kindergarten.
 */
export const kindergartenPostEquivalents: Record<string, string> = {
  principal: 'kg-director',
  'party-secretary': 'kg-director',
  'union-chair': 'kg-director',
  'deputy-safety': 'kg-deputy',
  'office-director': 'kg-deputy',
  'deputy-teaching': 'kg-care-director',
  'academic-director': 'kg-care-director',
  'moral-director': 'kg-care-director',
  'grade-leader': 'kg-care-director',
  'youth-league': 'kg-care-director',
  'research-director': 'kg-care-director',
  'subject-leader': 'kg-care-director',
  'lab-keeper': 'kg-care-director',
  'workshop-instructor': 'kg-care-director',
  'deputy-logistics': 'kg-logistics-director',
  'general-affairs-director': 'kg-logistics-director',
  librarian: 'kg-logistics-director',
  archivist: 'kg-logistics-director',
  'print-room': 'kg-logistics-director',
  'pe-equipment-keeper': 'kg-logistics-director',
  'class-teacher': 'kg-class-teacher',
  teacher: 'kg-class-teacher',
  'pe-teacher': 'kg-class-teacher',
  'av-teacher': 'kg-class-teacher',
  'psychology-teacher': 'kg-class-teacher',
  'student-safety-officer': 'kg-class-teacher',
  'school-doctor': 'kg-health',
  'dorm-manager': 'kg-nurse'
}
