import { checkFrequencies, checkFrequencyLabels, type CheckFrequency } from '../../shared/domain/checks'
import type { CheckItem, Post } from '../../shared/domain/entities'
import type { ProposedPlan } from '../../shared/contract/inspections'
import type { InspectionPlanInput } from '../../shared/schemas/inspection-inputs'

/**
 * The plans proposed to a school from its checklist. They are the leaders' comprehensive checks (before each
 * term, monthly, once a term), the checks before the flood and heating seasons and before each holiday, each
 * post's daily patrol and each department's weekly check. An on-demand plan covers checks after construction
 * or changes.
 */

export interface DefaultPlan {
  proposal: Omit<ProposedPlan, 'exists'>
  input: InspectionPlanInput
}

interface Source {
  items: readonly CheckItem[]
  posts: readonly Post[]
  points: readonly { id: number; name: string }[]
}

/** Frequencies counted by school day: a post's daily patrol covers them. */
const dayFrequencies: readonly CheckFrequency[] = ['perLesson', 'perShift', 'perTrip', 'daily']
/** Types whose items have plans of their own (before a season or holiday, or on demand). */
const ownPlanTypes = ['seasonal', 'holiday', 'change']

/** Posts that patrol every day and record it (门卫 and 保安 every shift, 班主任, 宿管 and 食堂 daily), whose patrols start ticked. */
const patrolCodes = ['gatekeeper', 'security-guard', 'class-teacher', 'kg-class-teacher', 'dorm-manager', 'canteen-manager']

/** Words that mark a seasonal check as one for the flood season (rain, lightning, drowning) or for the heating season (heating, gas, frost). */
const floodWords = /汛|雨|雷|排水|积水|溺水|洪|涝|渗水|漏水|台风|大风|滑坡|边坡|挡土|低洼|防暑|高温/gu
const heatingWords = /取暖|供暖|暖气|锅炉|燃气|煤|一氧化碳|冬|冰|雪|冻|防寒|电暖|火炉/gu

/** Posts that lead the school-wide checks, in order of preference: 分管安全副校长, 安全办主任, 校长, 园长. */
const leaderCodes = ['deputy-safety', 'kg-deputy', 'security-director', 'principal', 'kg-director']
/** Posts that run the safety office's own checks: 安全办主任, then the leaders. */
const safetyCodes = ['security-director', ...leaderCodes]
/** Posts that look after buildings, water and heating: 总务主任, 后勤主任, then the leaders. */
const facilitiesCodes = ['general-affairs-director', 'kg-logistics-director', ...leaderCodes]

function bySortOrder(posts: readonly Post[]): Post[] {
  return [...posts].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
}

function firstPost(posts: readonly Post[], codes: readonly string[]): Post | undefined {
  for (const code of codes) {
    const post = posts.find((candidate) => candidate.code === code)
    if (post) return post
  }
  return bySortOrder(posts)[0]
}

type PlanFields = Pick<InspectionPlanInput, 'name' | 'inspectionType' | 'frequency' | 'responsiblePostId'> & Partial<InspectionPlanInput>

function planInput(fields: PlanFields): InspectionPlanInput {
  return { id: null, beforeKind: '', responsibleStaffId: null, scope: 'items', riskPointIds: [], checkItemIds: [], active: true, startsOn: null, endsOn: null, note: '', ...fields }
}

/** Builds a proposed plan of the items given, or of every item when there are none of them. */
function plan(key: string, reason: string, fields: PlanFields, items: readonly CheckItem[], source: Source, recommended = true): DefaultPlan {
  const input = items.length > 0 ? planInput({ ...fields, checkItemIds: items.map((item) => item.id) }) : planInput({ ...fields, scope: 'all' })
  const { name, inspectionType, frequency, responsiblePostId, scope } = input
  const beforeKind = input.beforeKind === '' ? null : input.beforeKind
  const itemCount = items.length > 0 ? items.length : source.items.length
  return { proposal: { key, name, inspectionType, frequency, beforeKind, responsiblePostId, scope, itemCount, reason, recommended }, input }
}

function startOfTermPlan(source: Source, leader: Post | undefined): DefaultPlan {
  const fields: PlanFields = { name: '开学前综合排查', inspectionType: 'comprehensive', frequency: 'beforeHoliday', beforeKind: 'term', responsiblePostId: leader?.id ?? null }
  return plan('comprehensive:before-term', '每学期开学前对全校所有排查项全面检查一次', fields, [], source)
}

