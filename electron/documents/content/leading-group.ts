import { leadingGroupRoleLabels, leadingGroupRoles, type LeadingGroupRole } from '../../../shared/domain/posts'
import { asSentence, cleanLines, cleanText } from '../layout/text'
import type { SchoolIndex } from '../school/school-index'

export type LeadingGroupMember = SchoolIndex['data']['leadingGroup']['members'][number]

/** Members in print order: 组长, then 副组长, then 成员, each by its sort order. */
export function orderedMembers(index: SchoolIndex): LeadingGroupMember[] {
  const members = index.data.leadingGroup.members
  return [...members].sort(
    (a, b) => leadingGroupRoles.indexOf(a.role) - leadingGroupRoles.indexOf(b.role) || a.sortOrder - b.sortOrder || a.id - b.id
  )
}

export function membersWithRole(index: SchoolIndex, role: LeadingGroupRole): LeadingGroupMember[] {
  return orderedMembers(index).filter((member) => member.role === role)
}

/** "李文博（校长）", or the name alone when no title was entered. */
export function memberLabel(index: SchoolIndex, member: LeadingGroupMember): string {
  const name = index.personName(member.staffId) || '（未填写姓名）'
  const title = cleanText(member.title)
  return title ? `${name}（${title}）` : name
}

export function roleLabel(role: LeadingGroupRole): string {
  return leadingGroupRoleLabels[role]
}

/** Returns the position printed after a person's name: their title in the group, else their first post. */
export function positionOf(index: SchoolIndex, staffId: number | null): string {
  if (staffId === null) return ''
  const member = index.data.leadingGroup.members.find((candidate) => candidate.staffId === staffId && cleanText(candidate.title) !== '')
  if (member) return cleanText(member.title)
  const person = index.person(staffId)
  const firstPost = person?.postIds.map((id) => index.postName(id)).find((name) => name !== '')
  return firstPost ?? ''
}

/** "王建国（安全办主任）" for the office director or contact, or empty when not set. */
export function personWithPosition(index: SchoolIndex, staffId: number | null): string {
  const name = index.personName(staffId)
  if (!name) return ''
  const position = positionOf(index, staffId)
  return position ? `${name}（${position}）` : name
}

/**
 * Describes the office in one paragraph: where it sits, who directs it, who the contact is and the phone. Parts
 * that were not entered are left out rather than printed blank.
 */
export function officeDescription(index: SchoolIndex): string {
  const office = index.data.leadingGroup.office
  const name = cleanText(office.name) || '双重预防体系建设工作办公室'
  const location = cleanText(office.location)
  const director = personWithPosition(index, office.directorStaffId)
  const contact = index.personName(office.contactStaffId)
  const phone = cleanText(office.phone) || cleanText(index.data.school.contactPhone)

  const sentences = [`领导小组下设${name}${location ? `，办公室设在${location}` : ''}，负责双重预防体系建设的日常工作。`]
  if (director) sentences.push(`办公室主任由${director}兼任。`)
  if (contact) sentences.push(`联络员：${contact}${phone ? `，联系电话：${phone}` : ''}。`)
  else if (phone) sentences.push(`办公室联系电话：${phone}。`)
  if (!director && !contact) sentences.push('办公室主任和联络员由领导小组研究确定后另行公布。')
  return sentences.join('')
}

/** Used when the school cleared the office duties: the core duties every office has. */
const fallbackOfficeDuties = [
  '负责双重预防体系建设的日常组织、协调和督促检查',
  '组织安全风险辨识评价，编制和更新风险分级管控清单',
  '制定隐患排查计划，建立和管理隐患排查治理台账，督促整改和验收销号',
  '组织全员培训和应急演练，按要求向教育主管部门报送有关情况'
]

/** Returns the office duties as entered, one per line, each ending with a full stop. */
export function officeDuties(index: SchoolIndex): string[] {
  const lines = cleanLines(index.data.leadingGroup.office.duties).map((line) => asSentence(line.replace(/^\d+[.、．]\s*/, '')))
  return lines.length > 0 ? lines : fallbackOfficeDuties.map(asSentence)
}

/** Lists the duties of the leading group, the same in the notice and in the manuals. */
export function groupDuties(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `贯彻落实国家、省、市和县（市、区）关于安全生产和学校安全工作的法律法规和决策部署，统一领导${terms.we}双重预防体系建设工作。`,
    `审定${terms.we}双重预防体系建设实施方案和各项管理制度，审定发布安全风险分级管控手册和隐患排查治理手册，批准安全风险分级管控清单。`,
    '建立健全全员安全责任制，明确各部门、各岗位的风险管控和隐患排查职责，督促落实“一岗双责”。',
    '保障体系建设和运行所需的人员、经费和物资，将隐患整改资金列入年度预算。',
    '每学期至少召开两次专题会议，听取风险管控和隐患治理情况汇报，研究解决重大风险管控和重大事故隐患治理等重要问题。',
    '组织对体系运行情况的检查考核，落实奖惩措施。'
  ]
}
