import { AlignmentType, Paragraph, type FileChild } from 'docx'
import { controlLevelLabels, riskLevelInfo, riskLevels, type RiskLevel } from '../../../shared/domain/levels'
import { run } from '../layout/paragraphs'
import { fonts, styleIds } from '../layout/styles'
import { table, type Cell } from '../layout/tables'
import { wideSpace } from '../layout/text'
import { levelCell } from '../school/levels'
import { bureauPhone, dutyPhone, officePhone, phoneBlank } from '../school/phones'
import type { SchoolIndex } from '../school/school-index'
import type { UnitTerms } from '../school/terms'
import { boardLinePitch, type BoardGeometry } from './board-geometry'

/**
 * Names who controls each level, as the board explains the colours: the higher the level, the higher the
 * controller. The head bears overall responsibility for the major risks; each has a named 责任人 besides.
 */
function controlledBy(terms: UnitTerms): Record<RiskLevel, string> {
  return {
    major: `${terms.head}总负责，报县（市、区）教育局`,
    high: `分管${terms.deputyHead}和职能部门负责`,
    medium: '部门、年级组负责',
    low: '岗位人员负责'
  }
}

const headerFill = 'D9D9D9'

/**
 * Builds one line of board text on a pitch of its own size. The document's default pitch is that of 三号 body
 * text (28.95 pt), which would leave most of a one-sheet board empty.
 */
export function boardParagraph(text: string, size: number, options: { font?: 'hei'; align?: 'right'; before?: number } = {}): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: options.align === 'right' ? AlignmentType.RIGHT : undefined,
    keepNext: options.font === 'hei' ? true : undefined,
    spacing: { before: options.before ?? 0, after: 0, line: boardLinePitch(size), lineRule: 'exact' },
    children: [run(text, { size, font: options.font === 'hei' ? fonts.hei : undefined })]
  })
}

export function heading(text: string, geometry: BoardGeometry): Paragraph {
  return boardParagraph(text, geometry.headingSize, { font: 'hei', before: 60 })
}

function label(value: string): Cell {
  return { content: value, fill: headerFill, bold: true, align: 'center' }
}

function pointCounts(index: SchoolIndex): Record<RiskLevel, number> {
  const points: Record<RiskLevel, number> = { major: 0, high: 0, medium: 0, low: 0 }
  for (const point of index.riskPoints) {
    const level = index.pointLevel(point)
    if (level) points[level] += 1
  }
  return points
}

/**
 * Builds the overview with the four-colour legend: a row of the levels in their colours, how many risks and
 * risk points the school has at each, and the control level with who is responsible.
 */
export function overviewTable(index: SchoolIndex, geometry: BoardGeometry): FileChild[] {
  const risks = index.countByLevel()
  const points = pointCounts(index)
  const total = (counts: Record<RiskLevel, number>) => String(riskLevels.reduce((sum, level) => sum + counts[level], 0))
  const controllers = controlledBy(index.terms)
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    header: false,
    columns: [
      { header: '', weight: 3.4, align: 'center' },
      ...riskLevels.map(() => ({ header: '', weight: 2.8, align: 'center' as const })),
      { header: '', weight: 1.2, align: 'center' }
    ],
    rows: [
      [label('风险等级'), ...riskLevels.map((level) => levelCell(level, `${riskLevelInfo[level].colourName}${wideSpace}${riskLevelInfo[level].word}（${riskLevelInfo[level].roman}）`)), label('合计')],
      ['安全风险（项）', ...riskLevels.map((level) => String(risks[level])), total(risks)],
      ['风险点（个，按最高等级）', ...riskLevels.map((level) => String(points[level])), total(points)],
      ['管控层级', ...riskLevels.map((level) => `${controlLevelLabels[riskLevelInfo[level].defaultControlLevel]}：${controllers[level]}`), '—']
    ]
  })
}

/** Builds the reporting numbers: emergency services, the school's duty phone and office, and the county bureau. */
export function phonesTable(index: SchoolIndex, geometry: BoardGeometry): FileChild[] {
  const known = (phone: string) => phone || phoneBlank
  const big = (value: string): Cell => ({ content: [[{ text: value, size: geometry.headingSize, bold: true }]], align: 'center' })
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    columns: [
      { header: '火警', weight: 2, align: 'center' },
      { header: '急救', weight: 2, align: 'center' },
      { header: '报警', weight: 2, align: 'center' },
      { header: `${index.terms.unit}值班电话`, weight: 4, align: 'center' },
      { header: '双重预防工作办公室', weight: 4, align: 'center' },
      { header: '县（市、区）教育局', weight: 4, align: 'center' }
    ],
    rows: [[big('119'), big('120'), big('110'), big(known(dutyPhone(index))), big(known(officePhone(index))), big(known(bureauPhone(index)))]]
  })
}

export function closingLines(index: SchoolIndex, date: string, geometry: BoardGeometry): FileChild[] {
  const size = geometry.textSize
  return [
    boardParagraph(
      `发现事故隐患或者险情，请立即报告${index.terms.unit}值班人员或者双重预防工作办公室；情况紧急时直接拨打119、120或110。风险点、风险等级或者管控措施发生变化时，本公告栏及时更新，旧版存档备查。`,
      size
    ),
    boardParagraph([index.schoolName, '双重预防工作办公室', `更新日期：${date}`].join(wideSpace), size, { align: 'right' })
  ]
}
