import type { FileChild } from 'docx'
import { controlLevelLabels, levelRank, riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import type { TableCaptions } from '../layout/captions'
import { circledNumber } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'
import { preventionMeasures, emergencyMeasures, riskListSource } from '../risk-notice-cards/card-common'

/** Most hazards and measures a point's row lists; all of them are in the 风险分级管控清单. */
const hazardsPerPoint = 2
const measuresPerPoint = 2

function levelTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const counts = index.countByLevel()
  return [
    captions.caption('风险等级的定义和本校风险数量'),
    ...table({
      width: portraitTextWidth,
      fontSize: sizes.tableSmall,
      columns: [
        { header: '风险等级', weight: 2.6, align: 'center' },
        { header: '定义（对照判定）', weight: 10 },
        { header: '管控层级', weight: 2.4, align: 'center' },
        { header: '本校数量', weight: 2, align: 'center' }
      ],
      rows: riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return [levelCell(level, `${info.word}（${info.colourName}）`), info.definition, controlLevelLabels[info.defaultControlLevel], `${counts[level]}项`]
      })
    })
  ]
}

/** Numbers the first `limit` items ①②… and gives the count of all when some are left out, never cutting an item. */
function shortened(items: readonly string[], limit: number): string[] {
  const shown = items.slice(0, limit).map((item, position) => `${circledNumber(position + 1)}${item}`)
  if (items.length > limit) shown.push(`（共 ${items.length} 项）`)
  return shown
}

function pointRow(index: SchoolIndex, point: DataRiskPoint, position: number): CellValue[] {
  const risks = [...point.risks].sort((a, b) => levelRank(a.level) - levelRank(b.level))
  const hazards = risks.map((risk) => `${cleanText(risk.hazard).replace(/[。；;，,]+$/, '')}（${riskLevelInfo[risk.level].shortWord}）`)
  const measures = [...preventionMeasures(risks), ...emergencyMeasures(risks)]
  return [
    String(position + 1),
    { content: [cleanText(point.name), cleanText(point.area)].filter(Boolean) },
    levelCell(index.pointLevel(point)),
    { content: hazards.length > 0 ? shortened(hazards, hazardsPerPoint) : ['尚未辨识'] },
    { content: measures.length > 0 ? shortened(measures, measuresPerPoint) : ['尚未制定'] },
    index.ownerLabel(point.ownerPostId, point.ownerStaffId)
  ]
}

function pointTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  if (index.riskPoints.length === 0) {
    return [body(`${index.terms.unit}尚未辨识风险点。在风险辨识中确认建议的风险点后，本章列出每个风险点的风险、等级、主要管控措施和责任人。`)]
  }
  return [
    captions.caption('风险分级管控简表'),
    ...table({
      width: portraitTextWidth,
      fontSize: sizes.tableSmall,
      columns: [
        { header: '序号', weight: 1.1, align: 'center' },
        { header: '风险点（区域）', weight: 3 },
        { header: '等级', weight: 1.6, align: 'center' },
        { header: '主要危险有害因素（等级）', weight: 7 },
        { header: '主要管控措施', weight: 7 },
        { header: '责任人', weight: 2.6 }
      ],
      rows: index.riskPoints.map((point, position) => pointRow(index, point, position))
    })
  ]
}

/** How the risks were graded, from the methods actually recorded: small schools grade by the level definitions. */
function methodSentence(index: SchoolIndex): string {
  const risks = index.placedRisks().map((entry) => entry.risk)
  if (risks.length === 0) return '对照各级风险的定义直接判定风险等级；'
  const direct = risks.filter((risk) => risk.method === 'direct').length
  const lec = risks.filter((risk) => risk.method === 'lec').length
  const ls = risks.filter((risk) => risk.method === 'ls').length
  if (direct === risks.length) return `对照各级风险的定义直接判定全部${risks.length}项风险的等级；`
  const parts = [direct > 0 ? `对照各级风险的定义直接判定${direct}项` : '', lec > 0 ? `用LEC法评价${lec}项` : '', ls > 0 ? `用LS法评价${ls}项` : '']
  return `共${risks.length}项风险，其中${parts.filter(Boolean).join('，')}；`
}

/**
 * Writes 风险辨识与分级管控: how the short list was made and graded (by the level definitions), the four levels
 * with the school's counts, and one row per risk point with its hazards, level, main controls and owner.
 */
export function riskChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const { terms } = index
  return [
    outline.chapter('风险辨识与分级管控'),
    body(
      `${terms.unit}抓住主要矛盾，选取本校的主要风险点${index.riskPoints.length}个，逐个辨识危险有害因素，${methodSentence(index)}重大风险和较大风险优先管控。风险点、风险等级或者管控措施发生变化时及时更新本章和告知卡。`
    ),
    ...levelTable(index, captions),
    body(`各风险点的主要风险、等级、主要管控措施和责任人如下；标有“共 N 项”的，其余各项见《${riskListSource}》（Excel）：`),
    ...pointTable(index, captions)
  ]
}
