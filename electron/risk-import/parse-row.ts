import { describeError } from '../../shared/errors'
import { checkText, normaliseText, type TextOptions } from '../../shared/schemas/fields'
import type { ImportField, ParsedRiskRow, SkippedRow } from '../../shared/risk-import'
import { decideLevel } from './decide-level'
import { resolveFactors } from './factors'
import type { LevelScheme } from './level-scheme'
import type { RawRow } from './raw-rows'
import { readRowAccidentTypes, readRowControlLevel, readRowFactorType, readRowMeasures } from './row-fields'
import { fieldCell, rowAsker, type SheetContext } from './sheet-context'
import { readTypedScore, resolveTypedLevel } from './typed-level'

/**
 * Turns one data row into a parsed risk, or into a skipped row with the reason. The risk point's kind
 * is left for the sheet-wide pass, which needs every row of a point.
 */

export type RowOutcome = { parsed: ParsedRiskRow } | { skipped: SkippedRow }

/** The text rules of the risk and risk point inputs, so an imported row saves like a typed one. */
const textRules: Partial<Record<ImportField, { label: string; options: TextOptions }>> = {
  pointName: { label: '风险点名称', options: { required: true, max: 60, plainName: true } },
  area: { label: '所在区域', options: { max: 60 } },
  hazard: { label: '危险有害因素', options: { required: true, max: 500, multiline: true } },
  consequence: { label: '可能导致的后果', options: { max: 500, multiline: true } }
}

/** Cleans a field as its input would, or returns the reason the row cannot be imported. */
function checkedText(context: SheetContext, raw: RawRow, field: ImportField, value: string): { text: string } | { problem: string } {
  const rule = textRules[field]
  if (!rule) return { text: value }
  const text = normaliseText(value, rule.options.multiline ?? false)
  const problem = checkText(text, rule.label, rule.options)
  if (problem) return { problem: `${fieldCell(context, field, raw.row)}：${describeError(problem)}` }
  return { text }
}

function skippedRow(raw: RawRow, reason: string): RowOutcome {
  const text = Object.values(raw.values).join(' | ').replace(/\s+/g, ' ')
  return { skipped: { row: raw.row, reason, text: text.length > 60 ? `${text.slice(0, 60)}…` : text } }
}

/** "一、教学区" → "教学区": a section title as an area name. */
function sectionArea(section: string): string {
  return section.replace(/^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第.{1,3}(部分|章|节|类)[、.．:：]?|[A-Z][、.．])\s*/, '').trim()
}

export function parseRow(context: SheetContext, scheme: LevelScheme, raw: RawRow, pointName: string): RowOutcome {
  const questionIds: string[] = []
  const ask = rowAsker(context.book, questionIds)

  const texts: Partial<Record<ImportField, string>> = {}
  const areaSource = context.fields.has('area') ? (raw.values.area ?? '') : sectionArea(raw.section)
  const candidates: [ImportField, string][] = [
    ['pointName', pointName],
    ['area', areaSource],
    ['hazard', raw.values.hazard ?? ''],
    ['consequence', raw.values.consequence ?? '']
  ]
  for (const [field, value] of candidates) {
    const checked = checkedText(context, raw, field, value)
    if ('problem' in checked) return skippedRow(raw, checked.problem)
    texts[field] = checked.text
  }

  const measures = readRowMeasures(raw)
  const tooLong = measures.find((measure) => measure.content.length > 1000)
  if (tooLong) return skippedRow(raw, `第 ${raw.row} 行有一条管控措施超过 1000 字，请拆分后再导入`)

  const hazard = texts.hazard ?? ''
  const factors = resolveFactors(context, raw, ask)
  const typed = resolveTypedLevel(context, scheme, raw, ask)
  const typedScore = readTypedScore(context, raw)
  const decision = decideLevel(context, raw, factors, typed, typedScore, ask)
  const factorType = readRowFactorType(context, raw, hazard, ask)

  const parsed: ParsedRiskRow = {
    row: raw.row,
    serial: raw.values.serial ?? '',
    section: raw.section,
    pointName: texts.pointName ?? '',
    pointKind: null,
    pointKindSource: null,
    area: texts.area ?? '',
    hazard,
    factorType: factorType.factorType,
    factorTypeSource: factorType.source,
    consequence: texts.consequence ?? '',
    accidentTypes: readRowAccidentTypes(context, raw, ask),
    method: decision.method,
    factors: decision.method === 'direct' ? { l: null, e: null, c: null, s: null } : factors.factors,
    score: decision.score,
    level: decision.level,
    levelSource: decision.source,
    levelText: typed.text,
    measures,
    controlLevel: readRowControlLevel(context, raw, ask),
    department: normaliseText(raw.values.department ?? '', false),
    post: normaliseText(raw.values.post ?? '', false),
    person: normaliseText(raw.values.person ?? '', false),
    existingPointId: null,
    questionIds
  }
  return { parsed }
}
