import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import sharp from 'sharp'
import { riskMapLimits, type MapImageType } from '../../shared/domain/risk-map'
import { AppError } from '../../shared/errors'
import { readCapped } from '../files/read-capped'

/** A plan image checked, decoded and downscaled, ready to store in the school file. */
export interface MapImage {
  type: MapImageType
  content: Buffer
  /** Pixels of the stored image: the map's size in map units. */
  width: number
  height: number
  fileName: string
  sha256: string
}

/** Smallest side of a usable plan, in pixels: below this the buildings are too small to tell apart. */
const minimumSide = 200
/** Decoding stops above this many pixels (about 12,000 × 12,000), so a crafted header cannot exhaust memory. */
const maximumInputPixels = 150_000_000

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Known file kinds by their first bytes, to tell the user what the file is instead. */
const otherKinds: { test: (head: Buffer) => boolean; what: string }[] = [
  { test: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8', what: '这是 GIF 图片' },
  { test: (head) => head.subarray(0, 2).toString('latin1') === 'BM', what: '这是 BMP 图片' },
  { test: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP', what: '这是 WebP 图片' },
  { test: (head) => head.subarray(0, 4).toString('latin1') === '%PDF', what: '这是 PDF 文件' },
  { test: (head) => head.subarray(0, 2).toString('latin1') === 'PK', what: '这是压缩包或 Office 文档' },
  { test: (head) => head.subarray(4, 12).toString('latin1').startsWith('ftyp'), what: '这是 HEIC 照片或视频' }
]

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Returns the image type from the file's first bytes (its magic number), whatever its extension. */
export function sniffImageType(head: Buffer): MapImageType | undefined {
  if (head.length >= 8 && head.subarray(0, 8).equals(pngSignature)) return 'png'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg'
  return undefined
}

/** Describes what a file that is not PNG or JPEG contains, in words the user can act on. */
function describeOtherKind(head: Buffer): string {
  const known = otherKinds.find((kind) => kind.test(head))
  if (known) return known.what
  const printable = head.length > 0 && [...head].every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte !== 0x7f))
  if (printable) return '文件内容是文字'
  return head.length === 0 ? '文件是空的' : '无法识别文件内容'
}


/**
 * Reads a plan image chosen by the user. It checks the size and the magic bytes before decoding, then
 * decodes the image with sharp, turns it upright by its EXIF orientation (photos of paper plans) and
 * downscales it to at most 4,000 px on the long side. PNG stays PNG so line drawings stay sharp, and JPEG
 * stays JPEG. Throws an AppError naming the file for anything it cannot use.
 */
export async function loadMapImage(file: string): Promise<MapImage> {
  const fileName = basename(file)
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch {
    throw new AppError({ code: 'file-not-found', file: fileName })
  }
  const tooLarge = (bytes: number) =>
    new AppError({ code: 'map-image-too-large', file: fileName, detail: formatMegabytes(bytes), limit: riskMapLimits.maxImageBytes / 1024 / 1024 })
  if (size > riskMapLimits.maxImageBytes) throw tooLarge(size)

  const content = await readCapped(file, riskMapLimits.maxImageBytes + 1)
  if (content.length > riskMapLimits.maxImageBytes) throw tooLarge(content.length)
  const head = content.subarray(0, 16)
  const type = sniffImageType(head)
  if (!type) throw new AppError({ code: 'map-image-invalid', file: fileName, detail: `不是 PNG 或 JPEG 图片（${describeOtherKind(head)}）` })

  const decoded = await downscale(content, type).catch(() => {
    throw new AppError({ code: 'map-image-invalid', file: fileName, detail: '图片已损坏或不完整，无法读取' })
  })
  if (Math.min(decoded.width, decoded.height) < minimumSide) {
    throw new AppError({ code: 'map-image-invalid', file: fileName, detail: `图片只有 ${decoded.width}×${decoded.height} 像素，太小，看不清各建筑` })
  }
  return { ...decoded, type, fileName, sha256: createHash('sha256').update(decoded.content).digest('hex') }
}

async function downscale(content: Buffer, type: MapImageType): Promise<{ content: Buffer; width: number; height: number }> {
  const pipeline = sharp(content, { limitInputPixels: maximumInputPixels, failOn: 'error' })
    .rotate()
    .resize({ width: riskMapLimits.maxImageSide, height: riskMapLimits.maxImageSide, fit: 'inside', withoutEnlargement: true })
  const encoded = type === 'png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 85, mozjpeg: true })
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
  return { content: data, width: info.width, height: info.height }
}
