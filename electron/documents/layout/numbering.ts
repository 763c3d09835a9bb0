const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Writes 1–99 as Chinese numerals (一, 十, 十一, 二十三), as headings number their items. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  if (tens === 0) return digits[ones]
  const tensPart = tens === 1 ? '十' : `${digits[tens]}十`
  return ones === 0 ? tensPart : `${tensPart}${digits[ones]}`
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** Returns ①–⑳ for items inside a table cell, where "1." would read as the row number, and (21) and up after that. */
export function circledNumber(value: number): string {
  return value >= 1 && value <= circled.length ? circled[value - 1] : `（${value}）`
}

/** Numbers lines "1. …" as level-three items of an official document (plain text, not Word numbering). */
export function numberLines(lines: readonly string[]): string[] {
  return lines.map((line, index) => `${index + 1}. ${line}`)
}

/** Numbers lines "（1）…", the level below "1.". */
export function numberLinesInParentheses(lines: readonly string[]): string[] {
  return lines.map((line, index) => `（${index + 1}）${line}`)
}
