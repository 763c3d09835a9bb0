import type { ImportField } from '../../shared/risk-import'
import type { SheetGrid } from './grid'
import { identifyLabel, isGroupLabel, isTitleLabel } from './header-words'
import { matchKey } from './normalise'

/**
 * Finds the header of a risk list: the band of one to three rows whose labels name the most fields.
 * Merged header cells count for every column they cover, but only within the band, so a band never
 * borrows a label from a row it does not include.
 */

export interface HeaderColumn {
  column: number
  /** The column's labels from the top header row down, repeats and titles removed. */
  labels: string[]
  field?: ImportField
}

export interface HeaderBand {
  top: number
  bottom: number
  columns: HeaderColumn[]
  /** Field → column number; the first column wins when two columns name the same field. */
  fields: Map<ImportField, number>
  /** Columns whose field an earlier column already has. */
  duplicates: { column: number; field: ImportField; usedColumn: number }[]
  score: number
}

const maxHeaderHeight = 3

/** Returns the text a header cell shows within the band: its own, or its merge master's when the master is in the band. */
function bandText(grid: SheetGrid, row: number, column: number, top: number, bottom: number): string {
  const range = grid.mergeAt(row, column)
  if (!range) return grid.own(row, column)
  if (range.top < top || range.top > bottom) return ''
  return grid.own(range.top, range.left)
}

/** A band must not start inside a merge from above, nor cut a merge that starts in it. */
function bandCutsMerge(grid: SheetGrid, top: number, bottom: number): boolean {
  for (let column = 1; column <= grid.columnCount; column++) {
    const first = grid.mergeAt(top, column)
    if (first && first.top < top) return true
    for (let row = top; row <= bottom; row++) {
      const range = grid.mergeAt(row, column)
      if (range && range.top >= top && range.bottom > bottom) return true
    }
  }
  return false
}

/** Tells whether a row of the band has a label of its own; titles and data rows have none. */
function rowHasLabel(grid: SheetGrid, row: number): boolean {
  return grid.filledColumns(row).some((column) => {
    const key = matchKey(grid.own(row, column))
    return isGroupLabel(key) || identifyLabel(key, '') !== undefined
  })
}

function columnLabels(grid: SheetGrid, column: number, top: number, bottom: number): string[] {
  const labels: string[] = []
  for (let row = top; row <= bottom; row++) {
    const text = bandText(grid, row, column, top, bottom).replace(/\s+/g, ' ').trim()
    if (text === '' || isTitleLabel(matchKey(text))) continue
    if (labels[labels.length - 1] !== text) labels.push(text)
  }
  return labels
}

/** Finds the field of a column: its lowest label that names one, read with the labels above it as the group. */
function columnField(labels: readonly string[]): ImportField | undefined {
  const keys = labels.map(matchKey)
  for (let index = keys.length - 1; index >= 0; index--) {
    const field = identifyLabel(keys[index], keys.slice(0, index).join('/'))
    if (field) return field
  }
  return undefined
}

function evaluateBand(grid: SheetGrid, top: number, bottom: number): HeaderBand | undefined {
  if (bandCutsMerge(grid, top, bottom)) return undefined
  for (let row = top; row <= bottom; row++) {
    if (!rowHasLabel(grid, row)) return undefined
  }

  const columns: HeaderColumn[] = []
  const fields = new Map<ImportField, number>()
  const duplicates: HeaderBand['duplicates'] = []
  for (let column = 1; column <= grid.columnCount; column++) {
    const labels = columnLabels(grid, column, top, bottom)
    const field = columnField(labels)
    columns.push({ column, labels, field })
    if (!field) continue
    const used = fields.get(field)
    if (used === undefined) fields.set(field, column)
    else duplicates.push({ column, field, usedColumn: used })
  }

  if (!fields.has('hazard') && !fields.has('pointName')) return undefined
  return { top, bottom, columns, fields, duplicates, score: fields.size }
}

function better(candidate: HeaderBand, best: HeaderBand | undefined): boolean {
  if (!best) return true
  if (candidate.score !== best.score) return candidate.score > best.score
  return candidate.bottom - candidate.top < best.bottom - best.top
}

/** Finds the best header band in the first `searchRows` rows, or undefined when no band names at least three fields. */
export function findHeader(grid: SheetGrid, searchRows: number): HeaderBand | undefined {
  let best: HeaderBand | undefined
  const lastStart = Math.min(searchRows, grid.rowCount)

  for (let top = 1; top <= lastStart; top++) {
    for (let height = 1; height <= maxHeaderHeight; height++) {
      const bottom = top + height - 1
      if (bottom > grid.rowCount) break
      const band = evaluateBand(grid, top, bottom)
      if (band && band.score >= 3 && better(band, best)) best = band
    }
  }
  return best
}

/** Returns the header text of a column as shown to the user, e.g. "风险评价/L". */
export function headerText(band: HeaderBand, column: number): string {
  return band.columns[column - 1]?.labels.join('/') ?? ''
}

/** Identifies the header layout: every labelled column's folded labels, in order. */
export function headerSignature(band: HeaderBand): string {
  const lastLabelled = band.columns.reduce((last, column) => (column.labels.length > 0 ? column.column : last), 0)
  return band.columns
    .slice(0, lastLabelled)
    .map((column) => column.labels.map(matchKey).join('/'))
    .join('|')
}
