import { riskLevelInfo, riskLevels, type RiskLevel } from '../../shared/domain/levels'
import type { ImportOption } from '../../shared/risk-import'
import { legendColour, legendDigitOrder, legendIsThreeLevel, legendLetterOrder, type DigitOrder, type Legend, type LetterOrder } from './legend'
import { colourLevels, gradeLevel, readLevel, romanNames, type Colour, type LevelReading } from './level-words'
import type { RawRow } from './raw-rows'
import { splitScoreCell } from './score-cell'

/**
 * The sheet-wide reading of level cells. A grade, colour, digit or letter means nothing until the
 * sheet's scheme is known: Ⅰ–Ⅳ and 红橙黄蓝 follow the four levels, unless the sheet looks like a
 * three-level scheme (only Ⅰ/Ⅱ/Ⅲ or only 红/黄/蓝 used, or the legend makes Ⅱ yellow); bare digits
 * and letters need a legend or an answer, because 1 and A may be the highest or the lowest.
 */

export interface LevelScheme {
  threeLevel: boolean
  /** Grades used without a level word, e.g. {1, 2, 3}. */
  grades: number[]
  /** Colours used without a level word or grade. */
  colours: Colour[]
  digitOrder?: DigitOrder
  letterOrder?: LetterOrder
  legend: Legend
}

export type ThreeLevelChoice = 'by-colour' | 'in-order'

/** The colours of a three-level scheme when the legend gives none. */
const standardThreeColours: Record<number, Colour> = { 1: '红', 2: '黄', 3: '蓝' }
const inOrderColourLevels: Partial<Record<Colour, RiskLevel>> = { 红: 'major', 黄: 'high', 蓝: 'medium' }

/** Returns a row's level text: the level column, else the level part of a "D/分级" cell, else the colour column. */
export function levelTextOf(raw: RawRow): string {
  if (raw.values.level) return raw.values.level
  if (raw.values.scoreLevel) {
    const levelPart = splitScoreCell(raw.values.scoreLevel).levelText
    if (levelPart) return levelPart
  }
  return raw.values.colour ?? ''
}

function sameSet<T>(values: Set<T>, expected: readonly T[]): boolean {
  return values.size === expected.length && expected.every((value) => values.has(value))
}

export function detectScheme(rows: readonly RawRow[], legend: Legend): LevelScheme {
  const readings = rows.map((raw) => readLevel(levelTextOf(raw))).filter((reading) => !reading.word)
  const grades = new Set(readings.flatMap((reading) => (reading.grade ? [reading.grade] : [])))
  const colours = new Set(readings.flatMap((reading) => (reading.colour && !reading.grade ? [reading.colour] : [])))
  const inlineSecondYellow = readings.some((reading) => reading.grade === 2 && reading.colour === '黄')

  const threeLevel = legendIsThreeLevel(legend) || inlineSecondYellow || sameSet(grades, [1, 2, 3]) || sameSet(colours, ['红', '黄', '蓝'] as Colour[])
  return {
    threeLevel,
    grades: [...grades].sort(),
    colours: [...colours],
    digitOrder: legendDigitOrder(legend),
    letterOrder: legendLetterOrder(legend),
    legend
  }
}

function word(level: RiskLevel): string {
  return riskLevelInfo[level].word
}

function gradeColour(scheme: LevelScheme, grade: number): Colour {
  return legendColour(scheme.legend, grade) ?? standardThreeColours[grade] ?? '蓝'
}

/** Builds the options of the three-level question, worded for what the sheet uses (grades or colours). */
export function threeLevelOptions(scheme: LevelScheme): ImportOption[] {
  if (scheme.grades.length > 0) {
    const grades = [1, 2, 3]
    const byColour = grades.map((grade) => `${romanNames[grade - 1]}级（${gradeColour(scheme, grade)}）→${word(colourLevels[gradeColour(scheme, grade)])}`)
    const inOrder = grades.map((grade) => `${romanNames[grade - 1]}级→${word(gradeLevel(grade))}`)
    return [
      { value: 'by-colour', label: `按颜色对应：${byColour.join('，')}` },
      { value: 'in-order', label: `按级别顺序对应：${inOrder.join('，')}` }
    ]
  }
  const colours: Colour[] = ['红', '黄', '蓝']
  return [
    { value: 'by-colour', label: `按颜色对应：${colours.map((colour) => `${colour}→${word(colourLevels[colour])}`).join('，')}` },
    { value: 'in-order', label: `按顺序对应：${colours.map((colour) => `${colour}→${word(inOrderColourLevels[colour] ?? 'low')}`).join('，')}` }
  ]
}

export function threeLevelPrompt(scheme: LevelScheme): string {
  const used = scheme.grades.length > 0 ? scheme.grades.map((grade) => `${romanNames[grade - 1]}级`).join('、') : scheme.colours.join('、')
  const second = legendColour(scheme.legend, 2)
  const legendText = second ? `，图例写明Ⅱ级为${second}色` : ''
  return `表中的风险等级只用了三级（${used}）${legendText}，可能是三级分级，不能直接对应本软件的四级（重大、较大、一般、低）。请选择对应方式：`
}

/** The level of a grade or colour reading under a three-level answer. */
export function threeLevelLevel(reading: LevelReading, scheme: LevelScheme, choice: ThreeLevelChoice): RiskLevel {
  if (choice === 'in-order') {
    if (reading.grade) return gradeLevel(reading.grade)
    return reading.colour ? (inOrderColourLevels[reading.colour] ?? colourLevels[reading.colour]) : 'low'
  }
  const colour = reading.colour ?? (reading.grade ? gradeColour(scheme, reading.grade) : '蓝')
  return colourLevels[colour]
}

export function digitLevel(digit: number, order: DigitOrder): RiskLevel {
  return order === 'one-highest' ? riskLevels[digit - 1] : riskLevels[4 - digit]
}

export function letterLevel(letter: string, order: LetterOrder): RiskLevel {
  const position = letter.charCodeAt(0) - 64
  return order === 'a-highest' ? riskLevels[position - 1] : riskLevels[4 - position]
}

export function orderOptions(kind: 'digit' | 'letter'): ImportOption[] {
  const symbols = kind === 'digit' ? ['1', '2', '3', '4'] : ['A', 'B', 'C', 'D']
  const highest = symbols.map((symbol, index) => `${symbol}→${word(riskLevels[index])}`).join('，')
  const lowest = symbols.map((symbol, index) => `${symbol}→${word(riskLevels[3 - index])}`).join('，')
  const values = kind === 'digit' ? (['one-highest', 'one-lowest'] as const) : (['a-highest', 'a-lowest'] as const)
  return [
    { value: values[0], label: `${symbols[0]} 为最高：${highest}` },
    { value: values[1], label: `${symbols[0]} 为最低：${lowest}` }
  ]
}
