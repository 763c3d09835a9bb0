import yauzl from 'yauzl'
import { AppError } from '../../shared/errors'
import { importLimits, type ImportLimits } from './limits'
import { readSheetNames, scanXmlEntry, type XmlScan } from './xml-scan'

/**
 * Checks an .xlsx file as the zip archive it is, before exceljs parses any of it. First every entry is
 * judged from the central directory (count, declared sizes, compression ratio, encryption, method).
 * Then the XML parts are inflated as a stream and never kept whole. No part may have a DOCTYPE,
 * because it could declare entities, and each worksheet's rows and merged cells must be within limits.
 */

const megabyte = 1024 * 1024

function formatMegabytes(bytes: number): string {
  return `${(bytes / megabyte).toFixed(1)} MB`
}

function invalid(file: string, detail: string): AppError {
  return new AppError({ code: 'import-file-invalid', file, detail })
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (error, zipfile) => {
      if (error || !zipfile) reject(error ?? new Error('no zip file'))
      else resolve(zipfile)
    })
  })
}

function readEntries(zipfile: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = []
    zipfile.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry)
      zipfile.readEntry()
    })
    zipfile.on('end', () => resolve(entries))
    zipfile.on('error', reject)
    zipfile.readEntry()
  })
}

function checkEntry(entry: yauzl.Entry, file: string, limits: ImportLimits): void {
  const name = entry.fileName
  if (entry.isEncrypted()) throw invalid(file, `文件中的“${name}”已加密。请在 Excel 或 WPS 中去掉密码，另存为 .xlsx 后再导入`)
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw invalid(file, `文件中的“${name}”使用了 Excel 不使用的压缩方式（${entry.compressionMethod}），文件可能已损坏`)
  }
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw invalid(file, `文件中的“${name}”解压后有 ${formatMegabytes(entry.uncompressedSize)}，超过上限 ${formatMegabytes(limits.maxEntryBytes)}。请只保留风险清单所在的工作表后再导入`)
  }

  // Small parts may compress very well and do no harm; the ratio only matters for large ones.
  if (entry.uncompressedSize < limits.ratioCheckFromBytes) return
  const ratio = entry.compressedSize === 0 ? Infinity : entry.uncompressedSize / entry.compressedSize
  if (ratio > limits.maxCompressionRatio) {
    throw invalid(file, `文件中的“${name}”压缩比异常（超过 ${limits.maxCompressionRatio} 倍），疑似恶意构造的文件，未读取`)
  }
}

function checkWorkbookParts(names: Set<string>, file: string): void {
  if (names.has('xl/workbook.xml')) return
  if (names.has('word/document.xml')) throw invalid(file, '这是 Word 文档，不是 Excel 工作簿。请选择风险清单的 Excel 文件（.xlsx）')
  if ([...names].some((name) => name.startsWith('ppt/'))) throw invalid(file, '这是 PowerPoint 演示文稿，不是 Excel 工作簿。请选择风险清单的 Excel 文件（.xlsx）')
  throw invalid(file, '这是一个压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。请选择风险清单的 Excel 文件（.xlsx）')
}

function openEntryStream(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(error ?? new Error('no stream'))
      else resolve(stream)
    })
  })
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name)
}

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name)
}

function checkWorksheetScan(scan: XmlScan, sheetName: string, file: string, limits: ImportLimits): void {
  if (scan.rows > limits.maxRows) {
    throw invalid(file, `工作表“${sheetName}”有 ${scan.rows} 行，超过导入上限 ${limits.maxRows} 行。请删去多余的行（包括只设了格式的空行），或把清单拆成几个文件后再导入`)
  }
  if (scan.mergedCells > limits.maxMergedCells) {
    throw invalid(file, `工作表“${sheetName}”的合并单元格共覆盖 ${scan.mergedCells} 个单元格，超过上限 ${limits.maxMergedCells} 个。请取消整行或整列的合并后再导入`)
  }
}

/**
 * Throws `import-file-invalid` (with a Chinese detail naming the part and what to do) unless the zip
 * is a workbook within the limits. A damaged archive is reported as damaged.
 */
export async function guardWorkbookZip(buffer: Buffer, file: string, limits: ImportLimits = importLimits): Promise<void> {
  let zipfile: yauzl.ZipFile
  try {
    zipfile = await openZip(buffer)
  } catch {
    throw invalid(file, '文件不完整或已损坏（找不到 zip 目录），可能在下载或复制时中断。请重新保存或复制后再导入')
  }

  try {
    if (zipfile.entryCount > limits.maxEntries) {
      throw invalid(file, `文件含有 ${zipfile.entryCount} 个部件，超过上限 ${limits.maxEntries} 个，疑似恶意构造的文件，未读取`)
    }

    let entries: yauzl.Entry[]
    try {
      entries = await readEntries(zipfile)
    } catch (error) {
      throw invalid(file, `文件的 zip 目录已损坏（${(error as Error).message}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入`)
    }

    let total = 0
    for (const entry of entries) {
      checkEntry(entry, file, limits)
      total += entry.uncompressedSize
    }
    if (total > limits.maxTotalBytes) {
      throw invalid(file, `文件解压后共 ${formatMegabytes(total)}，超过上限 ${formatMegabytes(limits.maxTotalBytes)}。请只保留风险清单所在的工作表后再导入`)
    }
    checkWorkbookParts(new Set(entries.map((entry) => entry.fileName)), file)

    await scanXmlParts(zipfile, entries, file, limits)
  } finally {
    zipfile.close()
  }
}

async function scanXmlParts(zipfile: yauzl.ZipFile, entries: yauzl.Entry[], file: string, limits: ImportLimits): Promise<void> {
  const worksheetScans = new Map<string, XmlScan>()
  const keptParts = new Map<string, string>()

  for (const entry of entries) {
    if (!isXmlPart(entry.fileName)) continue
    const keep = entry.fileName === 'xl/workbook.xml' || entry.fileName === 'xl/_rels/workbook.xml.rels'

    let scan: XmlScan
    try {
      scan = await scanXmlEntry(await openEntryStream(zipfile, entry), { keep })
    } catch (error) {
      throw invalid(file, `文件中的“${entry.fileName}”已损坏，无法读取（${(error as Error).message}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入`)
    }

    if (scan.doctype) {
      throw invalid(file, `文件中的“${entry.fileName}”含有 DOCTYPE 声明，Excel 和 WPS 保存的文件不会有它，疑似恶意构造的文件，未读取`)
    }
    if (keep && scan.text !== undefined) keptParts.set(entry.fileName, scan.text)
    if (isWorksheet(entry.fileName)) worksheetScans.set(entry.fileName, scan)
  }

  const names = readSheetNames(keptParts.get('xl/workbook.xml') ?? '', keptParts.get('xl/_rels/workbook.xml.rels') ?? '')
  for (const [part, scan] of worksheetScans) {
    checkWorksheetScan(scan, names.get(part) ?? part, file, limits)
  }
}
