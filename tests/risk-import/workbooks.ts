import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

/** Builds the test workbooks in code, the way a school's Excel or WPS file is laid out. */

export type Cell = ExcelJS.CellValue

export interface SheetSpec {
  name?: string
  /** Row 1 first; null or undefined leaves a cell blank, an empty array leaves a row blank. */
  rows: Cell[][]
  /** Merged ranges such as "A3:A5". */
  merges?: string[]
  state?: 'visible' | 'hidden'
}

export async function workbookBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  sheets.forEach((spec, index) => {
    const sheet = workbook.addWorksheet(spec.name ?? `Sheet${index + 1}`, { state: spec.state ?? 'visible' })
    spec.rows.forEach((cells, rowIndex) => {
      cells.forEach((value, columnIndex) => {
        if (value === null || value === undefined) return
        sheet.getCell(rowIndex + 1, columnIndex + 1).value = value
      })
    })
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * Builds the master cell of a shared formula, as Excel and WPS save D = L × E × C filled down a column.
 * exceljs 4.4 writes `shareType` and `ref` although its typings leave them out.
 */
export function sharedFormulaMaster(formula: string, result: number, ref: string): Cell {
  const master = { formula, result, shareType: 'shared', ref }
  return master as ExcelJS.CellFormulaValue
}

/** Writes an .xlsx file into `folder` and returns its path. */
export async function writeWorkbook(folder: string, fileName: string, sheets: SheetSpec[]): Promise<string> {
  const path = join(folder, fileName)
  writeFileSync(path, await workbookBytes(sheets))
  return path
}

/** Rewrites one part of an .xlsx (e.g. the sheet XML) to build files exceljs would not write. */
export function patchPart(bytes: Buffer, part: string, change: (xml: string) => string): Buffer {
  const entries = unzipSync(new Uint8Array(bytes))
  entries[part] = strToU8(change(strFromU8(entries[part])))
  return Buffer.from(zipSync(entries))
}
