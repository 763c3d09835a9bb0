/**
 * What goes into a cell. Every string written to a sheet passes through `safeText`, so that no text
 * from the school file can be read as a formula by Excel or WPS (OWASP "CSV injection", ASVS 1.2.10),
 * and no character that XML 1.0 forbids can make the file unreadable.
 */

/** Characters that make Excel, WPS or LibreOffice take a typed or converted text for a formula. */
const formulaTrigger = /^[=+\-@\t\r]/

/** C0 controls other than tab, line feed and carriage return, and lone UTF-16 surrogates: not allowed in XML 1.0. */
// eslint-disable-next-line no-control-regex
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The guard put in front of a text that would start a formula: an apostrophe, as a user types it in Excel. */
export const formulaGuard = "'"

/**
 * Makes a text safe for a spreadsheet cell: characters XML cannot carry are removed, and a text that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return gets an apostrophe in front, so it stays text
 * even when a user edits the cell or the sheet is converted to CSV.
 */
export function safeText(text: string): string {
  const cleaned = text.replace(xmlForbidden, '')
  return formulaTrigger.test(cleaned) ? `${formulaGuard}${cleaned}` : cleaned
}

export type CellInput = string | number | null | undefined

/** A cell value: numbers stay numbers (a negative number is not text and is not guarded), texts are made safe. */
export function cellValue(value: CellInput): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return safeText(value)
}

/**
 * Display width of a text in Excel column units: a CJK or full-width character is about two units,
 * an ASCII character about one.
 */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    width += code > 0x2e7f || (code >= 0x1100 && code <= 0x115f) ? 2 : code > 0xff ? 1.5 : 1
  }
  return width
}

/** The width of the longest line of a text. */
export function longestLineWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth))
}

/** How many printed lines a text takes in a column of the given width, with wrapping. */
export function wrappedLineCount(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1)
  let lines = 0
  for (const line of text.split('\n')) {
    lines += Math.max(1, Math.ceil(textWidth(line) / usable))
  }
  return lines
}

/** Numbers texts as 1. 2. 3. on separate lines, for several measures in one cell. */
export function numberedLines(texts: readonly string[]): string {
  return texts.map((text, index) => `${index + 1}. ${text.trim()}`).join('\n')
}
