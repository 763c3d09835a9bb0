import { riskLevelInfo, type RiskLevel } from '../../../shared/domain/levels'
import type { Cell } from '../layout/tables'

/** Builds a table cell filled with the level's colour and carrying its word, so grayscale prints stay readable. */
export function levelCell(level: RiskLevel | undefined, text?: string): Cell {
  if (level === undefined) return { content: text ?? '未评价', align: 'center' }
  const info = riskLevelInfo[level]
  return { content: text ?? info.word, fill: info.rgb, color: info.textRgb, bold: true, align: 'center' }
}

/** "较大风险（橙）". */
export function levelWithColour(level: RiskLevel): string {
  const info = riskLevelInfo[level]
  return `${info.word}（${info.colourName}）`
}
