import { z } from 'zod'
import { localDate } from '../domain/local-date'
import type { AppErrorData } from '../errors'

/**
 * Field schemas that check one input value and, on failure, attach the `AppErrorData` the user will read
 * (with the field's Chinese label). The boundary turns these issues into error results; forms in the
 * window run the same schemas, so both sides give the same message.
 */

type Ctx = z.RefinementCtx

function reject(ctx: Ctx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

/** C0/C1 control characters other than tab and line feed; Word refuses most of them in XML. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u
/** Lone surrogates cannot be encoded as UTF-8 at all. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u
/**
 * Emoji: Chinese print fonts (宋体, 仿宋) have no glyphs for them. Rare CJK characters above U+FFFF, such
 * as 𠮷 in a person's name, are not pictographic and pass.
 */
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

export interface TextOptions {
  required?: boolean
  max: number
  multiline?: boolean
  /** Names (people, schools, posts) may not contain < or >; descriptions may. */
  plainName?: boolean
}

/** Characters quoted on each side of the first emoji, so the message of a long text points at the emoji. */
const emojiContext = 8

/** Returns the first emoji with up to `emojiContext` characters on each side, and … where the text goes on. */
export function emojiExcerpt(value: string): string {
  // Code points, so a character above U+FFFF is never cut in half.
  const characters = [...value]
  const at = characters.findIndex((character) => emoji.test(character))
  if (at < 0) return value

  const start = Math.max(0, at - emojiContext)
  const end = Math.min(characters.length, at + 1 + emojiContext)
  return `${start > 0 ? '…' : ''}${characters.slice(start, end).join('')}${end < characters.length ? '…' : ''}`
}

/** Normalises pasted text: unifies line ends, trims, and collapses a single-line value's inner line breaks. */
export function normaliseText(raw: string, multiline: boolean): string {
  const unified = raw.replace(/\r\n?/g, "\n").replace(/\u00A0/g, " ")
  const lines = multiline ? unified : unified.replace(/\s*\n\s*/g, ' ')
  return lines.trim()
}

/** Returns the first problem of a text value, or undefined when it is acceptable. */
export function checkText(value: string, label: string, options: TextOptions): AppErrorData | undefined {
  if (options.required && value.length === 0) return { code: 'required', field: label }
  if (controlCharacters.test(value) || loneSurrogate.test(value)) {
    return { code: 'invalid-characters', field: label, value }
  }
  if (emoji.test(value)) return { code: 'emoji-not-allowed', field: label, value: emojiExcerpt(value) }
  if (options.plainName && /[<>]/.test(value)) return { code: 'angle-brackets-not-allowed', field: label, value }
  const length = [...value].length
  if (length > options.max) return { code: 'too-long', field: label, length, limit: options.max }
  return undefined
}

export function text(label: string, options: TextOptions) {
  return z.unknown().optional().transform((raw, ctx): string => {
    if (raw === undefined || raw === null) raw = ''
    if (typeof raw !== 'string') return reject(ctx, { code: 'invalid-input', field: label, value: String(raw) })
    const value = normaliseText(raw, options.multiline ?? false)
    const problem = checkText(value, label, options)
    if (problem) return reject(ctx, problem)
    return value
  })
}

/** A person's or a place's name: one line, no angle brackets. */
export function name(label: string, required = true, max = 50) {
  return text(label, { required, max, plainName: true })
}

/**
 * Mainland China mobile numbers (11 digits starting 13–19) or landlines with an area code
 * (0 + 2–3 digits, then 7–8 digits, optional extension), e.g. 0391-1234567.
 */
const mobilePattern = /^1[3-9]\d{9}$/
const landlinePattern = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/

export function isValidPhone(value: string): boolean {
  const compact = value.replace(/[\s（）()]/g, '')
  return mobilePattern.test(compact) || landlinePattern.test(compact)
}

export function phone(label: string, required = false) {
  return z.unknown().optional().transform((raw, ctx): string => {
    if (raw === undefined || raw === null) raw = ''
    if (typeof raw !== 'string') return reject(ctx, { code: 'invalid-phone', field: label, value: String(raw) })
    const value = raw.replace(/[\s（）()]/g, '').replace(/[－—–]/g, '-').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    if (value.length === 0) {
      if (required) return reject(ctx, { code: 'required', field: label })
      return ''
    }
    if (!isValidPhone(value)) return reject(ctx, { code: 'invalid-phone', field: label, value: raw })
    return value
  })
}

/** A required pick from a list; leaving it empty reads 请选择…, not 请填写…. */
export function choice<const T extends readonly string[]>(label: string, values: T, labels?: Record<T[number], string>) {
  return z.unknown().optional().transform((raw, ctx): T[number] => {
    if (raw === undefined || raw === null || raw === '') return reject(ctx, { code: 'required-choice', field: label })
    if (typeof raw !== 'string' || !values.includes(raw)) {
      const allowed = values.map((value) => (labels ? labels[value as T[number]] : value))
      return reject(ctx, { code: 'invalid-choice', field: label, value: String(raw), allowed })
    }
    return raw as T[number]
  })
}

/** A choice that may be left empty (stored as ''). */
export function optionalChoice<const T extends readonly string[]>(label: string, values: T) {
  return z.unknown().optional().transform((raw, ctx): T[number] | '' => {
    if (raw === undefined || raw === null || raw === '') return ''
    if (typeof raw !== 'string' || !values.includes(raw)) {
      return reject(ctx, { code: 'invalid-choice', field: label, value: String(raw), allowed: [...values] })
    }
    return raw as T[number]
  })
}

export interface IntegerOptions {
  required?: boolean
  min: number
  max: number
}

export function integer(label: string, options: IntegerOptions) {
  return z.unknown().optional().transform((raw, ctx): number | null => {
    if (raw === undefined || raw === null || raw === '') {
      if (options.required) return reject(ctx, { code: 'required', field: label })
      return null
    }
    const value = typeof raw === 'string' ? Number(raw.trim()) : raw
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return reject(ctx, { code: 'invalid-number', field: label, value: String(raw) })
    }
    if (value < options.min || value > options.max) {
      const detail = `应在 ${options.min} 到 ${options.max} 之间`
      return reject(ctx, { code: 'out-of-range', field: label, value: String(raw), detail })
    }
    return value
  })
}