/** Builds the leaders' monthly check of every monthly item, and the mid-term check of the termly and yearly items. */
function comprehensivePlans(source: Source, leader: Post | undefined): DefaultPlan[] {
  const routine = source.items.filter((item) => !ownPlanTypes.includes(item.inspectionType))
  const monthly = routine.filter((item) => item.frequency === 'monthly')
  const termly = routine.filter((item) => item.frequency === 'term' || item.frequency === 'yearly')
  const plans: DefaultPlan[] = []
  if (monthly.length > 0) {
    const fields: PlanFields = { name: '月度综合排查', inspectionType: 'comprehensive', frequency: 'monthly', responsiblePostId: leader?.id ?? null }
    plans.push(plan('comprehensive:monthly', '学校领导每月带队检查清单中每月检查的项目', fields, monthly, source))
  }
  if (termly.length > 0) {
    const fields: PlanFields = { name: '学期综合排查', inspectionType: 'comprehensive', frequency: 'term', responsiblePostId: leader?.id ?? null }
    plans.push(plan('comprehensive:term', '每学期至少两次全面排查中开学前以外的一次，检查每学期、每年检查的项目', fields, termly, source))
  }
  return plans
}

function seasonText(item: CheckItem, source: Source): string {
  const point = source.points.find((candidate) => candidate.id === item.riskPointId)
  return `${point?.name ?? ''} ${item.content} ${item.standard}`
}

/** Counts the flood-season and heating-season words of an item, its risk point's name included. */
function seasonScores(item: CheckItem, source: Source): Record<'flood-season' | 'heating-season', number> {
  const text = seasonText(item, source)
  return { 'flood-season': text.match(floodWords)?.length ?? 0, 'heating-season': text.match(heatingWords)?.length ?? 0 }
}

/**
 * Builds the plan before a season. It takes the seasonal items with at least as many of the season's words as
 * of the other season's (items with none go to both), or every item when the checklist has no seasonal items.
 */
function seasonPlan(source: Source, season: 'flood-season' | 'heating-season', owner: Post | undefined): DefaultPlan {
  const other = season === 'flood-season' ? 'heating-season' : 'flood-season'
  const items = source.items.filter((item) => {
    if (item.inspectionType !== 'seasonal') return false
    const scores = seasonScores(item, source)
    return scores[season] >= scores[other]
  })
  const name = season === 'flood-season' ? '汛期前季节性排查' : '供暖期前季节性排查'
  const topic = season === 'flood-season' ? '防汛、防雷、防溺水' : '取暖设施、燃气、防一氧化碳中毒和防冻防滑'
  const reason = items.length > 0 ? `${topic}的季节性排查项` : `${topic}；清单中没有这类季节性排查项，暂按全部排查项`
  return plan(`seasonal:${season}`, reason, { name, inspectionType: 'seasonal', frequency: 'beforeSeason', beforeKind: season, responsiblePostId: owner?.id ?? null }, items, source)
}

function holidayPlan(source: Source, leader: Post | undefined): DefaultPlan {
  const items = source.items.filter((item) => item.inspectionType === 'holiday')
  const reason = items.length > 0 ? '放假前关闭水电气、门窗和安排值班等节假日排查项' : '放假前的安全检查；清单中没有节假日排查项，暂按全部排查项'
  return plan('holiday:before', reason, { name: '节假日前排查', inspectionType: 'holiday', frequency: 'beforeHoliday', beforeKind: 'holiday', responsiblePostId: leader?.id ?? null }, items, source)
}

function mostCommonFrequency(items: readonly CheckItem[]): CheckFrequency {
  const counts = checkFrequencies.map((frequency) => items.filter((item) => item.frequency === frequency).length)
  return checkFrequencies[counts.indexOf(Math.max(...counts))]
}

