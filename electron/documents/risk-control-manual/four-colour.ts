import type { FileChild } from 'docx'
import { controlLevelLabels, highestLevel, riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { pointLabel } from '../school/risk-text'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'

const unnamedArea = '未填写区域'

/** Points grouped by area, in the order each area first appears. */
function byArea(points: readonly DataRiskPoint[]): Map<string, DataRiskPoint[]> {
  const areas = new Map<string, DataRiskPoint[]>()
  for (const point of points) {
    const area = cleanText(point.area) || unnamedArea
    areas.set(area, [...(areas.get(area) ?? []), point])
  }
  return areas
}

function areaRows(index: SchoolIndex): CellValue[][] {
  return [...byArea(index.riskPoints)].map(([area, points]) => {
    const levels = points.map((point) => index.pointLevel(point)).filter((level) => level !== undefined)
    const lines = points.map((point) => {
      const level = index.pointLevel(point)
      return `${pointLabel(point)}（${level ? riskLevelInfo[level].word : '未评价'}）`
    })
    const top = highestLevel(levels)
    return [area, { content: lines }, `${points.length}个`, levelCell(top, top ? `${riskLevelInfo[top].word} · ${riskLevelInfo[top].colourName}` : undefined)]
  })
}

function legendTable(captions: TableCaptions): FileChild[] {
  return [
    captions.caption('四色分布图例'),
    ...table({
      width: portraitTextWidth,
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
          `区域填${info.colourName}色，并标注“${info.word}”字样和风险点名称`
        ]
      })
    })
  ]
}

/** Writes 安全风险四色分布: each area's risk points and highest level, and the legend for drawing the campus map. */
export function fourColourChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const { terms } = index
  const intro =
    index.riskPoints.length === 0
      ? [body(`${terms.unit}尚未辨识风险点，暂不能确定各区域的风险等级。完成风险辨识评价后，按区域汇总各风险点的最高风险等级。`)]
      : [
          body('按所在区域汇总各风险点，区域内有多个风险点的，以其中最高的风险等级确定该区域的颜色。各区域风险分布如下：'),
          captions.caption('安全风险区域分布'),
          ...table({
            width: portraitTextWidth,
            columns: [
              { header: '区域', weight: 4 },
              { header: '风险点及风险等级', weight: 8 },
              { header: '风险点数', weight: 2, align: 'center' },
              { header: '区域最高等级', weight: 3, align: 'center' }
            ],
            rows: areaRows(index)
          })
        ]

  return [
    outline.chapter('安全风险四色分布'),
    ...intro,
    body(
      `${terms.unit}依据上表在校园平面图上按红、橙、黄、蓝四色标注各区域，绘制安全风险四色分布图，标明图例、指北方向、疏散路线和应急集合点，张贴在校门口、教学楼大厅和风险公告栏等醒目位置。图上每个色块同时标注风险等级的文字，黑白打印时也能辨认。`
    ),
    ...legendTable(captions)
  ]
}
