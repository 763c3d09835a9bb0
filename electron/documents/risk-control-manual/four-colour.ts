import type { FileChild } from 'docx'
import { controlLevelLabels, highestLevel, riskLevelInfo, riskLevels, type RiskLevel } from '../../../shared/domain/levels'
import type { RiskMapData } from '../../../shared/exchange/school-data'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body, plain } from '../layout/paragraphs'
import { pictureParagraph, type Picture } from '../layout/picture'
import { fonts } from '../layout/styles'
import { table, type CellValue } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { a4, landscapeMargins, landscapeTextWidth, portraitTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { pointLabel } from '../school/risk-text'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'

const unnamedArea = '未填写区域'

/** The drawn map and its picture, when the school has drawn one. */
export interface MapFigure {
  map: RiskMapData
  picture: Picture
}

/** One 28.95 pt line of body text, in DXA: the heading above the picture and the caption below it take one each. */
const bodyLineDxa = 579
/**
 * The picture's box on a landscape page: the text width, and the text height less the heading, the caption
 * and 1,000 DXA (1.8 cm) for the picture's own line, which LibreOffice lays out taller than Word does.
 */
const landscapeTextHeight = a4.width - landscapeMargins.top - landscapeMargins.bottom
export const mapPictureBox = { width: landscapeTextWidth, height: landscapeTextHeight - 2 * bodyLineDxa - 1000 }

/** Points grouped by area, in the order each area first appears. */
function byArea(points: readonly DataRiskPoint[]): Map<string, DataRiskPoint[]> {
  const areas = new Map<string, DataRiskPoint[]>()
  for (const point of points) {
    const area = cleanText(point.area) || unnamedArea
    areas.set(area, [...(areas.get(area) ?? []), point])
  }
  return areas
}

function levelWordOf(level: RiskLevel | undefined): string {
  return level ? riskLevelInfo[level].word : '未评价'
}

/** Builds one row: the area, its points with their levels, how many, and the highest level as a coloured cell. */
function areaRow(index: SchoolIndex, area: string, points: readonly DataRiskPoint[]): CellValue[] {
  const levels = points.map((point) => index.pointLevel(point)).filter((level) => level !== undefined)
  const lines = points.map((point) => `${pointLabel(point)}（${levelWordOf(index.pointLevel(point))}）`)
  const top = highestLevel(levels)
  if (points.length === 0) return [area, '未关联风险点', '0个', levelCell(undefined, '未关联')]
  return [area, { content: lines }, `${points.length}个`, levelCell(top, top ? `${riskLevelInfo[top].word} · ${riskLevelInfo[top].colourName}` : undefined)]
}

/** Rows by the areas drawn on the map, in drawing order, so the table reads together with the picture. */
function mapAreaRows(index: SchoolIndex, map: RiskMapData): CellValue[][] {
  return [...map.areas]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((area) => {
      const points = area.riskPointIds.map((id) => index.riskPoint(id)).filter((point): point is DataRiskPoint => point !== undefined)
      return areaRow(index, cleanText(area.label) || unnamedArea, points)
    })
}

/** Rows by the 所在区域 written on each risk point, for a school without a map. */
function pointAreaRows(index: SchoolIndex): CellValue[][] {
  return [...byArea(index.riskPoints)].map(([area, points]) => areaRow(index, area, points))
}

function areaTable(captions: TableCaptions, rows: CellValue[][], width: number): FileChild[] {
  return [
    captions.caption('安全风险区域分布'),
    ...table({
      width,
      columns: [
        { header: '区域', weight: 4 },
        { header: '风险点及风险等级', weight: 8 },
        { header: '风险点数', weight: 2, align: 'center' },
        { header: '区域最高等级', weight: 3, align: 'center' }
      ],
      rows
    })
  ]
}

function legendTable(captions: TableCaptions, width: number): FileChild[] {
  return [
    captions.caption('四色分布图例'),
    ...table({
      width,
      columns: [
        { header: '颜色', weight: 2, align: 'center' },
        { header: '风险等级', weight: 2, align: 'center' },
        { header: '管控层级', weight: 2, align: 'center' },
        { header: '图上标注', weight: 6 }
      ],
      rows: riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return [
          levelCell(level, `${info.colourName}色`),
          info.word,
          controlLevelLabels[info.defaultControlLevel],
          `区域填${info.colourName}色，并标注“${info.word}”字样和区域名称`
        ]
      })
    })
  ]
}

/** Writes the sentence naming the risk points that no area of the map contains. */
function unplacedPoints(index: SchoolIndex, map: RiskMapData): FileChild[] {
  const placed = new Set(map.areas.flatMap((area) => area.riskPointIds))
  const missing = index.riskPoints.filter((point) => !placed.has(point.id))
  if (missing.length === 0) return [body('全部风险点均已在图上标注所在区域。')]
  const names = missing.map((point) => pointLabel(point)).join('、')
  return [body(`以下 ${missing.length} 个风险点未在图上标注所在区域（全校性或校外的作业活动可不标注）：${names}。`)]
}

/**
 * Writes 安全风险四色分布. With a drawn map, the picture fills the chapter's first landscape page and the
 * table of the drawn areas follows, so the caller puts these children in a landscape section. Without a map
 * the chapter states that none is drawn and groups the risk points by the area written on each.
 */
export function fourColourChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions, figure?: MapFigure): FileChild[] {
  const { terms } = index
  if (figure) {
    return [
      outline.chapter('安全风险四色分布'),
      pictureParagraph(figure.picture, mapPictureBox, { keepNext: true }),
      plain({ text: `图1${wideSpace}${cleanText(figure.map.title) || '安全风险四色分布图'}`, font: fonts.hei }, { align: 'center' }),
      body(
        `${terms.unit}在校园平面图上划分区域，按区域内各风险点的最高风险等级以红、橙、黄、蓝四色标注，绘制了安全风险四色分布图（图1）。区域内有多个风险点的，以其中最高的风险等级确定该区域的颜色；每个色块同时标注区域名称和风险等级的文字，黑白打印时也能辨认。图中各区域的风险点如下：`
      ),
      ...areaTable(captions, mapAreaRows(index, figure.map), landscapeTextWidth),
      ...unplacedPoints(index, figure.map),
      body(
        `安全风险四色分布图张贴在校门口、教学楼大厅和风险公告栏等醒目位置；风险点或风险等级变化后，${terms.unit}及时更新本图并重新张贴。`
      ),
      ...legendTable(captions, landscapeTextWidth)
    ]
  }

  const intro =
    index.riskPoints.length === 0
      ? [body(`${terms.unit}尚未辨识风险点，暂不能确定各区域的风险等级。完成风险辨识评价后，按区域汇总各风险点的最高风险等级。`)]
      : [
          body('按所在区域汇总各风险点，区域内有多个风险点的，以其中最高的风险等级确定该区域的颜色。各区域风险分布如下：'),
          ...areaTable(captions, pointAreaRows(index), portraitTextWidth)
        ]

  return [
    outline.chapter('安全风险四色分布'),
    body(`${terms.unit}尚未绘制安全风险四色分布图。在本软件的“四色分布图”页面画出各区域并关联风险点后，重新生成本手册，图将印在本章。`),
    ...intro,
    body(
      `${terms.unit}依据上表在校园平面图上按红、橙、黄、蓝四色标注各区域，绘制安全风险四色分布图，标明图例、指北方向、疏散路线和应急集合点，张贴在校门口、教学楼大厅和风险公告栏等醒目位置。图上每个色块同时标注风险等级的文字，黑白打印时也能辨认。`
    ),
    ...legendTable(captions, portraitTextWidth)
  ]
}
