import { z } from 'zod'
import type { AppErrorData } from '../errors'
import { columnLetterPattern, importFieldLabels, importFields, type ImportAnswers, type ImportField, type ImportMappingInput } from '../risk-import'

/** Input schemas of the risk-list import channels, with the Chinese labels used in messages. */

const maxAnswers = 5000
const maxQuestionIdLength = 300
const maxSignatureLength = 4000

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A column mapping such as { "hazard": "C", "level": "H" }; a column of null removes that field. */
export function importMapping(label: string, required = false) {
  return z.unknown().optional().transform((raw, ctx): ImportMappingInput | undefined => {
    if (raw === undefined || raw === null) {
      if (required) return rejectWith(ctx, { code: 'required', field: label })
      return undefined
    }
    if (!isPlainObject(raw)) return rejectWith(ctx, { code: 'invalid-input', field: label, detail: '应为“字段: 列字母”的对应表' })

    const mapping: ImportMappingInput = {}
    for (const [key, value] of Object.entries(raw)) {
      if (!(importFields as readonly string[]).includes(key)) {
        return rejectWith(ctx, { code: 'invalid-choice', field: label, value: key, allowed: [...importFields] })
      }
      const field = key as ImportField
      if (value === null || value === '') {
        mapping[field] = null
        continue
      }
      const letter = typeof value === 'string' ? value.trim().toUpperCase() : ''
      if (!columnLetterPattern.test(letter)) {
        const detail = `“${importFieldLabels[field]}”应填写列字母，如 C 或 AB`
        return rejectWith(ctx, { code: 'invalid-input', field: label, value: String(value), detail })
      }
      mapping[field] = letter
    }
    return mapping
  })
}

/** Answers to the import's questions: question id → option value. */
export function importAnswers(label: string) {
  return z.unknown().optional().transform((raw, ctx): ImportAnswers => {
    if (raw === undefined || raw === null) return {}
    if (!isPlainObject(raw)) return rejectWith(ctx, { code: 'invalid-input', field: label, detail: '应为“问题编号: 选项”的对应表' })

    const entries = Object.entries(raw)
    if (entries.length > maxAnswers) {
      return rejectWith(ctx, { code: 'out-of-range', field: label, detail: `最多 ${maxAnswers} 个回答` })
    }
    const answers: ImportAnswers = {}
    for (const [id, value] of entries) {
      if (id.length > maxQuestionIdLength || typeof value !== 'string' || value.length > 100) {
        return rejectWith(ctx, { code: 'invalid-input', field: label, value: id, detail: '问题编号或选项无效' })
      }
      answers[id] = value
    }
    return answers
  })
}

const token = z.string().min(1).max(100)
const sheetName = z.string().max(100).optional()

export const riskImportPreviewInput = z.object({
  token,
  sheet: sheetName,
  mapping: importMapping('列对应关系'),
  answers: importAnswers('问题的回答')
})
export type RiskImportPreviewInput = z.output<typeof riskImportPreviewInput>

export const riskImportApplyInput = z.object({
  token,
  sheet: sheetName,
  mapping: importMapping('列对应关系'),
  answers: importAnswers('问题的回答')
})
export type RiskImportApplyInput = z.output<typeof riskImportApplyInput>

export const riskImportSaveMappingInput = z.object({
  signature: z.string().min(1).max(maxSignatureLength),
  mapping: importMapping('列对应关系', true)
})
export type RiskImportSaveMappingInput = z.output<typeof riskImportSaveMappingInput>
