import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  ImageRun,
  VerticalAlign,
  WidthType,
  HeightRule,
  ShadingType,
  LineRuleType,
  type FileChild,
  type ParagraphChild
} from 'docx'
import { run, type Inline, type RunStyle } from './paragraphs'
import { sizes, styleIds } from './styles'

export type CellAlign = 'left' | 'center' | 'right'

export interface Column {
  /** Header text; ignored for tables without a header row. */
  header: string
  /** Share of the table width; widths are worked out in DXA from these. */
  weight: number
  align?: CellAlign
}

/** One paragraph of a cell: text, or parts with their own style (a bold label and its value). */
export type CellParagraph = string | Inline[]

/** A PNG picture shown centred above a cell's text, e.g. a QR code. */
export interface CellImage {
  png: Buffer
  /** Printed width and height in DXA (the picture is square). */
  size: number
  /** Alternative text for screen readers and the picture's name in Word. */
  altText: string
}

export interface Cell {
  /** One paragraph of text, or a list of paragraphs. */
  content: string | readonly CellParagraph[]
  image?: CellImage
  /** Background colour RRGGBB. */
  fill?: string
  /** Text colour RRGGBB. */
  color?: string
  bold?: boolean
  align?: CellAlign
  /** Number of grid columns the cell covers. */
  span?: number
  /** Number of rows the cell covers downwards; the rows below leave out the cells of its columns. */
  rowSpan?: number
}

export type CellValue = string | Cell

/** A row with options of its own. */
export interface Row {
  cells: readonly CellValue[]
  /** Minimum height in DXA, for the fields of a form that are written in by hand. */
  minHeight?: number
  /** Keeps the row on the page of the next one, for a row that names the group of rows below it. */
  keepWithNext?: boolean
}

export type RowValue = readonly CellValue[] | Row

export interface TableOptions {
  /** Width of the text block the table fills, in DXA. */
  width: number
  columns: readonly Column[]
  rows: readonly RowValue[]
  /** Whether the first row is the column headers, repeated on every page. Default true. */
  header?: boolean
  /** Half-points for the cell text; default is the table style's 五号. */
  fontSize?: number
  /** Minimum row height in DXA, for blank forms that are filled in by hand. */
  minRowHeight?: number
  /** Vertical alignment of the text in a taller cell; default centre. Tables of long texts read better from the top. */
  verticalAlign?: 'top' | 'center'
}

const headerFill = 'D9D9D9'
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

/**
 * Splits a width into integer DXA column widths in proportion to the weights, summing exactly to the width
 * (the rounding remainder goes to the widest column). WPS lays tables out from these grid widths.
 */
export function columnWidths(width: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const widths = weights.map((weight) => Math.floor((width * weight) / total))
  const remainder = width - widths.reduce((sum, value) => sum + value, 0)
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] += remainder
  return widths
}

function asCell(value: CellValue): Cell {
  return typeof value === 'string' ? { content: value } : value
}

/**
 * Returns the line pitch of a cell paragraph: exactly 1.45 times its largest type size. An exact pitch keeps
 * a row the same height whatever the line metrics of the 宋体 a PC has, so the page numbers written into the
 * contents depend less on the program that opens the file.
 */
function cellLine(parts: readonly Inline[], fontSize: number) {
  const largest = Math.max(fontSize, ...parts.map((part) => (typeof part === 'string' ? 0 : (part.size ?? 0))))
  return { line: Math.round(largest * 10 * 1.45), lineRule: LineRuleType.EXACT, before: 0, after: 0 }
}

/** DXA per pixel at the 96 pixels to the inch docx sizes pictures in (1440 DXA to the inch). */
const dxaPerPixel = 1440 / 96

function imageParagraph(image: CellImage, style: string): Paragraph {
  const pixels = Math.round(image.size / dxaPerPixel)
  return new Paragraph({
    style,
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: pixels, height: pixels },
        altText: { name: image.altText, description: image.altText, title: image.altText }
      })
    ]
  })
}