/** A finite number, or null when left empty; whether it is on a scale is checked by grading. */
export function decimal(label: string) {
  return z.unknown().optional().transform((raw, ctx): number | null => {
    if (raw === undefined || raw === null || raw === '') return null
    const value = typeof raw === 'string' ? Number(raw.trim()) : raw
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return reject(ctx, { code: 'invalid-number', field: label, value: String(raw) })
    }
    return value
  })
}

export interface SteppedOptions {
  /** The value must be greater than this. */
  above: number
  max: number
  /** The value must be a whole multiple of this, e.g. 0.5 for 学时 in half hours. */
  step: number
  /** The step in the words of a message, e.g. 半小时（0.5）. */
  stepWords: string
  /** Valid values shown in the message, e.g. 1、1.5、2. */
  examples: string
}

/** Returns a schema for a required number above `above`, at most `max`, in whole steps (学时 in half hours). */
export function steppedDecimal(label: string, options: SteppedOptions) {
  return z.unknown().optional().transform((raw, ctx): number => {
    if (raw === undefined || raw === null || raw === '') return reject(ctx, { code: 'required', field: label })
    const value = typeof raw === 'string' ? Number(raw.trim()) : raw
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return reject(ctx, { code: 'invalid-number', field: label, value: String(raw) })
    }
    if (value <= options.above || value > options.max) {
      return reject(ctx, { code: 'out-of-range', field: label, value: String(raw), detail: `应大于 ${options.above} 且不超过 ${options.max}` })
    }
    // Compared in whole steps with a tolerance, because 0.1 + 0.2 style sums are not exact in binary.
    const steps = value / options.step
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      return reject(ctx, { code: 'invalid-input', field: label, value: String(raw), detail: `以${options.stepWords}为单位，如 ${options.examples}` })
    }
    return Math.round(steps) * options.step
  })
}

