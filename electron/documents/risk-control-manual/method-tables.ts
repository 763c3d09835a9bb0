import type { FileChild } from 'docx'
import { controlLevelLabels, riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import { levelForScore, roundScore, thresholdRanges } from '../../../shared/grading/grade'
import type { LevelThreshold, ScaleValue } from '../../../shared/grading/value-tables'
import type { TableCaptions } from '../layout/captions'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'

/** Prints a value scale (L, E, C or S) as 分值 | 含义. */
export function scaleTable(captions: TableCaptions, caption: string, scale: readonly ScaleValue[]): FileChild[] {
  return [
    captions.caption(caption),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '分值', weight: 1, align: 'center' },
        { header: '含义', weight: 6 }
      ],
      rows: scale.map((entry) => [String(entry.value), cleanText(entry.meaning)])
    })
  ]
}

/** Prints the score range of each level, e.g. "160≤D≤320", with the level's colour and control level. */
export function thresholdTable(captions: TableCaptions, caption: string, thresholds: readonly LevelThreshold[], symbol: string): FileChild[] {
  const ranges = thresholdRanges(thresholds, symbol)
  return [
    captions.caption(caption),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '风险等级', weight: 2, align: 'center' },
        { header: '颜色', weight: 1, align: 'center' },
        { header: `风险值${symbol}`, weight: 2, align: 'center' },
        { header: '管控层级', weight: 2, align: 'center' }
      ],
      rows: riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return [levelCell(level), info.colourName, ranges[level], controlLevelLabels[info.defaultControlLevel]]
      })
    })
  ]
}

/** Prints the LS matrix: R = L × S for every pair, each cell filled with its level's colour and carrying the score. */
export function matrixTable(captions: TableCaptions, likelihood: readonly ScaleValue[], severity: readonly ScaleValue[], thresholds: readonly LevelThreshold[]): FileChild[] {
  const rowsL = [...likelihood].sort((a, b) => b.value - a.value)
  const columnsS = [...severity].sort((a, b) => a.value - b.value)
  const rows: CellValue[][] = rowsL.map((l) => [
    { content: `L＝${l.value}`, bold: true, align: 'center', fill: 'F2F2F2' },
    ...columnsS.map((s) => {
      const score = roundScore(l.value * s.value)
      const level = levelForScore(score, thresholds)
      return levelCell(level, `${score}（${riskLevelInfo[level].shortWord}）`)
    })
  ])
  return [
    captions.caption('LS风险矩阵（R＝L×S）'),
    ...table({
      width: portraitTextWidth,
      columns: [{ header: 'L＼S', weight: 2, align: 'center' }, ...columnsS.map((s) => ({ header: `S＝${s.value}`, weight: 2, align: 'center' as const }))],
      rows
    })
  ]
}

/** Prints the four levels with their colour, definition and control level. */
export function levelDefinitionTable(captions: TableCaptions): FileChild[] {
  return [
    captions.caption('风险等级及定义'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '风险等级', weight: 2, align: 'center' },
        { header: '颜色', weight: 1, align: 'center' },
        { header: '等级定义', weight: 7 },
        { header: '管控层级', weight: 2, align: 'center' }
      ],
      rows: riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return [levelCell(level), `${info.colourName}色`, info.definition, controlLevelLabels[info.defaultControlLevel]]
      })
    })
  ]
}
