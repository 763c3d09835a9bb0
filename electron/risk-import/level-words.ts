import { riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { matchKey } from './normalise'

/**
 * Reads a level cell. A cell may contain a level word (重大/较大/一般/低), a grade (Ⅰ级, 二级, 3级), a
 * colour (红/橙/黄/蓝), a bare digit or a letter, or several of these ("Ⅱ级（较大）"). Only the words
 * are unambiguous. What grades, colours, digits and letters mean depends on the sheet's scheme.
 */

export type Colour = '红' | '橙' | '黄' | '蓝'

export interface LevelReading {
  word?: RiskLevel
  /** 1 (Ⅰ) to 4 (Ⅳ), written as a roman numeral, a Chinese numeral or a digit followed by 级. */
  grade?: number
  colour?: Colour
  /** A bare digit 1–4 without 级. */
  digit?: number
  /** A bare letter A–D, with or without 级. */
  letter?: string
  /** True when the text is not empty and none of the above could be read from it. */
  unreadable: boolean
  empty: boolean
}

/** Four-level colour meaning: 红 重大, 橙 较大, 黄 一般, 蓝 低. */
export const colourLevels: Record<Colour, RiskLevel> = { 红: 'major', 橙: 'high', 黄: 'medium', 蓝: 'low' }

const chineseNumerals: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 }
const romanNumerals: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, I: 1, II: 2, III: 3, IV: 4 }

function readWord(key: string): RiskLevel | undefined {
  if (/重大/.test(key)) return 'major'
  if (/较大/.test(key)) return 'high'
  if (/一般/.test(key)) return 'medium'
  if (/低|轻微/.test(key)) return 'low'
  return undefined
}

function readColour(key: string): Colour | undefined {
  const match = /(红|橙|黄|蓝)/.exec(key)
  return match ? (match[1] as Colour) : undefined
}

function readGrade(key: string): number | undefined {
  const numbered = /([一二三四1-4])级/.exec(key)
  if (numbered) return chineseNumerals[numbered[1]] ?? Number(numbered[1])

  // A Latin roman numeral counts only standing alone, so the I of a word is not read as grade Ⅰ.
  const roman = /(?:^|[^A-Z])(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I)(?![A-Z])/.exec(key)
  return roman ? romanNumerals[roman[1]] : undefined
}

/** Reads a level cell; an empty cell reads as empty, never as unreadable. */
export function readLevel(text: string): LevelReading {
  const key = matchKey(text)
  if (key === '') return { unreadable: false, empty: true }

  const reading: LevelReading = { unreadable: false, empty: false }
  reading.word = readWord(key)
  reading.colour = readColour(key)
  reading.grade = readGrade(key)

  const bareDigit = /^([1-4])$/.exec(key)
  if (bareDigit) reading.digit = Number(bareDigit[1])
  const letter = /^([A-D])(级)?(风险)?$/.exec(key)
  if (letter) reading.letter = letter[1]

  reading.unreadable = !reading.word && !reading.colour && !reading.grade && !reading.digit && !reading.letter
  return reading
}

/** Returns the level of grade n in the four-level scheme: Ⅰ 重大 … Ⅳ 低. */
export function gradeLevel(grade: number): RiskLevel {
  return riskLevels[Math.min(Math.max(grade, 1), 4) - 1]
}

export const romanNames = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ']
