import { formatScore } from '@shared/grading/grade'
import {
  columnNumber,
  importFields,
  type ImportField,
  type ImportMappingInput,
  type ImportPreview,
  type ImportQuestion,
  type ImportQuestionKind,
  type MappedColumn,
  type ParsedRiskRow
} from '@shared/risk-import'

/** Helpers that derive what the import page shows from a preview, without a call to the Node side. */

export interface FieldGroup {
  title: string
  /** One line under the group title on how schools lay these columns out. */
  note?: string
  fields: ImportField[]
}

/** The fields of a risk list in the order a school's list usually has them. */
export const fieldGroups: FieldGroup[] = [
  { title: '风险点', fields: ['serial', 'pointName', 'pointType', 'area'] },
  { title: '危险源', fields: ['hazard', 'factorType', 'consequence', 'accidentTypes'] },
  {
    title: '风险评价',
    note: 'LEC 法有 L、E、C 和 D 列，LS 法有 L、S 和 R 列；只写了风险等级或颜色的清单也可以导入。',
    fields: ['l', 'e', 'c', 's', 'score', 'scoreLevel', 'level', 'colour']
  },
  {
    title: '管控措施',
    note: '五类措施各占一列，或者全部写在一列“管控措施”中（按“工程技术措施：”等字样和编号拆分）。',
    fields: ['measures', 'measureEngineering', 'measureManagement', 'measureTraining', 'measureProtective', 'measureEmergency']
  },
  { title: '管控责任', fields: ['controlLevel', 'department', 'post', 'person'] }
]

export const questionKindLabels: Record<ImportQuestionKind, string> = {
  'level-scheme': '风险分级体系',
  'level-scale': '等级的高低顺序',
  'level-value': '无法识别的风险等级',
  'level-conflict': '填写的等级与分值不一致',
  'level-missing': '缺少风险等级',
  'factor-value': '无法识别的分值',
  'merged-cell': '合并单元格',
  'point-name-missing': '缺少风险点名称',
  'point-kind': '风险点类型',
  'point-type-value': '无法识别的风险点类型',
  'accident-type': '无法识别的事故类型',
  'control-level': '无法识别的管控层级',
  'factor-type': '无法识别的因素类别'
}

export interface SheetColumn {
  /** Column letter, e.g. "F". */
  column: string
  header: string
}

/** Lists every labelled column of the header, mapped or not, in sheet order. */
export function sheetColumns(preview: ImportPreview): SheetColumn[] {
  const byLetter = new Map<string, string>()
  for (const mapped of preview.mapping) byLetter.set(mapped.column, mapped.header)
  for (const unmapped of preview.unmappedColumns) if (!byLetter.has(unmapped.column)) byLetter.set(unmapped.column, unmapped.header)
  return [...byLetter]
    .map(([column, header]) => ({ column, header }))
    .sort((a, b) => columnNumber(a.column) - columnNumber(b.column))
}

export function columnLabel(column: SheetColumn): string {
  return `${column.column} 列 · ${column.header || '（无表头文字）'}`
}

/** Returns the column of each field as the preview resolved it. */
export function columnsByField(mapping: readonly MappedColumn[]): Map<ImportField, string> {
  return new Map(mapping.map((mapped) => [mapped.field, mapped.column]))
}

/**
 * Builds the whole mapping with one field changed. Every field names its column or null, so the Node side
 * reads exactly what the screen shows. A column contains one field, so the field that had the
 * column before loses it.
 */
export function mappingWith(current: readonly MappedColumn[], field: ImportField, column: string | null): ImportMappingInput {
  const columns = columnsByField(current)
  const mapping: ImportMappingInput = {}
  for (const each of importFields) {
    const letter = columns.get(each) ?? null
    mapping[each] = column !== null && letter === column ? null : letter
  }
  mapping[field] = column
  return mapping
}

/** Returns the mapping as the preview shows it, every field named, in the form saved for a header layout. */
export function completeMapping(current: readonly MappedColumn[]): ImportMappingInput {
  const columns = columnsByField(current)
  return Object.fromEntries(importFields.map((field) => [field, columns.get(field) ?? null]))
}

/**
 * "LEC L=3 E=6 C=7", "LS L=2 S=4", or "直接判定" for a row graded by its level. A row whose level waits
 * for an answer is graded by neither yet, so it shows the factors the sheet gives as 待定.
 */
export function methodText(row: ParsedRiskRow): string {
  const shown = (value: number | null) => (value === null ? '?' : formatScore(value))
  const { l, e, c, s } = row.factors
  const lec = `L=${shown(l)} E=${shown(e)} C=${shown(c)}`
  const ls = `L=${shown(l)} S=${shown(s)}`

  if (row.level === null) {
    if (e !== null || c !== null) return `待定 ${lec}`
    if (s !== null) return `待定 ${ls}`
    return '待定'
  }
  if (row.method === 'lec') return `LEC ${lec}`
  if (row.method === 'ls') return `LS ${ls}`
  return '直接判定'
}

/** "第 3 行" or "第 3、5、9 行" or "第 3、5、9、… 等 14 行". */
export function rowsText(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b)
  if (sorted.length > 6) return `第 ${sorted.slice(0, 6).join('、')}、… 等 ${sorted.length} 行`
  return `第 ${sorted.join('、')} 行`
}

/** "第 2 行" or "第 2–3 行". */
export function headerRowsText(rows: readonly number[]): string {
  if (rows.length === 0) return ''
  return rows.length === 1 ? `第 ${rows[0]} 行` : `第 ${rows[0]}–${rows[rows.length - 1]} 行`
}

/** Rows every open question of a group concerns; an answer to the group settles them all. */
export function groupRows(questions: readonly ImportQuestion[], groupId: string): number[] {
  const rows = new Set<number>()
  for (const question of questions) {
    if (question.groupId === groupId) question.rows.forEach((row) => rows.add(row))
  }
  return [...rows]
}
