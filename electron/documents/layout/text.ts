/**
 * Characters that may not appear in a Word part: the C0 controls XML 1.0 forbids (all but tab, line feed and
 * carriage return), U+FFFE, U+FFFF and UTF-16 surrogates without their partner. The C1 controls and DEL are
 * allowed by XML but never meaningful in our text, so they go too. Text pasted from other programs can carry
 * any of them, and Word reports a file that contains one as "unreadable content".
 */
const invalidCharacters =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** U+3000, the full-width space that separates items on one line of Chinese text. */
export const wideSpace = '\u3000'

/** Tabs and line breaks inside what is printed as one line. */
const inlineBreaks = /[\t\r\n]+/g

/**
 * Makes a value safe to write as one line of document text: removes XML-invalid characters and turns tabs
 * and line breaks into a space. Every text the documents write goes through this function or `cleanLines`.
 */
export function cleanText(value: string): string {
  return value.replace(invalidCharacters, '').replace(inlineBreaks, ' ').trim()
}

/** Whitespace at either end of a run, except U+3000. */
const runEdgeSpace = /^[^\S\u3000]+|[^\S\u3000]+$/g

/**
 * Cleans the text of one run like `cleanText`, but keeps full-width spaces at its ends. A run is only part of
 * a line, and a full-width space at its end separates it from the next run (after 第一条, between photos).
 * `cleanText` would drop that space, since JavaScript's trim counts U+3000 as whitespace.
 */
export function cleanRunText(value: string): string {
  return value.replace(invalidCharacters, '').replace(inlineBreaks, ' ').replace(runEdgeSpace, '')
}

/** Splits a multi-line value (a policy body, the office duties) into cleaned, non-empty lines. */
export function cleanLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .filter((line) => line.length > 0)
}

/** Ends a sentence with a full stop unless it already ends with punctuation, so numbered lines read evenly. */
export function asSentence(value: string): string {
  const text = cleanText(value)
  if (text.length === 0) return text
  const trimmed = text.replace(/[；;，,、]+$/, '')
  return /[。！？.!?）)”]$/.test(trimmed) ? trimmed : `${trimmed}。`
}
