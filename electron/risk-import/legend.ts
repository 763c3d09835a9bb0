import type { RiskLevel } from '../../shared/domain/levels'
import { riskLevels } from '../../shared/domain/levels'
import { colourLevels, type Colour } from './level-words'
import { toHalfWidth, toSimplified } from './normalise'

/**
 * Reads a sheet's legend: the pairs that give the meaning of a grade, digit or letter means, found in note rows,
 * title rows and the level column's header ("Ⅰ级-红 Ⅱ级-黄 Ⅲ级-蓝", "1-重大 2-较大", "A级（重大）",
 * "红色（Ⅰ级）"). A range such as "R=1-3 低风险" is not a pair: a digit after a digit or a dash is skipped.
 */

export interface Legend {
  /** Grade (Ⅰ级, 一级, 1级) → meanings given for it. */
  grades: Map<number, Set<Colour | RiskLevel>>
  /** Bare digit (1, 2 …) → meanings. */
  digits: Map<number, Set<Colour | RiskLevel>>
  /** Letter (A …) → meanings. */
  letters: Map<string, Set<Colour | RiskLevel>>
  /** From words such as "1级最高" or "数字越大等级越高". */
  digitOrder?: DigitOrder
}

export type DigitOrder = 'one-highest' | 'one-lowest'
export type LetterOrder = 'a-highest' | 'a-lowest'

const numerals: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, I: 1, II: 2, III: 3, IV: 4, 一: 1, 二: 2, 三: 3, 四: 4 }
const meaningWords: Record<string, Colour | RiskLevel> = { 红: '红', 橙: '橙', 黄: '黄', 蓝: '蓝', 重大: 'major', 较大: 'high', 一般: 'medium', 低: 'low' }

const token = String.raw`(?<![\dA-Z\-~—–])(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I|[一二三四]级|[1-4]级?|[A-D]级?)(?![\dA-Z])`
const meaning = String.raw`(红|橙|黄|蓝|重大|较大|一般|低)`
const tokenThenMeaning = new RegExp(String.raw`${token}(?:级)?\s?[-—–~:=、为是(]?\s?${meaning}`, 'g')
/** The separator is required here: with white space alone "Ⅰ级-红 Ⅱ级-黄" would also read as 红 for Ⅱ. */
const meaningThenToken = new RegExp(String.raw`${meaning}(?:色|风险)?\s?[-—–:=(、]\s?(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I|[一二三四1-4]级|[A-D]级)`, 'g')

/** Folds a text for legend reading like `matchKey`, but keeps white space (as one space) to separate pairs. */
function legendKey(text: string): string {
  return toSimplified(toHalfWidth(text)).toUpperCase().replace(/\s+/g, ' ')
}

export function emptyLegend(): Legend {
  return { grades: new Map(), digits: new Map(), letters: new Map() }
}

function add<K>(map: Map<K, Set<Colour | RiskLevel>>, key: K, value: Colour | RiskLevel): void {
  const set = map.get(key) ?? new Set()
  set.add(value)
  map.set(key, set)
}

function record(legend: Legend, rawToken: string, word: string): void {
  const value = meaningWords[word]
  const bare = rawToken.replace(/级$/, '')
  if (/^[A-D]$/.test(bare)) add(legend.letters, bare, value)
  else if (/^[1-4]$/.test(rawToken)) add(legend.digits, Number(rawToken), value)
  else add(legend.grades, numerals[bare] ?? Number(bare), value)
}

/** Adds the pairs and order words found in a text to the legend. */
export function readLegendText(legend: Legend, text: string): void {
  const key = legendKey(text)
  for (const match of key.matchAll(tokenThenMeaning)) record(legend, match[1], match[2])
  for (const match of key.matchAll(meaningThenToken)) record(legend, match[2], match[1])

  if (/1级? ?(为|是)?最高|数字越小.{0,4}越高|数字越大.{0,4}越低/.test(key)) legend.digitOrder = 'one-highest'
  if (/1级? ?(为|是)?最低|4级? ?(为|是)?最高|数字越大.{0,4}越高|数字越小.{0,4}越低/.test(key)) legend.digitOrder = 'one-lowest'
}

export function hasLegendPairs(text: string): boolean {
  const probe = emptyLegend()
  readLegendText(probe, text)
  return probe.grades.size + probe.digits.size + probe.letters.size >= 2
}

function meaningLevel(value: Colour | RiskLevel): RiskLevel {
  return value in colourLevels ? colourLevels[value as Colour] : (value as RiskLevel)
}

/** Tells whether entries 1…4 (or A…D) of a legend run from 重大 down or from 低 up. */
function orderOf(entries: Map<number, Set<Colour | RiskLevel>>): 'highest-first' | 'lowest-first' | undefined {
  let highestFirst = 0
  let lowestFirst = 0
  for (const [position, values] of entries) {
    for (const value of values) {
      const level = meaningLevel(value)
      if (level === riskLevels[position - 1]) highestFirst += 1
      if (level === riskLevels[4 - position]) lowestFirst += 1
    }
  }
  if (highestFirst > lowestFirst) return 'highest-first'
  if (lowestFirst > highestFirst) return 'lowest-first'
  return undefined
}

export function legendDigitOrder(legend: Legend): DigitOrder | undefined {
  if (legend.digitOrder) return legend.digitOrder
  const merged = new Map([...legend.grades, ...legend.digits])
  const order = orderOf(merged)
  if (order === undefined) return undefined
  return order === 'highest-first' ? 'one-highest' : 'one-lowest'
}

export function legendLetterOrder(legend: Legend): LetterOrder | undefined {
  const byPosition = new Map([...legend.letters].map(([letter, values]) => [letter.charCodeAt(0) - 64, values]))
  const order = orderOf(byPosition)
  if (order === undefined) return undefined
  return order === 'highest-first' ? 'a-highest' : 'a-lowest'
}

/** Returns the colour a legend gives a grade, when it gives exactly one. */
export function legendColour(legend: Legend, grade: number): Colour | undefined {
  const colours = [...(legend.grades.get(grade) ?? [])].filter((value): value is Colour => value in colourLevels)
  return colours.length === 1 ? colours[0] : undefined
}

/**
 * True when the legend describes three levels: grade Ⅱ is yellow or 一般, or exactly three grades are
 * listed with the colours 红, 黄 and 蓝.
 */
export function legendIsThreeLevel(legend: Legend): boolean {
  const second = legend.grades.get(2)
  if (second && (second.has('黄') || second.has('medium'))) return true
  const colours = new Set([...legend.grades.values()].flatMap((values) => [...values]).filter((value) => value in colourLevels))
  return legend.grades.size === 3 && !legend.grades.has(4) && colours.size === 3 && !colours.has('橙')
}
