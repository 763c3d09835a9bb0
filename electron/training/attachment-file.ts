import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import sharp from 'sharp'
import { attachmentLimits, attachmentMimes, formatFileSize, type AttachmentKind, type AttachmentMime } from '../../shared/domain/training'
import { AppError } from '../../shared/errors'
import { contentKindWords, describeOtherContent, sniffContentKind, type ContentKind } from './file-kind'
import { readCapped } from '../files/read-capped'

/** A chosen file checked and, for a photo, re-encoded: what the school file stores. */
export interface PreparedAttachment {
  name: string
  kind: AttachmentKind
  mime: AttachmentMime
  content: Buffer
  thumbnail: Buffer | null
  width: number | null
  height: number | null
  sha256: string
  /** Size of the file as chosen, before re-encoding. */
  sourceSize: number
}

/** Decoding stops above this many pixels (10,000 × 10,000), so a crafted header cannot exhaust memory. */
const maximumInputPixels = 100_000_000
/** A PDF ends with %%EOF; writers may add a little after it, so the tail is searched. */
const pdfTailBytes = 4096

/** The kinds each extension may hold. JPEG and PNG stand in for each other: both are re-encoded anyway. */
const extensionKinds: Record<string, readonly ContentKind[]> = {
  '.jpg': ['jpeg', 'png'],
  '.jpeg': ['jpeg', 'png'],
  '.png': ['png', 'jpeg'],
  '.pdf': ['pdf'],
  '.docx': ['docx'],
  '.xlsx': ['xlsx']
}

const unsupportedAdvice: Record<string, string> = {
  '.heic': 'HEIC 格式的照片无法添加。请在手机相机设置中选择“兼容性最佳”，或先把照片转换为 JPG',
  '.heif': 'HEIF 格式的照片无法添加。请在手机相机设置中选择“兼容性最佳”，或先把照片转换为 JPG',
  '.doc': '这是旧版 Word 格式。请在 Word 或 WPS 中另存为 .docx 后再添加',
  '.xls': '这是旧版 Excel 格式。请在 Excel 或 WPS 中另存为 .xlsx 后再添加',
  '.wps': '这是 WPS 文字格式。请在 WPS 中另存为 .docx 后再添加',
  '.et': '这是 WPS 表格格式。请在 WPS 中另存为 .xlsx 后再添加'
}

const supportedList = '只能添加 JPG、PNG 照片和 PDF、Word（.docx）、Excel（.xlsx）文件'

function invalid(file: string, detail: string): AppError {
  return new AppError({ code: 'attachment-invalid', file, detail })
}

function tooLarge(file: string, bytes: number): AppError {
  return new AppError({ code: 'attachment-too-large', file, detail: `文件有 ${formatFileSize(bytes)}`, limit: attachmentLimits.maxFileBytes / 1024 / 1024 })
}


/** Returns the file's name as shown and printed: control characters removed, at most 120 characters. */
function displayName(file: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = basename(file).replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return [...cleaned].slice(0, 120).join('') || '未命名文件'
}

/** Checks that the extension is one we keep and that the content matches the extension. */
async function checkKind(fileName: string, content: Buffer): Promise<ContentKind> {
  const extension = extname(fileName).toLowerCase()
  const allowed = extensionKinds[extension]
  if (!allowed) {
    const advice = unsupportedAdvice[extension] ?? (extension ? `不支持 ${extension} 格式的文件，${supportedList}` : `文件没有扩展名，${supportedList}`)
    throw invalid(fileName, advice)
  }

  const actual = await sniffContentKind(content)
  if (actual && allowed.includes(actual)) return actual
  const what = actual ? `文件内容是${contentKindWords[actual]}` : describeOtherContent(content)
  throw invalid(fileName, `文件扩展名是 ${extension}，但${what}，与扩展名不符，可能是改过扩展名的文件`)
}

async function encodePhoto(content: Buffer) {
  const photo = await sharp(content, { limitInputPixels: maximumInputPixels, failOn: 'error' })
    .rotate()
    .resize({ width: attachmentLimits.maxPhotoEdge, height: attachmentLimits.maxPhotoEdge, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
  const thumbnail = await sharp(photo.data)
    .resize({ width: attachmentLimits.thumbnailEdge, height: attachmentLimits.thumbnailEdge, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer()
  return { content: photo.data, thumbnail, width: photo.info.width, height: photo.info.height }
}

/**
 * Turns a photo upright by its EXIF orientation, scales it to at most 1,600 px on the long side and writes
 * it as JPEG; the output carries no EXIF, so no GPS position or camera data is kept.
 */
async function preparePhoto(fileName: string, content: Buffer): Promise<Omit<PreparedAttachment, 'name' | 'sourceSize'>> {
  let encoded: Awaited<ReturnType<typeof encodePhoto>>
  try {
    encoded = await encodePhoto(content)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (/pixel limit/i.test(message)) throw invalid(fileName, '图片像素过多（超过 1 亿像素），请先缩小后再添加')
    throw invalid(fileName, '图片已损坏或不完整，无法读取')
  }
  return {
    kind: 'photo',
    mime: attachmentMimes.jpeg,
    ...encoded,
    sha256: createHash('sha256').update(encoded.content).digest('hex')
  }
}

function prepareDocument(fileName: string, kind: 'pdf' | 'docx' | 'xlsx', content: Buffer): Omit<PreparedAttachment, 'name' | 'sourceSize'> {
  if (kind === 'pdf' && !content.subarray(-pdfTailBytes).toString('latin1').includes('%%EOF')) {
    throw invalid(fileName, 'PDF 文件不完整（缺少文件结尾），可能在下载或复制时中断。请重新获取该文件')
  }
  return {
    kind: 'document',
    mime: attachmentMimes[kind],
    content,
    thumbnail: null,
    width: null,
    height: null,
    sha256: createHash('sha256').update(content).digest('hex')
  }
}

/**
 * Reads a file chosen in the open dialog and checks it: size before reading, kind by its first bytes and
 * against its extension, then re-encodes a photo or keeps a document as it is. Throws an AppError naming
 * the file for anything it cannot keep.
 */
export async function prepareAttachment(file: string): Promise<PreparedAttachment> {
  const name = displayName(file)
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch {
    throw new AppError({ code: 'file-not-found', file: name })
  }
  if (size > attachmentLimits.maxFileBytes) throw tooLarge(name, size)

  const content = await readCapped(file, attachmentLimits.maxFileBytes + 1)
  return prepareAttachmentContent(name, content)
}

/** Checks and prepares a file's content as `prepareAttachment` does, for content already in memory. */
export async function prepareAttachmentContent(fileName: string, content: Buffer): Promise<PreparedAttachment> {
  const name = displayName(fileName)
  if (content.length > attachmentLimits.maxFileBytes) throw tooLarge(name, content.length)
  if (content.length === 0) throw invalid(name, '文件是空的（0 字节）')

  const kind = await checkKind(name, content)
  const prepared = kind === 'jpeg' || kind === 'png' ? await preparePhoto(name, content) : prepareDocument(name, kind, content)
  return { ...prepared, name, sourceSize: content.length }
}
