import type { FileChild } from 'docx'
import { controlLevelLabels, riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { landscapeTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { accidentNames, measureParagraphs, methodLines, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

function listRow(index: SchoolIndex, { point, risk }: PlacedRisk, position: number): CellValue[] {
  const measures = measureParagraphs(risk)
  return [
    String(position + 1),
    pointLabel(point),
    cleanText(risk.hazard),
    accidentNames(risk.accidentTypes) || '—',
    { content: methodLines(risk), align: 'center' },
    scoreText(risk),
    levelCell(risk.level),
    { content: measures.length > 0 ? measures : ['尚未制定管控措施'] },
    controlLevelLabels[risk.controlLevel],
    index.ownerLabel(risk.ownerPostId, risk.ownerStaffId)
  ]
}

function summary(index: SchoolIndex): string {
  const counts = index.countByLevel()
  const total = riskLevels.reduce((sum, level) => sum + counts[level], 0)
  const byLevel = riskLevels.map((level) => `${riskLevelInfo[level].word}${counts[level]}项`).join('、')
  return `经辨识评价，${index.terms.unit}${index.riskPoints.length}个风险点共有风险${total}项，其中${byLevel}。清单按风险等级由高到低排列，同一等级内按风险点编号排列；管控措施按工程技术、管理、培训教育、个体防护、应急处置的顺序列出。`
}

/** Writes 安全风险分级管控清单 (landscape): one row per risk, 重大 first, with every measure labelled by category. */
export function gradedListChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const risks = index.risksByLevel()
  if (risks.length === 0) {
    const reason = index.riskPoints.length === 0 ? '尚未辨识风险点' : '已确定的风险点尚未开展风险评价'
    return [
      outline.chapter('安全风险分级管控清单', { pageBreakBefore: true }),
      body(`${index.terms.unit}${reason}，风险分级管控清单暂无内容。完成风险辨识和评价后重新生成本手册，清单按风险等级由高到低列出每项风险及其管控措施、管控层级和责任人。`)
    ]
  }

  return [
    outline.chapter('安全风险分级管控清单', { pageBreakBefore: true }),
    body(summary(index)),
    captions.caption('安全风险分级管控清单'),
    ...table({
      width: landscapeTextWidth,
      columns: [
        { header: '序号', weight: 4, align: 'center' },
        { header: '风险点', weight: 7 },
        { header: '危险有害因素', weight: 13 },
        { header: '事故类型', weight: 6, align: 'center' },
        { header: '评价方法', weight: 7, align: 'center' },
        { header: '风险值', weight: 6, align: 'center' },
        { header: '风险等级', weight: 5, align: 'center' },
        { header: '管控措施', weight: 31 },
        { header: '管控层级', weight: 5, align: 'center' },
        { header: '责任岗位／责任人', weight: 8, align: 'center' }
      ],
      rows: risks.map((entry, position) => listRow(index, entry, position))
    })
  ]
}
