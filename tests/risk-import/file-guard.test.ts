import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importLimits, type ImportLimits } from '../../electron/risk-import/limits'
import { parseRiskListFile } from '../../electron/risk-import/parse'
import { AppError, describeError } from '../../shared/errors'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { tempFolder } from '../helpers/temp'
import { cleanList } from './fixtures'
import { patchPart, workbookBytes } from './workbooks'

/** Parses a file with the given bytes and returns the error it is refused with. */
async function refusal(bytes: Buffer | Uint8Array, name = '风险清单.xlsx', limits: ImportLimits = importLimits): Promise<AppError> {
  const file = join(tempFolder(), name)
  writeFileSync(file, bytes)
  try {
    await parseRiskListFile(file, { tables: defaultValueTables, limits })
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error(`${name} was not refused`)
}

function expectInvalid(error: AppError, detail: RegExp): void {
  expect(error.data.code).toBe('import-file-invalid')
  expect(error.data.file).toBe('风险清单.xlsx')
  expect(error.data.detail).toMatch(detail)
  expect(describeError(error.data)).toMatch(/^“风险清单\.xlsx”无法导入：.*学校文件未作任何改动。$/)
}

const sheetPart = 'xl/worksheets/sheet1.xml'

describe('risk list file guard', () => {
  it('refuses a CSV file renamed to .xlsx', async () => {
    const csv = Buffer.from('风险点,危险源,风险等级\n教学楼,楼梯扶手松动,一般风险\n', 'utf8')
    expectInvalid(await refusal(csv), /这是文本或 CSV 文件，不是 Excel 工作簿/)
  })

  it('refuses an Excel 97-2003 file', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
    expectInvalid(await refusal(ole), /旧版 Excel 97-2003 格式（\.xls）或加了打开密码的文件/)
  })

  it('refuses an HTML table saved as .xlsx', async () => {
    expectInvalid(await refusal(Buffer.from('<html><body><table><tr><td>风险点</td></tr></table></body></html>')), /网页或 XML 格式的表格/)
  })

  it('refuses an empty file', async () => {
    expectInvalid(await refusal(Buffer.alloc(0)), /文件是空的/)
  })

  it('refuses a truncated workbook', async () => {
    const bytes = await workbookBytes(cleanList)
    expectInvalid(await refusal(bytes.subarray(0, Math.floor(bytes.length / 2))), /文件不完整或已损坏/)
  })

  it('refuses a Word document and another zip archive', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') })
    expectInvalid(await refusal(docx), /这是 Word 文档/)
    const other = zipSync({ 'readme.txt': strToU8('hello') })
    expectInvalid(await refusal(other), /不是 Excel 工作簿（缺少 xl\/workbook\.xml）/)
  })

  it('refuses a workbook with broken sheet XML without throwing anything else', async () => {
    const bytes = patchPart(await workbookBytes(cleanList), sheetPart, (xml) => xml.replace('</sheetData>', '<row r="9"><c r="A9"><v>1</c></row></sheetData>'))
    expectInvalid(await refusal(bytes), /文件内容已损坏或格式不标准/)
  })

  it('refuses a DOCTYPE before exceljs reads the part', async () => {
    const bytes = patchPart(await workbookBytes(cleanList), sheetPart, (xml) =>
      xml.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]><worksheet')
    )
    expectInvalid(await refusal(bytes), /“xl\/worksheets\/sheet1\.xml”含有 DOCTYPE 声明/)
  })

  it('refuses a sheet with more rows than the limit, naming the sheet', async () => {
    const limits = { ...importLimits, maxRows: 3 }
    expectInvalid(await refusal(await workbookBytes(cleanList), '风险清单.xlsx', limits), /工作表“风险清单”有 5 行，超过导入上限 3 行/)
  })

  it('refuses a merge over a whole sheet before exceljs expands it', async () => {
    const bytes = patchPart(await workbookBytes(cleanList), sheetPart, (xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>')
    )
    const started = performance.now()
    expectInvalid(await refusal(bytes), /合并单元格共覆盖 \d+ 个单元格，超过上限 2000000 个/)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('refuses a part that inflates far beyond its compressed size', async () => {
    const entries = unzipSync(new Uint8Array(await workbookBytes(cleanList)))
    entries['xl/media/filler.xml'] = new Uint8Array(8 * 1024 * 1024)
    expectInvalid(await refusal(zipSync(entries, { level: 9 })), /“xl\/media\/filler\.xml”压缩比异常/)
  })

  it('refuses a file over the size limit', async () => {
    const limits = { ...importLimits, maxFileBytes: 1024 }
    expectInvalid(await refusal(await workbookBytes(cleanList), '风险清单.xlsx', limits), /超过导入上限/)
  })

  it('refuses a folder and a missing file', async () => {
    const folder = join(tempFolder(), '风险清单.xlsx')
    mkdirSync(folder)
    await expect(parseRiskListFile(folder, { tables: defaultValueTables })).rejects.toMatchObject({ data: { code: 'import-file-invalid', detail: expect.stringContaining('文件夹') } })
    await expect(parseRiskListFile(join(tempFolder(), '不存在.xlsx'), { tables: defaultValueTables })).rejects.toMatchObject({ data: { code: 'file-not-found', file: '不存在.xlsx' } })
  })
})
