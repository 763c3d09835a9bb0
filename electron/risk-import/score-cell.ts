import { toHalfWidth } from './normalise'

/**
 * Splits a cell that may hold a score and a level together ("270/较大", "较大(270)", "D=270 较大风险")
 * into the number and the remaining level text.
 */

export interface ScoreCell {
  score?: number
  levelText: string
  /** True when the cell contains more than one number, so the score is unclear. */
  ambiguous: boolean
}

export function splitScoreCell(text: string): ScoreCell {
  const halfWidth = toHalfWidth(text)
  const numbers = [...halfWidth.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]))
  const levelText = halfWidth
    .replace(/[DR]\s*=|\d+(?:\.\d+)?/gi, ' ')
    .replace(/[\s/\\|,，;；:：()（）[\]【】=-]+/g, ' ')
    .trim()

  if (numbers.length === 1) return { score: numbers[0], levelText, ambiguous: false }
  return { levelText, ambiguous: numbers.length > 1 }
}
