import { StringDecoder } from 'node:string_decoder'
import { columnNumber } from '../../shared/risk-import'

/**
 * A streaming look at one XML part of a workbook: whether it has a DOCTYPE, how many `<row>` elements
 * and how many merged cells it declares. Tags are matched on the text up to the last `>` of each chunk,
 * and an unfinished tag is carried into the next chunk, so a tag split between chunks is counted once.
 */

export interface XmlScan {
  doctype: boolean
  rows: number
  mergedCells: number
  /** The whole text, when asked for and at most `maxKeptChars` long. */
  text?: string
}

const maxKeptChars = 1024 * 1024
/** An unfinished tag longer than this is not a tag Excel writes; it is dropped instead of carried. */
const maxCarriedChars = 64 * 1024

const tagPattern = /<(?:[A-Za-z_][\w.-]*:)?(row|mergeCell)\b[^>]*>/g
const refPattern = /\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"/

/** Counts the cells of a merge reference such as "A1:D3". */
function mergedArea(tag: string): number {
  const match = refPattern.exec(tag)
  if (!match) return 0
  const [, firstColumn, firstRow, lastColumn, lastRow] = match
  if (lastColumn === undefined) return 1
  const columns = Math.abs(columnNumber(lastColumn) - columnNumber(firstColumn)) + 1
  const rows = Math.abs(Number(lastRow) - Number(firstRow)) + 1
  return columns * rows
}

export function scanXmlEntry(stream: NodeJS.ReadableStream, options: { keep: boolean }): Promise<XmlScan> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8')
    const scan: XmlScan = { doctype: false, rows: 0, mergedCells: 0 }
    const kept: string[] = []
    let keptChars = 0
    let carried = ''

    const take = (text: string): void => {
      if (options.keep && keptChars <= maxKeptChars) {
        kept.push(text)
        keptChars += text.length
      }

      const pending = carried + text
      if (/<!DOCTYPE/i.test(pending)) scan.doctype = true
      const lastClose = pending.lastIndexOf('>')
      const complete = pending.slice(0, lastClose + 1)
      for (const match of complete.matchAll(tagPattern)) {
        if (match[1] === 'row') scan.rows += 1
        else scan.mergedCells += mergedArea(match[0])
      }

      const rest = pending.slice(lastClose + 1)
      const openAt = rest.lastIndexOf('<')
      carried = openAt >= 0 && rest.length - openAt <= maxCarriedChars ? rest.slice(openAt) : ''
    }

    stream.on('data', (chunk: Buffer) => take(decoder.write(chunk)))
    stream.on('error', reject)
    stream.on('end', () => {
      take(decoder.end())
      if (options.keep && keptChars <= maxKeptChars) scan.text = kept.join('')
      resolve(scan)
    })
  })
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) found.set(match[1], decodeXmlText(match[2]))
  return found
}

/**
 * Sheet names by worksheet part ("xl/worksheets/sheet1.xml" → "风险清单"), read from workbook.xml and
 * its relationships, so a limit message names the sheet as the user knows it. Parts it cannot name are left out.
 */
export function readSheetNames(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const match of relationshipsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const found = attributes(match[0])
    const id = found.get('Id')
    const target = found.get('Target')
    if (!id || !target) continue
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }

  const names = new Map<string, string>()
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const found = attributes(match[0])
    const name = found.get('name')
    const id = [...found.entries()].find(([key]) => key.endsWith(':id'))?.[1]
    const part = id ? targets.get(id) : undefined
    if (name && part) names.set(part, name)
  }
  return names
}