export function id(label: string) {
  return z.unknown().optional().transform((raw, ctx): number => {
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) {
      return reject(ctx, { code: 'invalid-input', field: label, value: String(raw), detail: '编号无效' })
    }
    return raw
  })
}

export function optionalId(label: string) {
  return z.unknown().optional().transform((raw, ctx): number | null => {
    if (raw === undefined || raw === null || raw === '' || raw === 0) return null
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) {
      return reject(ctx, { code: 'invalid-input', field: label, value: String(raw), detail: '编号无效' })
    }
    return raw
  })
}

export function idList(label: string, max = 2000) {
  return z.unknown().optional().transform((raw, ctx): number[] => {
    if (raw === undefined || raw === null) return []
    if (!Array.isArray(raw) || raw.length > max || !raw.every((item) => Number.isSafeInteger(item) && item > 0)) {
      return reject(ctx, { code: 'invalid-input', field: label, detail: '选择的项目无效' })
    }
    return [...new Set(raw as number[])]
  })
}

/** A list of allowed codes (e.g. accident types), de-duplicated, order kept. */
export function codeList(label: string, allowed: readonly string[], options: { min?: number; max?: number } = {}) {
  return z.unknown().optional().transform((raw, ctx): string[] => {
    const list = raw === undefined || raw === null ? [] : raw
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      return reject(ctx, { code: 'invalid-input', field: label })
    }
    const unknown = list.find((item) => !allowed.includes(item))
    if (unknown !== undefined) return reject(ctx, { code: 'invalid-choice', field: label, value: unknown })
    const unique = [...new Set(list as string[])]
    if (options.min !== undefined && unique.length < options.min) return reject(ctx, { code: 'required-choice', field: label })
    if (options.max !== undefined && unique.length > options.max) {
      return reject(ctx, { code: 'out-of-range', field: label, detail: `最多选择 ${options.max} 项` })
    }
    return unique
  })
}

/** A calendar date as YYYY-MM-DD (local date, no time zone). */
export function date(label: string, required = false) {
  return z.unknown().optional().transform((raw, ctx): string | null => {
    if (raw === undefined || raw === null || raw === '') {
      if (required) return reject(ctx, { code: 'required', field: label })
      return null
    }
    if (typeof raw !== 'string' || !isValidDate(raw)) return reject(ctx, { code: 'invalid-date', field: label, value: String(raw) })
    return raw
  })
}

/**
 * Returns a schema for a calendar date that may not be after the school's today (Beijing time), e.g. the day a
 * plan was reported. Today is read when a value is checked, so the window and the Node side use the same day.
 */
export function notFutureDate(label: string, required = false) {
  return date(label, required).transform((value, ctx): string | null => {
    const today = localDate(new Date())
    if (value !== null && value > today) return reject(ctx, { code: 'out-of-range', field: label, value, detail: `不能晚于今天（${today}）` })
    return value
  })
}

export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const parsed = new Date(Date.UTC(year, month - 1, day))
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
}

export function bool() {
  return z.unknown().optional().transform((raw): boolean => raw === true || raw === 1 || raw === 'true')
}

/** Extracts the user-facing errors from a failed parse, first the field-specific ones. */
export function appErrorsFromZod(error: z.ZodError): AppErrorData[] {
  return error.issues.map((issue) => {
    const params = (issue as { params?: { appError?: AppErrorData } }).params
    if (params?.appError) return params.appError
    return { code: 'invalid-input', field: issue.path.join('.') || undefined, detail: issue.message }
  })
}