function cellParagraphs(cell: Cell, style: string, align: CellAlign, fontSize: number | undefined): Paragraph[] {
  const listed: readonly CellParagraph[] = typeof cell.content === 'string' ? [cell.content] : cell.content
  // Word cannot open a cell without a paragraph.
  const paragraphs = listed.length > 0 || cell.image ? listed : ['']
  const image = cell.image ? [imageParagraph(cell.image, style)] : []
  return [...image, ...paragraphs.map((paragraph) => {
    const parts: Inline[] = typeof paragraph === 'string' ? [paragraph] : paragraph
    const children: ParagraphChild[] = parts.map((part) => {
      const text = typeof part === 'string' ? part : part.text
      const own: RunStyle = typeof part === 'string' ? {} : part
      return run(text, { bold: own.bold ?? cell.bold, color: own.color ?? cell.color, size: own.size ?? fontSize, font: own.font })
    })
    return new Paragraph({ style, alignment: alignments[align], spacing: cellLine(parts, fontSize ?? sizes.table), children })
  })]
}

function isRow(value: RowValue): value is Row {
  return !Array.isArray(value)
}

/** Moves past the grid columns that a cell of a row above still covers (`covered` counts the rows left per column). */
function skipCovered(column: number, covered: readonly number[]): number {
  let next = column
  while ((covered[next] ?? 0) > 0) next += 1
  return next
}

/** Counts, per grid column, the rows below this one that a cell with a row span still covers. */
function coverageAfter(values: readonly CellValue[], covered: readonly number[], columnCount: number): number[] {
  const after = Array.from({ length: columnCount }, (_unused, index) => Math.max((covered[index] ?? 0) - 1, 0))
  let column = 0
  for (const value of values) {
    column = skipCovered(column, covered)
    const cell = asCell(value)
    const span = cell.span ?? 1
    for (let index = column; index < column + span; index += 1) after[index] = Math.max((cell.rowSpan ?? 1) - 1, 0)
    column += span
  }
  return after
}

function buildRow(row: RowValue, widths: number[], options: TableOptions, isHeader: boolean, covered: readonly number[] = []): TableRow {
  const values = isRow(row) ? row.cells : row
  const ownHeight = isRow(row) ? row.minHeight : undefined
  const minHeight = ownHeight ?? (isHeader ? undefined : options.minRowHeight)
  let column = 0
  const cells = values.map((value) => {
    column = skipCovered(column, covered)
    const cell = asCell(value)
    const span = cell.span ?? 1
    const width = widths.slice(column, column + span).reduce((sum, part) => sum + part, 0)
    const align = cell.align ?? (isHeader ? 'center' : (options.columns[column]?.align ?? 'left'))
    column += span
    const fill = cell.fill ?? (isHeader ? headerFill : undefined)
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      rowSpan: cell.rowSpan !== undefined && cell.rowSpan > 1 ? cell.rowSpan : undefined,
      verticalAlign: options.verticalAlign === 'top' && !isHeader ? VerticalAlign.TOP : VerticalAlign.CENTER,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: cellParagraphs(cell, isHeader ? styleIds.tableHeader : styleIds.tableText, align, options.fontSize)
    })
  })

  column = skipCovered(column, covered)
  if (column !== widths.length) {
    throw new Error(`A table row covers ${column} columns but the table has ${widths.length}.`)
  }

  const height = minHeight ? { value: minHeight, rule: HeightRule.ATLEAST } : undefined
  const keepNext = isRow(row) && row.keepWithNext ? true : undefined
  return new TableRow({ tableHeader: isHeader || undefined, cantSplit: true, keepNext, height, children: cells })
}

/** Builds a short gap under a table, so the text after it does not touch its bottom border. */
function spaceAfterTable(): Paragraph {
  return new Paragraph({ style: styleIds.plain, spacing: { line: 160, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] })
}

/**
 * Builds a bordered table with fixed column widths in DXA, followed by a small gap. The grid, the table width
 * and every cell width agree, so Word and WPS lay it out the same. The header row is grey, bold 黑体 and
 * repeats on every page, and data rows do not break across pages.
 */
export function table(options: TableOptions): FileChild[] {
  const widths = columnWidths(options.width, options.columns.map((column) => column.weight))
  const withHeader = options.header ?? true
  const rows: TableRow[] = []

  if (withHeader) {
    rows.push(buildRow(options.columns.map((column) => column.header), widths, options, true))
  }
  // docx fills the columns a cell with a row span covers in the rows below with continuation cells.
  let covered: number[] = []
  for (const values of options.rows) {
    rows.push(buildRow(values, widths, options, false, covered))
    covered = coverageAfter(isRow(values) ? values.cells : values, covered, widths.length)
  }

  const grid = new Table({
    width: { size: options.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    rows
  })
  return [grid, spaceAfterTable()]
}
