import type { FileChild } from 'docx'
import { controlLevelLabels, levelRank, riskLevelInfo, riskLevels, type RiskLevel } from '../../../shared/domain/levels'
import { circledNumber } from '../layout/numbering'
import { plain } from '../layout/paragraphs'
import { fonts } from '../layout/styles'
import { table, type Cell, type CellValue } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { levelCell } from '../school/levels'
import { bureauPhone, dutyPhone, officePhone, phoneBlank } from '../school/phones'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'
import type { UnitTerms } from '../school/terms'
import { distinctItems } from '../risk-notice-cards/card-lists'
import { preventionMeasures, riskListSource } from '../risk-notice-cards/card-common'
import type { BoardGeometry } from './board-geometry'

/** Names who controls each level, as the board explains the colours: the higher the level, the higher the controller. */
function controlledBy(terms: UnitTerms): Record<RiskLevel, string> {
  return {
    major: `${terms.head}负责，报县(市)区教育局`,
    high: `分管${terms.deputyHead}和职能部门负责`,
    medium: '部门、年级组负责',
    low: '岗位人员负责'
  }
}

export function heading(text: string, geometry: BoardGeometry): FileChild {
  return plain({ text, font: fonts.hei, size: geometry.headingSize }, { keepNext: true })
}

function text(value: string, geometry: BoardGeometry, bold = false): Cell {
  return { content: [[{ text: value, size: geometry.textSize, bold }]] }
}

function coloured(level: RiskLevel, value: string): Cell {
  return levelCell(level, value)
}

/** Builds the overview: how many risks and risk points the school has at each level. */
export function overviewTable(index: SchoolIndex, geometry: BoardGeometry): FileChild[] {
  const risks = index.countByLevel()
  const points: Record<RiskLevel, number> = { major: 0, high: 0, medium: 0, low: 0 }
  for (const point of index.riskPoints) {
    const level = index.pointLevel(point)
    if (level) points[level] += 1
  }
  const total = (counts: Record<RiskLevel, number>) => String(riskLevels.reduce((sum, level) => sum + counts[level], 0))
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    columns: [
      { header: '项目', weight: 3, align: 'center' },
      ...riskLevels.map((level) => ({ header: `${riskLevelInfo[level].word}（${riskLevelInfo[level].colourName}）`, weight: 2.5, align: 'center' as const })),
      { header: '合计', weight: 2, align: 'center' }
    ],
    rows: [
      ['安全风险（项）', ...riskLevels.map((level) => coloured(level, String(risks[level]))), total(risks)],
      ['风险点（个，按最高等级）', ...riskLevels.map((level) => coloured(level, String(points[level]))), total(points)]
    ]
  })
}

function numberedItems(items: readonly string[], limit: number): string[] {
  const shown = items.slice(0, limit).map((item, position) => `${circledNumber(position + 1)}${item}`)
  if (items.length > limit) shown.push(`等 ${items.length} 项，详见《${riskListSource}》`)
  return shown.length > 0 ? shown : ['—']
}

function majorRow(index: SchoolIndex, point: DataRiskPoint, position: number, geometry: BoardGeometry): CellValue[] {
  const level = index.pointLevel(point) as RiskLevel
  const serious = point.risks.filter((risk) => levelRank(risk.level) <= levelRank('high')).sort((a, b) => levelRank(a.level) - levelRank(b.level))
  const owner = index.owner(point.ownerPostId, point.ownerStaffId)
  const ownerLines = [owner.post, owner.person, owner.phone].filter(Boolean)
  return [
    String(position + 1),
    cleanText(point.name),
    cleanText(point.area) || '—',
    levelCell(level),
    { content: numberedItems(distinctItems(serious.map((risk) => risk.hazard)), geometry.itemsPerCell) },
    { content: numberedItems(preventionMeasures(serious), geometry.itemsPerCell) },
    { content: ownerLines.length > 0 ? ownerLines : ['未指定'] }
  ]
}

/** Builds the table of the 重大 and 较大 risk points with their place, main hazards, key controls and owner. */
export function majorRisksTable(index: SchoolIndex, geometry: BoardGeometry): FileChild[] {
  const serious = index.riskPoints
    .filter((point) => {
      const level = index.pointLevel(point)
      return level !== undefined && levelRank(level) <= levelRank('high')
    })
    .sort((a, b) => levelRank(index.pointLevel(a) as RiskLevel) - levelRank(index.pointLevel(b) as RiskLevel))
  if (serious.length === 0) {
    const none = index.riskPoints.length === 0 ? `${index.terms.unit}尚未辨识风险点。` : `${index.terms.unit}目前没有重大风险和较大风险。`
    return [plain({ text: none, size: geometry.textSize })]
  }
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    columns: [
      { header: '序号', weight: 1.2, align: 'center' },
      { header: '风险点', weight: 3.5 },
      { header: '所在区域', weight: 3 },
      { header: '风险等级', weight: 2.2, align: 'center' },
      { header: '主要危险有害因素', weight: 8 },
      { header: '主要管控措施', weight: 8 },
      { header: '责任人', weight: 3.5 }
    ],
    rows: serious.map((point, position) => majorRow(index, point, position, geometry))
  })
}

/** Builds the table of the four colours: what each level means and who controls it. */
export function coloursTable(index: SchoolIndex, geometry: BoardGeometry): FileChild[] {
  const controllers = controlledBy(index.terms)
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    columns: [
      { header: '颜色', weight: 2, align: 'center' },
      { header: '风险等级', weight: 3.5, align: 'center' },
      { header: '含义', weight: 13 },
      { header: '管控层级', weight: 6 }
    ],
    rows: riskLevels.map((level) => {
      const info = riskLevelInfo[level]
      return [
        coloured(level, info.colourName),
        text(`${info.word}（${info.roman}）`, geometry, true),
        info.definition,
        `${controlLevelLabels[info.defaultControlLevel]}：${controllers[level]}`
      ]
    })
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
      { header: '县(市)区教育局', weight: 4, align: 'center' }
    ],
    rows: [[big('119'), big('120'), big('110'), big(known(dutyPhone(index))), big(known(officePhone(index))), big(known(bureauPhone(index)))]]
  })
}

export function closingLines(index: SchoolIndex, date: string, geometry: BoardGeometry): FileChild[] {
  return [
    plain({ text: `发现事故隐患或者险情，请立即报告${index.terms.unit}值班人员或者双重预防工作办公室；情况紧急时直接拨打119、120或110。`, size: geometry.textSize }),
    plain({ text: '风险点、风险等级或者管控措施发生变化时，本公告栏及时更新，旧版存档备查。', size: geometry.textSize }),
    plain({ text: [index.schoolName, '双重预防工作办公室', `更新日期：${date}`].join(wideSpace), size: geometry.textSize }, { align: 'right' })
  ]
}
