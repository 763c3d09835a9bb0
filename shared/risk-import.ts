import type { HazardFactorType, RiskPointKind } from './domain/entities'
import type { ControlLevel, RiskLevel } from './domain/levels'
import type { MeasureCategory } from './domain/measures'
import type { GradingMethod } from './grading/grade'

/**
 * Types of the risk-list import (导入风险清单): what the Node side reads from a school's Excel list and
 * shows the window before anything is written. Cells are named by their Excel address (D12), rows by
 * their Excel row number.
 */

/** The things a column of a school's risk list can contain. */
export const importFields = [
  'serial',
  'area',
  'pointType',
  'pointName',
  'hazard',
  'factorType',
  'consequence',
  'accidentTypes',
  'l',
  'e',
  'c',
  's',
  'score',
  'scoreLevel',
  'level',
  'colour',
  'measures',
  'measureEngineering',
  'measureManagement',
  'measureTraining',
  'measureProtective',
  'measureEmergency',
  'controlLevel',
  'department',
  'post',
  'person'
] as const
export type ImportField = (typeof importFields)[number]

export const importFieldLabels: Record<ImportField, string> = {
  serial: '序号',
  area: '所在区域',
  pointType: '风险点类型',
  pointName: '风险点名称',
  hazard: '危险源（危险有害因素）',
  factorType: '因素类别',
  consequence: '可能导致的后果',
  accidentTypes: '事故类型',
  l: 'L（可能性）',
  e: 'E（暴露频繁程度）',
  c: 'C（后果）',
  s: 'S（后果严重性）',
  score: '风险值（D 或 R）',
  scoreLevel: '风险值及等级（同一格）',
  level: '风险等级',
  colour: '风险颜色',
  measures: '管控措施',
  measureEngineering: '工程技术措施',
  measureManagement: '管理措施',
  measureTraining: '培训教育措施',
  measureProtective: '个体防护措施',
  measureEmergency: '应急处置措施',
  controlLevel: '管控层级',
  department: '责任部门',
  post: '责任岗位',
  person: '责任人'
}

/** Fields every imported risk needs; a list without a column for each cannot be read. */
export const requiredImportFields: readonly ImportField[] = ['pointName', 'hazard']

/** A column letter as Excel shows it: A … Z, AA … */
export const columnLetterPattern = /^[A-Z]{1,3}$/

/** Field → column letter. `null` removes a field that detection mapped. */
export type ImportMappingInput = Partial<Record<ImportField, string | null>>

/** Question id → chosen option value. */
export type ImportAnswers = Record<string, string>

export interface MappedColumn {
  field: ImportField
  /** Column letter, e.g. "F". */
  column: string
  /** The header text above the column, its header rows joined by "/", e.g. "风险评价/L". */
  header: string
}

export type MappingSource = 'detected' | 'saved' | 'given'

export interface ImportOption {
  value: string
  label: string
}

export const importQuestionKinds = [
  'level-scheme',
  'level-scale',
  'level-value',
  'level-conflict',
  'level-missing',
  'factor-value',
  'merged-cell',
  'point-name-missing',
  'point-kind',
  'point-type-value',
  'accident-type',
  'control-level',
  'factor-type'
] as const
export type ImportQuestionKind = (typeof importQuestionKinds)[number]

/**
 * Something the importer will not decide alone. Answer it by putting `id` (or `groupId`, which settles
 * every question of the group at once) with one of the option values into the answers.
 */
export interface ImportQuestion {
  /** Stable for the same file and mapping, e.g. "level-conflict:H12" or "factor-value:L:5". */
  id: string
  /** Id shared by every question with the same value or situation ("apply to all rows with this value"). */
  groupId?: string
  kind: ImportQuestionKind
  /** Excel address of the first cell concerned, e.g. "H12". */
  cell: string
  /** Every cell the answer applies to. */
  cells: string[]
  rows: number[]
  /** The cell text as read. */
  value: string
  /** Chinese question for the user. */
  prompt: string
  options: ImportOption[]
}

export interface ImportWarning {
  /** Stable kebab-case code, e.g. "score-mismatch", for tests and the window. */
  code: string
  row?: number
  cell?: string
  /** Chinese sentence naming the cell, what was found and what the importer did. */
  message: string
  /** The answer key (question id or group id) an `answer-unused` or `answer-not-an-option` warning is about. */
  answer?: string
}

