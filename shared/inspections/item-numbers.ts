import type { AppErrorData } from '../errors'

/**
 * Item numbers as a user types them from a paper checklist: "3, 7, 12-14", also with full-width digits,
 * Chinese separators (、，；) and range marks (－ — ～ 至 到), and with 第/项/号 around a number.
 */

export type ParsedNumbers = { ok: true; numbers: number[] } | { ok: false; error: AppErrorData }

const rangeMarks = /\s*[-－—–~～〜至到]+\s*/gu
const separators = /[\s,，、;；]+/u

function normalise(text: string): string {
  return text
    .replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[第项號号]/gu, '')
    .replace(rangeMarks, '-')
    .trim()
}

function expand(token: string): number[] | 'invalid' | 'reversed' {
  const single = /^(\d{1,6})$/.exec(token)
  if (single) return [Number(single[1])]
  const range = /^(\d{1,6})-(\d{1,6})$/.exec(token)
  if (!range) return 'invalid'
  const [from, to] = [Number(range[1]), Number(range[2])]
  if (from > to) return 'reversed'
  return Array.from({ length: to - from + 1 }, (_unused, offset) => from + offset)
}

/**
 * Parses the numbers of a checklist with `itemCount` items. Returns them sorted without repeats, or the
 * error naming the field and what is wrong: a part that is not a number or range, a range written
 * backwards, or numbers outside 1 to `itemCount` (all of them named).
 */
export function parseItemNumbers(text: string, itemCount: number, field: string): ParsedNumbers {
  const tokens = normalise(text).split(separators).filter((token) => token.length > 0)
  const numbers = new Set<number>()
  const outside: string[] = []

  for (const token of tokens) {
    const expanded = expand(token)
    if (expanded === 'invalid') {
      return { ok: false, error: { code: 'item-numbers-invalid', field, value: token, detail: '应填写序号或序号范围，如 3, 7, 12-14' } }
    }
    if (expanded === 'reversed') {
      const [from, to] = token.split('-')
      return { ok: false, error: { code: 'item-numbers-invalid', field, value: token, detail: `范围的起止写反了，应写成 ${to}-${from}` } }
    }
    if (expanded.some((number) => number < 1 || number > itemCount)) outside.push(token)
    for (const number of expanded) numbers.add(number)
  }

  if (outside.length > 0) return { ok: false, error: { code: 'item-numbers-out-of-range', field, value: outside.join('、'), limit: itemCount } }
  return { ok: true, numbers: [...numbers].sort((a, b) => a - b) }
}

/** Writes numbers back the way a user types them: runs of three or more as a range, e.g. "3, 7, 12-14". */
export function formatItemNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const parts: string[] = []
  let start = 0
  while (start < sorted.length) {
    let end = start
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1
    if (end - start >= 2) parts.push(`${sorted[start]}-${sorted[end]}`)
    else parts.push(...sorted.slice(start, end + 1).map(String))
    start = end + 1
  }
  return parts.join(', ')
}

/** Returns the numbers that appear in both lists, e.g. typed as both 不合格 and 不适用. */
export function sharedNumbers(first: readonly number[], second: readonly number[]): number[] {
  const inSecond = new Set(second)
  return first.filter((number) => inSecond.has(number))
}
