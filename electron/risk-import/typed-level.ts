import { riskLevelInfo, riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { levelForScore } from '../../shared/grading/grade'
import { columnLetter, type ImportField, type ImportOption } from '../../shared/risk-import'
import { headerText } from './header'
import { colourLevels, gradeLevel, readLevel, type LevelReading } from './level-words'
import {
  digitLevel,
  letterLevel,
  levelTextOf,
  orderOptions,
  threeLevelLevel,
  threeLevelOptions,
  threeLevelPrompt,
  type LevelScheme,
  type ThreeLevelChoice
} from './level-scheme'
import { matchKey } from './normalise'
import { questionKey } from './questions'
import type { RawRow } from './raw-rows'
import { splitScoreCell } from './score-cell'
import { fieldCell, type RowAsk, type SheetContext } from './sheet-context'
import type { DigitOrder, LetterOrder } from './legend'

/** The reading of a row's level cell, once the sheet's scheme and the answers are applied. */
export interface TypedLevel {
  level?: RiskLevel
  /** True while a question about the reading is open. */
  pending: boolean
  /** True when an answer decided the level. */
  answered: boolean
  /** True when the user chose "use the computed level" for an unreadable value. */
  useComputed: boolean
  text: string
  cell: string
}

export interface TypedScore {
  score: number
  method: 'lec' | 'ls'
  cell: string
}

const levelFields: ImportField[] = ['level', 'scoreLevel', 'colour']

/**
 * Picks the column a row's level is read from: the first level column with a value, else the first
 * level column the sheet has, else the hazard column, so a question always names a cell.
 */
function levelField(context: SheetContext, raw: RawRow): ImportField {
  return levelFields.find((field) => raw.values[field]) ?? levelFields.find((field) => context.fields.has(field)) ?? 'hazard'
}

function levelOptions(withComputed: boolean): ImportOption[] {
  const options = riskLevels.map((level) => ({ value: level, label: riskLevelInfo[level].word }))
  return withComputed ? [...options, { value: 'computed', label: '以按分值计算的等级为准' }] : options
}

type Settled = { level?: RiskLevel; answered: boolean; pending: boolean; useComputed?: boolean }

function askThreeLevel(context: SheetContext, scheme: LevelScheme, reading: LevelReading, typed: TypedLevel, raw: RawRow, ask: RowAsk): Settled {
  const answer = ask({
    id: 'level-scheme',
    kind: 'level-scheme',
    cell: typed.cell,
    row: raw.row,
    value: typed.text,
    prompt: threeLevelPrompt(scheme),
    options: threeLevelOptions(scheme)
  })
  if (answer === undefined) return { answered: false, pending: true }
  return { level: threeLevelLevel(reading, scheme, answer as ThreeLevelChoice), answered: true, pending: false }
}

function askOrder(context: SheetContext, kind: 'digit' | 'letter', typed: TypedLevel, raw: RawRow, ask: RowAsk): string | undefined {
  const column = context.fields.get(levelField(context, raw))
  const columnName = column === undefined ? '风险等级' : `${columnLetter(column)} 列“${headerText(context.band, column)}”`
  const what = kind === 'digit' ? '数字 1–4 ' : '字母 A–D '
  const first = kind === 'digit' ? '1' : 'A'
  return ask({
    id: `level-scale:${kind}`,
    kind: 'level-scale',
    cell: typed.cell,
    row: raw.row,
    value: typed.text,
    prompt: `${columnName}用${what}表示风险等级，表中没有说明 ${first} 是最高还是最低。请选择：`,
    options: orderOptions(kind)
  })
}

function askUnreadable(context: SheetContext, typed: TypedLevel, raw: RawRow, ask: RowAsk): Settled {
  const answer = ask({
    id: `level-value:${questionKey(typed.text)}`,
    kind: 'level-value',
    cell: typed.cell,
    row: raw.row,
    value: typed.text,
    prompt: `${typed.cell} 的风险等级“${typed.text}”无法识别。表中所有填写“${typed.text}”的等级应按哪一级导入？`,
    options: levelOptions(context.method !== 'direct')
  })
  if (answer === undefined) return { answered: false, pending: true }
  if (answer === 'computed') return { answered: true, pending: false, useComputed: true }
  return { level: answer as RiskLevel, answered: true, pending: false }
}

function settleReading(context: SheetContext, scheme: LevelScheme, reading: LevelReading, typed: TypedLevel, raw: RawRow, ask: RowAsk): Settled {
  if (reading.word) return { level: reading.word, answered: false, pending: false }

  if (reading.grade || reading.colour) {
    if (scheme.threeLevel) return askThreeLevel(context, scheme, reading, typed, raw, ask)
    const fromGrade = reading.grade ? gradeLevel(reading.grade) : undefined
    const fromColour = reading.colour ? colourLevels[reading.colour] : undefined
    // "Ⅰ级（橙）" contradicts itself under the four levels; it is asked about like an unreadable value.
    if (fromGrade && fromColour && fromGrade !== fromColour) return askUnreadable(context, typed, raw, ask)
    return { level: fromGrade ?? fromColour, answered: false, pending: false }
  }

  if (reading.digit) {
    const order = scheme.digitOrder ?? (askOrder(context, 'digit', typed, raw, ask) as DigitOrder | undefined)
    if (!order) return { answered: false, pending: true }
    return { level: digitLevel(reading.digit, order), answered: scheme.digitOrder === undefined, pending: false }
  }
  if (reading.letter) {
    const order = scheme.letterOrder ?? (askOrder(context, 'letter', typed, raw, ask) as LetterOrder | undefined)
    if (!order) return { answered: false, pending: true }
    return { level: letterLevel(reading.letter, order), answered: scheme.letterOrder === undefined, pending: false }
  }
  return askUnreadable(context, typed, raw, ask)
}

/** Reads a row's typed level under the sheet's scheme, asking where the reading is not certain. */
export function resolveTypedLevel(context: SheetContext, scheme: LevelScheme, raw: RawRow, ask: RowAsk): TypedLevel {
  const text = levelTextOf(raw)
  const typed: TypedLevel = { pending: false, answered: false, useComputed: false, text, cell: fieldCell(context, levelField(context, raw), raw.row) }
  const reading = readLevel(text)
  if (reading.empty) return typed

  const settled = settleReading(context, scheme, reading, typed, raw, ask)
  return { ...typed, level: settled.level, pending: settled.pending, answered: settled.answered, useComputed: settled.useComputed ?? false }
}

/** The method a score column belongs to: from the sheet's factor columns, else from its header (D or R). */
function scoreMethod(context: SheetContext, field: ImportField): 'lec' | 'ls' | undefined {
  if (context.method !== 'direct') return context.method
  const column = context.fields.get(field)
  if (column === undefined) return undefined
  const key = matchKey(headerText(context.band, column))
  if (/(^|[^A-Z])D([^A-Z]|$)/.test(key)) return 'lec'
  if (/(^|[^A-Z])R([^A-Z]|$)/.test(key)) return 'ls'
  return undefined
}

/** Reads the score typed in a row (the score column, or the number of a "D/分级" cell), when there is one. */
export function readTypedScore(context: SheetContext, raw: RawRow): TypedScore | undefined {
  let field: ImportField
  if (raw.values.score) field = 'score'
  else if (raw.values.scoreLevel) field = 'scoreLevel'
  else return undefined

  const cell = fieldCell(context, field, raw.row)
  const split = splitScoreCell(raw.values[field] ?? '')

  if (split.score === undefined) {
    if (split.ambiguous) {
      context.warnings.add({ code: 'score-unreadable', row: raw.row, cell, message: `${cell} 的风险值“${raw.values[field]}”含有多个数字，无法判断哪个是风险值，已忽略。` })
    }
    return undefined
  }
  const method = scoreMethod(context, field)
  if (!method) {
    context.warnings.add({ code: 'score-method-unknown', cell, message: `${cell} 所在列的表头没有说明风险值是 D（LEC 法）还是 R（LS 法），风险值未用于判定等级。` })
    return undefined
  }
  return { score: split.score, method, cell }
}

export function scoreLevel(context: SheetContext, typed: TypedScore): RiskLevel {
  const thresholds = typed.method === 'lec' ? context.tables.lec.thresholds : context.tables.ls.thresholds
  return levelForScore(typed.score, thresholds)
}
