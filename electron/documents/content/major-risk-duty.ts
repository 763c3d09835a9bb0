import { controlLevelLabels, controlLevels } from '../../../shared/domain/levels'
import { cleanText } from '../layout/text'
import type { DataStaff, PlacedRisk, SchoolIndex } from '../school/school-index'

/** Built-in codes of the head's post: 校长 of a school, 园长 of a kindergarten. */
const headPostCodes = new Set(['principal', 'kg-director'])

/** The 责任人 a major-risk table names: a person, or else a post with its holders. */
export interface Responsible {
  postId: number | null
  staffId: number | null
}

function isHeadPost(index: SchoolIndex, postId: number): boolean {
  const post = index.post(postId)
  if (!post) return false
  return (post.code !== null && headPostCodes.has(post.code)) || cleanText(post.name) === index.terms.head
}

function isHead(index: SchoolIndex, person: DataStaff): boolean {
  const principal = cleanText(index.data.school.principal)
  return (principal !== '' && cleanText(person.name) === principal) || person.postIds.some((postId) => isHeadPost(index, postId))
}

/** Checks whether the 责任人 a table prints is the head (校长 or 园长) in person. */
function headIsResponsible(index: SchoolIndex, responsible: Responsible): boolean {
  const person = index.person(responsible.staffId)
  if (person) return isHead(index, person)
  return responsible.postId !== null && isHeadPost(index, responsible.postId)
}

/** "均由学校级管控", or "学校级管控7项、部门级管控2项" when the risks' control levels differ. */
function controlPart(majors: readonly PlacedRisk[]): string {
  const counts = controlLevels
    .map((level) => ({ level, count: majors.filter((entry) => entry.risk.controlLevel === level).length }))
    .filter((group) => group.count > 0)
  if (counts.length === 1) return `均由${controlLevelLabels[counts[0].level]}管控`
  return `其中${counts.map((group) => `${controlLevelLabels[group.level]}管控${group.count}项`).join('、')}`
}

/**
 * Writes the sentence above a major-risk table from its data: how many risks, at which control level, and who
 * is responsible. When the table names people other than the head, the head bears overall responsibility
 * (总负责) and each named 责任人 carries out the controls of that risk (具体负责).
 */
export function majorRiskDutySentence(index: SchoolIndex, majors: readonly PlacedRisk[], responsibleOf: (entry: PlacedRisk) => Responsible): string {
  const { terms } = index
  const headOnly = majors.every((entry) => headIsResponsible(index, responsibleOf(entry)))
  const duty = headOnly ? `${terms.head}负责` : `${terms.head}总负责，各项风险由表中所列责任人具体负责落实管控措施`
  return `经辨识评价，${terms.unit}共有重大风险${majors.length}项，${controlPart(majors)}，${duty}。`
}
