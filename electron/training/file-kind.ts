import yauzl from 'yauzl'

/**
 * Recognises a chosen file by its bytes, whatever its extension: the four kinds a training may keep (JPEG,
 * PNG, PDF, DOCX/XLSX) and, for a rejection, the common kinds people pick by mistake.
 */

export type ContentKind = 'jpeg' | 'png' | 'pdf' | 'docx' | 'xlsx'

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Compound File Binary: Word and Excel 97-2003 files, and Office files saved with an open password. */
const compoundFileSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** The name of each kind in a message. */
export const contentKindWords: Record<ContentKind, string> = {
  jpeg: 'JPEG 图片',
  png: 'PNG 图片',
  pdf: 'PDF 文档',
  docx: 'Word 文档（.docx）',
  xlsx: 'Excel 工作簿（.xlsx）'
}

function startsWith(head: Buffer, text: string, offset = 0): boolean {
  return head.subarray(offset, offset + text.length).toString('latin1') === text
}

function isZip(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50
}

/** Lists the entry names of a zip from its central directory, without inflating anything. */
function zipEntryNames(content: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, decodeStrings: true }, (error, zipfile) => {
      if (error || !zipfile) {
        reject(error ?? new Error('no zip file'))
        return
      }
      const names: string[] = []
      zipfile.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        zipfile.readEntry()
      })
      zipfile.on('end', () => resolve(names))
      zipfile.on('error', reject)
      zipfile.readEntry()
    })
  })
}

/**
 * Returns the kind of a file we keep, or undefined. An Office Open XML file is a zip whose central directory
 * has [Content_Types].xml and the main part of Word (word/document.xml) or Excel (xl/workbook.xml).
 */
export async function sniffContentKind(content: Buffer): Promise<ContentKind | undefined> {
  const head = content.subarray(0, 16)
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg'
  if (head.length >= 8 && head.subarray(0, 8).equals(pngSignature)) return 'png'
  if (startsWith(head, '%PDF-')) return 'pdf'
  if (!isZip(head)) return undefined

  const names = await zipEntryNames(content).catch(() => [] as string[])
  if (!names.includes('[Content_Types].xml')) return undefined
  if (names.includes('word/document.xml')) return 'docx'
  if (names.includes('xl/workbook.xml')) return 'xlsx'
  return undefined
}

/** Says what a file we do not keep is, so the message can tell the user what they picked. */
export function describeOtherContent(content: Buffer): string {
  const head = content.subarray(0, 16)
  if (content.length === 0) return '文件是空的（0 字节）'
  if (head.subarray(0, 8).equals(compoundFileSignature)) return '文件是旧版 Word/Excel 97-2003 格式或加了打开密码的 Office 文件'
  if (startsWith(head, 'MZ')) return '文件是 Windows 程序'
  if (isZip(head)) return '文件是压缩包'
  if (startsWith(head, 'GIF8')) return '文件是 GIF 图片'
  if (startsWith(head, 'BM')) return '文件是 BMP 图片'
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return '文件是 WebP 图片'
  if (startsWith(head, 'ftyp', 4)) return '文件是 HEIC 照片或视频（苹果手机的默认格式）'
  if (startsWith(head, 'Rar!') || startsWith(head, '7z')) return '文件是压缩包'
  const sample = content.subarray(0, 512)
  const printable = [...sample].every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20)
  if (printable) return '文件内容是文字'
  return '无法识别文件内容'
}
