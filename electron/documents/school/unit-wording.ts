import { resolveUnitWording } from '../../../shared/domain/unit-wording'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'

/**
 * Returns the snapshot with the dual school/kindergarten wordings (校（园）长, 学生（幼儿）…) resolved for the
 * school's category in the texts that come from the built-in posts and policies. School files written before
 * posts and policies were resolved on copying still hold the dual forms, so documents resolve them again.
 */
export function withUnitWording(data: SchoolData): SchoolData {
  const category = data.school.category
  const resolve = (text: string) => resolveUnitWording(text, category)

  return {
    ...data,
    staff: data.staff.map((person) => ({ ...person, department: resolve(person.department) })),
    posts: data.posts.map((post) => ({
      ...post,
      name: resolve(post.name),
      department: resolve(post.department),
      responsibilities: post.responsibilities.map((item) => ({ ...item, content: resolve(item.content) }))
    })),
    leadingGroup: {
      members: data.leadingGroup.members.map((member) => ({ ...member, title: resolve(member.title), duty: resolve(member.duty) })),
      office: { ...data.leadingGroup.office, duties: resolve(data.leadingGroup.office.duties) }
    },
    policies: data.policies.map((policy) => ({ ...policy, title: resolve(policy.title), body: resolve(policy.body) }))
  }
}

/** Wraps a document builder so it prints the snapshot with the school's own wording. */
export function inUnitWording(builder: OutputBuilder): OutputBuilder {
  return { ...builder, build: (data, files) => builder.build(withUnitWording(data), files) }
}
