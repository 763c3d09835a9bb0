import type { SchoolIndex } from '../school/school-index'

/** The counts the 编制说明 states: posts, posts with people, the staff roster and the profile's staff number. */
interface Coverage {
  posts: number
  assignedPosts: number
  roster: number
  /** People in the roster who hold no post. */
  withoutPost: number
  /** 教职工人数 of the school profile, or undefined when it is not filled in. */
  profileStaff: number | undefined
}

function countCoverage(index: SchoolIndex): Coverage {
  const holding = new Set(index.posts.flatMap((post) => index.holders(post).map((person) => person.id)))
  const profileStaff = index.data.school.staffCount
  return {
    posts: index.posts.length,
    assignedPosts: index.posts.filter((post) => index.holders(post).length > 0).length,
    roster: index.staff.length,
    withoutPost: index.staff.filter((person) => !holding.has(person.id)).length,
    profileStaff: profileStaff !== null && profileStaff > 0 ? profileStaff : undefined
  }
}

/** Compares the roster with the profile's staff number, e.g. "学校概况填报教职工132人，名册以外的…"; empty when they agree. */
function profileClause(index: SchoolIndex, coverage: Coverage): string {
  const { profileStaff, roster } = coverage
  const profile = `${index.terms.unit}概况`
  if (profileStaff === undefined || profileStaff === roster) return ''
  if (profileStaff > roster) return `${profile}填报教职工${profileStaff}人，名册以外的教职员工按所在岗位的清单履行安全职责`
  return `${profile}填报的教职工人数为${profileStaff}人，少于名册人数，请核对${profile}`
}

function postsSentence(index: SchoolIndex, coverage: Coverage): string {
  const { posts, assignedPosts } = coverage
  const all = `本清单列出${index.terms.we}全部${posts}个岗位`
  const pending = '（清单中标为“待安排”），安排后重新生成本清单。'
  if (assignedPosts === posts) return `${all}，每个岗位均已安排人员。`
  if (assignedPosts === 0) return `${all}，各岗位均尚未安排人员${pending}`
  return `${all}，其中${posts - assignedPosts}个岗位尚未安排人员${pending}`
}

function rosterSentence(index: SchoolIndex, coverage: Coverage): string {
  if (coverage.roster === 0) return '教职工名册尚未录入人员。'
  const withoutPost = coverage.withoutPost > 0 ? `，其中${coverage.withoutPost}人尚未安排岗位` : ''
  const profile = profileClause(index, coverage)
  const separator = withoutPost && profile ? '；' : '，'
  return `教职工名册在册${coverage.roster}人${withoutPost}${profile ? `${separator}${profile}` : ''}。`
}

/**
 * Writes what the list covers from the counts: the posts and how many have no one, the roster, and the
 * profile's staff number. It claims 全员覆盖 only when every post has someone and everyone in the roster has
 * a post. Call it only for a school with posts.
 */
export function coverageSentences(index: SchoolIndex): string {
  const coverage = countCoverage(index)
  const complete = coverage.roster > 0 && coverage.assignedPosts === coverage.posts && coverage.withoutPost === 0
  if (!complete) return `${postsSentence(index, coverage)}${rosterSentence(index, coverage)}`

  const full = '做到全员覆盖、不留空白。'
  if (profileClause(index, coverage) === '') return `本清单覆盖${index.terms.we}全部${coverage.posts}个岗位和在册的${coverage.roster}名教职员工，${full}`
  return `本清单覆盖${index.terms.we}全部${coverage.posts}个岗位，每个岗位均已安排人员，${full}${rosterSentence(index, coverage)}`
}
