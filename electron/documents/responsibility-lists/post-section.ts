import type { FileChild } from 'docx'
import { checkFrequencyLabels } from '../../../shared/domain/checks'
import { riskLevelInfo } from '../../../shared/domain/levels'
import { responsibilityKindLabels, responsibilityKinds } from '../../../shared/domain/posts'
import { chineseNumeral, numberLines } from '../layout/numbering'
import { blankLine, body, bodyLines, heading1, heading2, plain } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { asSentence, cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { DataPost, SchoolIndex } from '../school/school-index'

/** The post's names table: 岗位 | 所属部门 | 责任人. */
function identityTable(index: SchoolIndex, post: DataPost): FileChild[] {
  const holders = index.holders(post).map((person) => cleanText(person.name)).filter(Boolean)
  return table({
    width: portraitTextWidth,
    columns: [
      { header: '岗位', weight: 3, align: 'center' },
      { header: '所属部门', weight: 3, align: 'center' },
      { header: '责任人', weight: 5, align: 'center' }
    ],
    rows: [[cleanText(post.name), cleanText(post.department) || '—', holders.length > 0 ? holders.join('、') : '（待安排）']]
  })
}

/** Writes one numbered part per kind of responsibility the post has, in the order of the kinds. */
function responsibilityParts(post: DataPost, nextNumber: () => string): FileChild[] {
  const parts: FileChild[] = []
  for (const kind of responsibilityKinds) {
    const lines = post.responsibilities.filter((item) => item.kind === kind).map((item) => asSentence(item.content)).filter(Boolean)
    if (lines.length === 0) continue
    parts.push(heading2(`${nextNumber()}${responsibilityKindLabels[kind]}`), ...bodyLines(numberLines(lines)))
  }
  return parts
}

function ownedPoints(index: SchoolIndex, post: DataPost, nextNumber: () => string): FileChild[] {
  const points = index.pointsOwnedBy(post)
  if (points.length === 0) return []
  const lines = points.map((point) => {
    const level = index.pointLevel(point)
    const levelWord = level ? riskLevelInfo[level].word : '尚未评价'
    return `${cleanText(point.code)} ${cleanText(point.name)}（${levelWord}）`
  })
  return [heading2(`${nextNumber()}本岗位负责管控的风险点`), ...bodyLines(numberLines(lines))]
}

function ownedChecks(index: SchoolIndex, post: DataPost, nextNumber: () => string): FileChild[] {
  const items = index.checkItemsOf(post)
  if (items.length === 0) return []
  const lines = items.map((item) => {
    const point = index.riskPoint(item.riskPointId)
    const where = point ? `【${cleanText(point.name)}】` : ''
    return `${where}${cleanText(item.content).replace(/[。；;]+$/, '')}（${checkFrequencyLabels[item.frequency]}）。`
  })
  return [heading2(`${nextNumber()}本岗位承担的隐患排查项`), ...bodyLines(numberLines(lines))]
}

function signatureBlock(index: SchoolIndex): FileChild[] {
  return [
    blankLine(),
    plain('责任人（签字）：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿'),
    blankLine(),
    plain(index.terms.unit + '负责人（签字）：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿')
  ]
}

/** Writes one post's list on pages of its own: names table, duties by kind, owned points and checks, signatures. */
export function postSection(index: SchoolIndex, post: DataPost, position: number): FileChild[] {
  let part = 0
  const nextNumber = (): string => {
    part += 1
    return `（${chineseNumeral(part)}）`
  }

  const duties = responsibilityParts(post, nextNumber)
  const fallback = duties.length === 0 ? [body('本岗位的安全职责尚未填写。请在建设向导的“责任清单”步骤中补充本岗位的职责后重新生成本清单。')] : []

  return [
    heading1(`${chineseNumeral(position)}、${cleanText(post.name)}`, { pageBreakBefore: true }),
    ...identityTable(index, post),
    ...duties,
    ...fallback,
    ...ownedPoints(index, post, nextNumber),
    ...ownedChecks(index, post, nextNumber),
    ...signatureBlock(index)
  ]
}
