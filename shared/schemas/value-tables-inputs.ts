import { z } from 'zod'
import type { AppErrorData } from '../errors'
import { tablesProblem, thresholdLabel, thresholdLevels } from '../grading/table-checks'
import type { LevelThreshold, ScaleValue } from '../grading/value-tables'
import { checkText, name, normaliseText } from './fields'

/** Input schema of a proposed set of value tables, as the 评价标准 page sends it for preview and apply. */

/** Most rows a scale may have; the published LEC scales have 6 or 7. */
export const maxScaleRows = 20
/** Largest factor value accepted; the classic LEC C scale tops out at 100. */
export const maxScaleValue = 1000
export const maxMeaningLength = 200

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Returns the problem of one factor value: a positive number no larger than `maxScaleValue`. */
export function scaleValueProblem(raw: unknown, field: string): AppErrorData | undefined {
  if (raw === undefined || raw === null || raw === '') return { code: 'required', field }
  const value = typeof raw === 'string' ? Number(raw.trim()) : raw
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'invalid-number', field, value: String(raw) }
  if (value <= 0 || value > maxScaleValue) return { code: 'out-of-range', field, value: String(raw), detail: `应为大于 0、不超过 ${maxScaleValue} 的数` }
  return undefined
}

/** Returns the problem of one meaning: required, one line or several, at most `maxMeaningLength` characters. */
export function meaningProblem(raw: unknown, field: string): AppErrorData | undefined {
  if (typeof raw !== 'string' && raw !== undefined && raw !== null) return { code: 'invalid-input', field, value: String(raw) }
  return checkText(normaliseText(typeof raw === 'string' ? raw : '', false), field, { required: true, max: maxMeaningLength })
}

/** One scale (L, E, C or S): rows of a value and its meaning, each row checked with its row number in the message. */
export function scaleInput(label: string) {
  return z.unknown().transform((raw, ctx): ScaleValue[] => {
    if (!Array.isArray(raw) || raw.length === 0) return rejectWith(ctx, { code: 'required', field: label })
    if (raw.length > maxScaleRows) return rejectWith(ctx, { code: 'out-of-range', field: label, detail: `最多 ${maxScaleRows} 行` })

    return raw.map((row: unknown, index) => {
      const entry = isRecord(row) ? row : {}
      const valueField = `${label}第${index + 1}行分值`
      const meaningField = `${label}第${index + 1}行含义`
      const problem = scaleValueProblem(entry.value, valueField) ?? meaningProblem(entry.meaning, meaningField)
      if (problem) return rejectWith(ctx, problem)
      const value = typeof entry.value === 'string' ? Number(entry.value.trim()) : (entry.value as number)
      return { value, meaning: normaliseText(entry.meaning as string, false) }
    })
  })
}

/** Parses the three lower bounds (重大, 较大, 一般) of one method; 低风险 is everything below the 一般 bound. */
export function thresholdsInput(method: 'LEC' | 'LS', symbol: 'D' | 'R') {
  return z.unknown().transform((raw, ctx): LevelThreshold[] => {
    const rows = Array.isArray(raw) ? raw.filter(isRecord) : []
    return thresholdLevels.map((level) => {
      const field = thresholdLabel({ method, symbol }, level)
      const row = rows.find((candidate) => candidate.level === level)
      if (!row || row.min === '' || row.min === null || row.min === undefined) return rejectWith(ctx, { code: 'required', field })
      const min = typeof row.min === 'string' ? Number(row.min.trim()) : row.min
      if (typeof min !== 'number' || !Number.isFinite(min)) return rejectWith(ctx, { code: 'invalid-number', field, value: String(row.min) })
      return { level, min, inclusive: row.inclusive !== false }
    })
  })
}

export const valueTablesInput = z
  .object({
    name: name('评价标准名称', true, 60),
    lec: z.object({
      l: scaleInput('LEC 可能性 L'),
      e: scaleInput('LEC 暴露频繁程度 E'),
      c: scaleInput('LEC 后果 C'),
      thresholds: thresholdsInput('LEC', 'D')
    }),
    ls: z.object({
      l: scaleInput('LS 可能性 L'),
      s: scaleInput('LS 严重性 S'),
      thresholds: thresholdsInput('LS', 'R')
    })
  })
  .transform((tables, ctx) => {
    const problem = tablesProblem(tables)
    if (problem) return rejectWith(ctx, problem)
    return tables
  })
export type ValueTablesInput = z.output<typeof valueTablesInput>
