import { strFromU8, unzipSync } from 'fflate'

/** The XML parts of a .docx, decoded as UTF-8 text, by their path inside the package. */
export type DocxParts = Record<string, string>

export function readDocx(buffer: Buffer): DocxParts {
  const entries = unzipSync(new Uint8Array(buffer))
  const parts: DocxParts = {}
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(bytes)
  }
  return parts
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Joins the w:t runs of an XML fragment into its text. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1])).join('')
}

/** A paragraph or table of the body, in document order. */
export interface Block {
  kind: 'paragraph' | 'table'
  xml: string
  text: string
  /** Heading level from the paragraph style Heading1/Heading2, else 0. */
  heading: number
}

/**
 * Splits the body into top-level paragraphs and tables. Tables are matched with their nesting, since a
 * table's cells contain paragraphs of their own.
 */
export function bodyBlocks(documentXml: string): Block[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length, documentXml.lastIndexOf('</w:body>'))
  const blocks: Block[] = []
  let position = 0

  while (position < body.length) {
    const next = body.indexOf('<w:', position)
    if (next < 0) break
    if (body.startsWith('<w:tbl>', next)) {
      const end = matchingEnd(body, next, '<w:tbl>', '</w:tbl>')
      const xml = body.slice(next, end)
      blocks.push({ kind: 'table', xml, text: textOf(xml), heading: 0 })
      position = end
    } else if (body.startsWith('<w:p>', next) || body.startsWith('<w:p ', next)) {
      const end = body.indexOf('</w:p>', next) + '</w:p>'.length
      const xml = body.slice(next, end)
      const style = /<w:pStyle w:val="Heading(\d)"\/>/.exec(xml)
      blocks.push({ kind: 'paragraph', xml, text: textOf(xml), heading: style ? Number(style[1]) : 0 })
      position = end
    } else {
      // Section properties, bookmarks and content controls: skip the tag itself, keep what it contains.
      position = body.indexOf('>', next) + 1
    }
  }
  return blocks
}

function matchingEnd(text: string, start: number, open: string, close: string): number {
  let depth = 0
  let position = start
  while (position < text.length) {
    const nextOpen = text.indexOf(open, position)
    const nextClose = text.indexOf(close, position)
    if (nextOpen >= 0 && nextOpen < nextClose) {
      depth += 1
      position = nextOpen + open.length
    } else {
      depth -= 1
      position = nextClose + close.length
      if (depth === 0) return position
    }
  }
  throw new Error('unbalanced table in document.xml')
}

/** Every table of the body with its grid, width and rows. */
export interface TableInfo {
  xml: string
  width: { value: number; type: string }
  layout: string | undefined
  gridColumns: number[]
  rows: RowInfo[]
}

export interface RowInfo {
  xml: string
  text: string
  isHeader: boolean
  cantSplit: boolean
  cells: { width: number; type: string; span: number; text: string; xml: string }[]
}

export function tables(documentXml: string): TableInfo[] {
  return bodyBlocks(documentXml)
    .filter((block) => block.kind === 'table')
    .map((block) => parseTable(block.xml))
}

function parseTable(xml: string): TableInfo {
  const tblPr = /<w:tblPr>([\s\S]*?)<\/w:tblPr>/.exec(xml)?.[1] ?? ''
  const width = /<w:tblW w:type="(\w+)" w:w="(\d+)"\/>/.exec(tblPr)
  const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? ''
  const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((match) => parseRow(match[0]))
  return {
    xml,
    width: { value: Number(width?.[2] ?? 0), type: width?.[1] ?? '' },
    layout: /<w:tblLayout w:type="(\w+)"\/>/.exec(tblPr)?.[1],
    gridColumns: [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1])),
    rows
  }
}

function parseRow(xml: string): RowInfo {
  const trPr = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(xml)?.[1] ?? ''
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((match) => {
    const cellXml = match[0]
    const width = /<w:tcW w:type="(\w+)" w:w="(\d+)"\/>/.exec(cellXml)
    const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cellXml)
    return { width: Number(width?.[2] ?? 0), type: width?.[1] ?? '', span: Number(span?.[1] ?? 1), text: textOf(cellXml), xml: cellXml }
  })
  return { xml, text: textOf(xml), isHeader: trPr.includes('<w:tblHeader/>'), cantSplit: trPr.includes('<w:cantSplit/>'), cells }
}

/** Reads the page numbers written into the contents: one per PAGEREF field, empty where none was written. */
export function contentsPageNumbers(documentXml: string): { anchor: string; page: string }[] {
  return [...documentXml.matchAll(/PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>([^<]*)<\/w:t>)?/g)].map(
    (match) => ({ anchor: match[1], page: match[2] ?? '' })
  )
}
