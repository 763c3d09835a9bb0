import type { FileChild } from 'docx'
import { schoolSettingsOf } from '../../../shared/exchange/school-data'
import { levelRank, type RiskLevel } from '../../../shared/domain/levels'
import { circledNumber } from '../layout/numbering'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { levelCell } from '../school/levels'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'
import { distinctItems } from '../risk-notice-cards/card-lists'
import { preventionMeasures } from '../risk-notice-cards/card-common'
import type { BoardGeometry } from './board-geometry'
import { boardParagraph } from './board-sections'

/** A 重大 or 较大 risk point with its level, as the board lists it. */
export interface SeriousPoint {
  point: DataRiskPoint
  level: RiskLevel
}

/**
 * Names the chapter that lists every risk with all its hazards and measures, in the manual the school's mode
 * prints: chapter 七 of the risk control manual, or chapter 三 of the small-school manual that replaces it.
 */
function fullListReference(index: SchoolIndex): string {
  return schoolSettingsOf(index.data).smallSchoolMode
    ? '《小规模学校双重预防体系手册》第三章“风险辨识与分级管控”'
    : '《安全风险分级管控手册》第七章“安全风险分级管控清单”'
}

/** Lists the school's 重大 risk points, then its 较大 ones, each in the school's order. */
export function seriousPoints(index: SchoolIndex): SeriousPoint[] {
  return index.riskPoints
    .map((point) => ({ point, level: index.pointLevel(point) }))
    .filter((entry): entry is SeriousPoint => entry.level !== undefined && levelRank(entry.level) <= levelRank('high'))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level))
}

function numberedItems(items: readonly string[], limit: number): string[] {
  const shown = items.slice(0, limit).map((item, position) => `${circledNumber(position + 1)}${item}`)
  return shown.length > 0 ? shown : ['—']
}

function pointRow(index: SchoolIndex, entry: SeriousPoint, position: number, items: number): CellValue[] {
  const serious = entry.point.risks.filter((risk) => levelRank(risk.level) <= levelRank('high')).sort((a, b) => levelRank(a.level) - levelRank(b.level))
  // The person and phone to call; the post only when no one is named, so the row stays two lines high.
  const owner = index.owner(entry.point.ownerPostId, entry.point.ownerStaffId)
  const ownerLines = [owner.person || owner.post, owner.phone].filter(Boolean)
  return [
    String(position + 1),
    cleanText(entry.point.name),
    cleanText(entry.point.area) || '—',
    levelCell(entry.level),
    { content: numberedItems(distinctItems(serious.map((risk) => risk.hazard)), items) },
    { content: numberedItems(preventionMeasures(serious), items) },
    { content: ownerLines.length > 0 ? ownerLines : ['未指定'] }
  ]
}

function pointsTable(index: SchoolIndex, shown: readonly SeriousPoint[], items: number, geometry: BoardGeometry): FileChild[] {
  return table({
    width: geometry.textWidth,
    fontSize: geometry.textSize,
    columns: [
      { header: '序号', weight: 1.4, align: 'center' },
      { header: '风险点', weight: 3.6 },
      { header: '所在区域', weight: 4 },
      { header: '风险等级', weight: 2.3, align: 'center' },
      { header: '主要危险有害因素', weight: 9 },
      { header: '主要管控措施', weight: 9.5 },
      { header: '责任人', weight: 3.2 }
    ],
    rows: shown.map((entry, position) => pointRow(index, entry, position, items))
  })
}

/** Checks whether a row leaves out some of its point's hazards or measures. */
function shortened(entry: SeriousPoint, items: number): boolean {
  const serious = entry.point.risks.filter((risk) => levelRank(risk.level) <= levelRank('high'))
  return distinctItems(serious.map((risk) => risk.hazard)).length > items || preventionMeasures(serious).length > items
}

/**
 * "其余2个重大风险点（校门；学生宿舍）和30个较大风险点", or "" when every point is listed. The 重大 ones left off are
 * named, so the board names every red point. Names are joined with ；, since a name may contain 、.
 */
function omittedText(omitted: readonly SeriousPoint[]): string {
  const majors = omitted.filter((entry) => entry.level === 'major')
  const highs = omitted.length - majors.length
  const majorNames = majors.map((entry) => cleanText(entry.point.name)).filter(Boolean).join('；')
  const parts = [
    majors.length > 0 ? `${majors.length}个重大风险点${majorNames ? `（${majorNames}）` : ''}` : '',
    highs > 0 ? `${highs}个较大风险点` : ''
  ].filter(Boolean)
  return parts.length > 0 ? `其余${parts.join('和')}` : ''
}

/** Says where the points left off the board and the rest of the shortened rows are printed; empty when nothing is left off. */
function referenceLine(index: SchoolIndex, points: readonly SeriousPoint[], extent: ListExtent, geometry: BoardGeometry): FileChild[] {
  const omitted = omittedText(points.slice(extent.count))
  const anyShortened = points.slice(0, extent.count).some((entry) => shortened(entry, extent.items))
  const whole = anyShortened ? '表中各风险点的全部危险有害因素和管控措施' : ''
  const subject = [omitted, whole].filter(Boolean).join('以及')
  if (subject === '') return []
  return [boardParagraph(`${subject}，见${fullListReference(index)}。`, geometry.textSize)]
}

/** The part of the list the board prints: the first `count` points, each with at most `items` hazards and measures. */
export interface ListExtent {
  count: number
  items: number
}

/**
 * Builds the list of the 重大 and 较大 risk points with their place, main hazards, key controls and owner, to
 * the extent given, then the line that names where the rest is printed.
 */
export function seriousPointsList(index: SchoolIndex, points: readonly SeriousPoint[], extent: ListExtent, geometry: BoardGeometry): FileChild[] {
  if (points.length === 0) {
    const none = index.riskPoints.length === 0 ? `${index.terms.unit}尚未辨识风险点。` : `${index.terms.unit}目前没有重大风险和较大风险。`
    return [boardParagraph(none, geometry.textSize)]
  }
  const listed = points.slice(0, extent.count)
  const list = listed.length > 0 ? pointsTable(index, listed, extent.items, geometry) : []
  return [...list, ...referenceLine(index, points, extent, geometry)]
}
