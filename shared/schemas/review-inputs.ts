import { z } from 'zod'
import type { AppErrorData } from '../errors'
import { date, name, text } from './fields'

/** Input schemas of the review schedule and of completing a review. */

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

/** Any dash or "至" between the years, and 第1/第2 or 第一/第二 学期, as people type them. */
const termPattern = /^(\d{4})\s*(?:[—–\-－~～]+|至)\s*(\d{4})\s*学年\s*第\s*([一二12])\s*学期$/

/**
 * A 学期 written as 2026—2027学年第一学期. Other dashes and 第1学期 are accepted and written in that form; the
 * second year must follow the first.
 */
export function term(label: string) {
  return z.unknown().optional().transform((raw, ctx): string => {
    const value = typeof raw === 'string' ? raw.trim() : ''
    if (value === '') return rejectWith(ctx, { code: 'required', field: label })
    const match = termPattern.exec(value)
    const detail = '请按“2026—2027学年第一学期”的格式填写'
    if (!match) return rejectWith(ctx, { code: 'invalid-input', field: label, value, detail })
    const [first, second] = [Number(match[1]), Number(match[2])]
    if (second !== first + 1) return rejectWith(ctx, { code: 'invalid-input', field: label, value, detail: `学年应为相邻的两年，如 ${first}—${first + 1}` })
    const half = match[3] === '一' || match[3] === '1' ? '一' : '二'
    return `${first}—${second}学年第${half}学期`
  })
}

export const reviewScheduleInput = z.object({
  term: term('当前学期'),
  dueOn: date('评审截止日期', true)
})
export type ReviewScheduleInput = z.output<typeof reviewScheduleInput>

export const completeReviewInput = z.object({
  term: term('评审学期'),
  reviewedOn: date('评审日期', true),
  reviewer: name('评审人', true, 60),
  summary: text('评审说明', { max: 2000, multiline: true })
})
export type CompleteReviewInput = z.output<typeof completeReviewInput>