export interface SkippedRow {
  row: number
  /** Why the row is not a risk, in Chinese, e.g. "合计行". */
  reason: string
  /** The row's text, shortened, so the user recognises it. */
  text: string
}

export type LevelSource = 'computed' | 'typed' | 'score' | 'answered'

export const levelSourceLabels: Record<LevelSource, string> = {
  computed: '按分值计算',
  typed: '按表中填写的等级',
  score: '按表中填写的风险值',
  answered: '按回答的问题'
}

export interface ImportedMeasure {
  category: MeasureCategory
  content: string
}

export interface ParsedRiskRow {
  /** Excel row number. */
  row: number
  serial: string
  /** The nearest section title above the row, e.g. "一、教学区", or ''. */
  section: string
  pointName: string
  pointKind: RiskPointKind | null
  pointKindSource: 'column' | 'guessed' | 'answered' | null
  area: string
  hazard: string
  factorType: HazardFactorType
  factorTypeSource: 'column' | 'guessed' | 'answered'
  consequence: string
  /** Codes of shared/domain/accident-types. */
  accidentTypes: string[]
  /** How the risk will be graded: by its factors, or directly by a level. */
  method: GradingMethod
  factors: { l: number | null; e: number | null; c: number | null; s: number | null }
  /** D or R computed from the factors, or the typed score when there are no factors; null for none. */
  score: number | null
  /** Null while a question about this row's level is open. */
  level: RiskLevel | null
  levelSource: LevelSource | null
  /** The level cell as typed, e.g. "较大" or "Ⅱ级". */
  levelText: string
  measures: ImportedMeasure[]
  /** Null when the sheet gives none: the level's default control level is used. */
  controlLevel: ControlLevel | null
  department: string
  post: string
  person: string
  /** Id of an existing risk point with this name, filled in when the school file is known. */
  existingPointId: number | null
  /** Open questions that concern this row. */
  questionIds: string[]
}

export interface ImportCounts {
  dataRows: number
  skippedRows: number
  riskPoints: number
  newRiskPoints: number
  risks: number
  measures: number
  questions: number
  warnings: number
  /** Risks by level; `pending` counts rows whose level waits for an answer. */
  levels: Record<RiskLevel | 'pending', number>
}

export interface ImportPreview {
  /** The file's name without its folder. */
  file: string
  sheets: string[]
  sheet: string
  /** Excel row numbers of the header, e.g. [2, 3]. */
  headerRows: number[]
  /** Identifies this header layout; saved mappings are keyed by it. */
  signature: string
  mapping: MappedColumn[]
  mappingSource: MappingSource
  /**
   * Fields every risk needs (风险点名称, 危险源) that no column is mapped to. When it is not empty, no row
   * was read: rows, skipped, warnings and questions are empty until the mapping names those columns.
   * Only a preview that asked for it (`reportMissingFields`) returns this; otherwise the parse throws.
   */
  missingFields?: ImportField[]
  /** Columns with a header that no field uses. */
  unmappedColumns: { column: string; header: string }[]
  /** The method the sheet's factor columns imply. */
  method: GradingMethod
  rows: ParsedRiskRow[]
  skipped: SkippedRow[]
  warnings: ImportWarning[]
  questions: ImportQuestion[]
  counts: ImportCounts
}

export interface ImportResult {
  file: string
  sheet: string
  riskPointsCreated: number
  riskPointsMatched: number
  risksCreated: number
  measuresCreated: number
  skippedRows: number
  warnings: ImportWarning[]
}

/** Turns a 1-based column number into its letter, e.g. 28 → "AB". */
export function columnLetter(column: number): string {
  let rest = column
  let letters = ''
  while (rest > 0) {
    const digit = (rest - 1) % 26
    letters = String.fromCharCode(65 + digit) + letters
    rest = Math.floor((rest - 1) / 26)
  }
  return letters
}

/** Turns a column letter into its 1-based number, e.g. "AB" → 28. */
export function columnNumber(letter: string): number {
  let number = 0
  for (const char of letter.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64)
  return number
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`
}
