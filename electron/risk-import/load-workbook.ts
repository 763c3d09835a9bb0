import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import ExcelJS from 'exceljs'
import { AppError } from '../../shared/errors'
import { createLogger } from '../logging/logger'
import { describeNonZipFile, startsLikeZip } from './file-kind'
import { importLimits, type ImportLimits } from './limits'
import { guardWorkbookZip } from './zip-guard'

const log = createLogger('risk-import')

/**
 * Worksheet parts the importer does not need. Skipping them keeps exceljs away from the parts WPS and
 * other writers fill with extensions (extLst, conditional formats, validations) and from drawings.
 */
const ignoredNodes = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'autoFilter',
  'sheetProtection',
  'rowBreaks',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins'
]

export interface LoadedWorkbook {
  /** The file's name without its folder, as messages name it. */
  label: string
  workbook: ExcelJS.Workbook
}

async function readChecked(file: string, label: string, limits: ImportLimits): Promise<Buffer> {
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new AppError({ code: 'import-file-invalid', file: label, detail: '这是一个文件夹，不是 Excel 文件。请选择风险清单的 .xlsx 文件' })
    size = info.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError({ code: 'file-not-found', file: label })
  }

  if (size > limits.maxFileBytes) {
    const shown = `${(size / 1024 / 1024).toFixed(1)} MB`
    const limit = `${limits.maxFileBytes / 1024 / 1024} MB`
    throw new AppError({ code: 'import-file-invalid', file: label, detail: `文件有 ${shown}，超过导入上限 ${limit}。风险清单通常不到 1 MB，请删去图片和无关的工作表后再导入` })
  }

  try {
    return await readFile(file)
  } catch (error) {
    log.warn(`could not read ${label}`, error)
    throw new AppError({ code: 'import-file-invalid', file: label, detail: '无法读取文件，可能没有读取权限或文件正被其他程序占用。请关闭打开它的程序，或把它复制到桌面后再导入' })
  }
}

/**
 * Reads an .xlsx file for import: size cap, file-kind check, the zip guard, then exceljs. Every failure
 * is an `AppError` whose message names the file; nothing else is thrown.
 */
export async function loadWorkbook(file: string, limits: ImportLimits = importLimits): Promise<LoadedWorkbook> {
  const label = basename(file)
  const buffer = await readChecked(file, label, limits)

  if (!startsLikeZip(buffer)) {
    throw new AppError({ code: 'import-file-invalid', file: label, detail: describeNonZipFile(buffer) })
  }
  await guardWorkbookZip(buffer, label, limits)

  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs 4.4 declares its own Buffer type, which an ArrayBuffer satisfies and Node's Buffer does not.
    const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    await workbook.xlsx.load(bytes, { ignoreNodes: ignoredNodes })
  } catch (error) {
    log.warn(`exceljs could not read ${label} (${extname(file)}, ${buffer.length} bytes)`, error)
    throw new AppError({
      code: 'import-file-invalid',
      file: label,
      detail: '文件内容已损坏或格式不标准，无法读取。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后再导入'
    })
  }

  log.info(`loaded ${label}: ${workbook.worksheets.length} sheets`)
  return { label, workbook }
}