/** Builds one patrol per post of its items checked every lesson, shift, trip or day, counted by school day. */
function patrolPlans(source: Source, fallback: Post | undefined): DefaultPlan[] {
  const routine = source.items.filter((item) => !ownPlanTypes.includes(item.inspectionType) && dayFrequencies.includes(item.frequency))
  const posts = bySortOrder(source.posts)
  const unowned = routine.filter((item) => !posts.some((post) => post.id === item.responsiblePostId))
  const groups: [Post | null, CheckItem[]][] = [...posts.map((post): [Post, CheckItem[]] => [post, routine.filter((item) => item.responsiblePostId === post.id)]), [null, unowned]]

  return groups
    .filter(([, items]) => items.length > 0)
    .map(([post, items]) => {
      // The patrol takes the frequency most of its items have (all of them count by school day).
      const frequency = mostCommonFrequency(items)
      const name = `${post ? post.name : '未指定岗位'}日常排查`
      const reason = post ? `${post.name}${checkFrequencyLabels[frequency]}检查的排查项` : '没有指定责任岗位的每日排查项，暂由安全管理人员负责'
      const fields: PlanFields = { name, inspectionType: 'daily', frequency, responsiblePostId: post?.id ?? fallback?.id ?? null }
      return plan(`patrol:${post?.id ?? 0}`, reason, fields, items, source, post !== null && patrolCodes.includes(post.code ?? ''))
    })
}

/** Departments with fewer weekly items than this share one weekly plan, so the list does not fill with one-item plans. */
const minWeeklyItems = 5

/**
 * Builds each department's weekly check of its posts' weekly items, led by the department's first post. The
 * departments with only a few such items share one plan led by the safety office.
 */
function weeklyPlans(source: Source, fallback: Post | undefined, safety: Post | undefined): DefaultPlan[] {
  const weekly = source.items.filter((item) => !ownPlanTypes.includes(item.inspectionType) && item.frequency === 'weekly')
  const posts = bySortOrder(source.posts)
  const departmentOf = (item: CheckItem) => posts.find((post) => post.id === item.responsiblePostId)?.department ?? ''
  const departments = [...new Set(weekly.map(departmentOf))].filter((department) => department !== '')
  const large = departments.filter((department) => weekly.filter((item) => departmentOf(item) === department).length >= minWeeklyItems)
  const rest = weekly.filter((item) => !large.includes(departmentOf(item)))

  const plans = large.map((department) => {
    const items = weekly.filter((item) => departmentOf(item) === department)
    const head = posts.find((post) => post.department === department)
    const fields: PlanFields = { name: `${department}每周排查`, inspectionType: 'daily', frequency: 'weekly', responsiblePostId: head?.id ?? fallback?.id ?? null }
    return plan(`weekly:${head?.id ?? 0}`, `${department}各岗位每周检查的排查项，由部门负责人带队`, fields, items, source)
  })
  if (rest.length > 0) {
    const name = large.length > 0 ? '其他部门每周排查' : '每周排查'
    const fields: PlanFields = { name, inspectionType: 'daily', frequency: 'weekly', responsiblePostId: safety?.id ?? fallback?.id ?? null }
    plans.push(plan('weekly:others', `${large.length > 0 ? '其余部门' : '各部门'}每周检查的排查项，由安全管理人员带队`, fields, rest, source))
  }
  return plans
}

/** Builds the check after construction, renovation or new equipment, switched off because it is done on demand, not on a calendar. */
function changePlan(source: Source, owner: Post | undefined): DefaultPlan[] {
  const items = source.items.filter((item) => item.inspectionType === 'change')
  if (items.length === 0) return []
  const fields: PlanFields = {
    name: '复课及变更排查',
    inspectionType: 'change',
    frequency: 'term',
    responsiblePostId: owner?.id ?? null,
    active: false,
    note: '施工、改造、新设备投入使用或停课后复课前开展，平时不提醒。'
  }
  return [plan('change:on-demand', '施工、改造或停课复课后的排查项；按需启用，平时不提醒', fields, items, source)]
}

/** Lists the default plans of a checklist, school-wide plans first; none when the checklist is empty. */
export function defaultPlans(source: Source): DefaultPlan[] {
  if (source.items.length === 0) return []
  const leader = firstPost(source.posts, leaderCodes)
  const facilities = firstPost(source.posts, facilitiesCodes)
  return [
    startOfTermPlan(source, leader),
    ...comprehensivePlans(source, leader),
    seasonPlan(source, 'flood-season', facilities),
    seasonPlan(source, 'heating-season', facilities),
    holidayPlan(source, leader),
    ...weeklyPlans(source, leader, firstPost(source.posts, safetyCodes)),
    ...patrolPlans(source, leader),
    ...changePlan(source, facilities)
  ]
}
