import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import sharp from 'sharp'
import { AppError } from '../../shared/errors'
import { readCapped } from '../files/read-capped'

/**
 * Turns a chosen picture file into what the school file stores: a re-encoded JPEG (EXIF orientation
 * applied, metadata such as GPS dropped), a thumbnail and the SHA-256 of the stored bytes. Only JPEG and
 * PNG are accepted, recognised by their first bytes and then by decoding them, so a renamed text file or
 * a damaged picture is refused before anything is written.
 */

export const photoLimits = {
  /** Largest file accepted, in bytes: a phone photo is 2–8 MB. */
  maxInputBytes: 15 * 1024 * 1024,
  /** Largest decoded picture, in pixels (a 100-megapixel camera); bigger ones are refused before decoding. */
  maxInputPixels: 100_000_000,
  /** Long side of the stored photo, in pixels: enough to read a label on a fire extinguisher. */
  storedLongSide: 1600,
  storedQuality: 80,
  thumbnailLongSide: 240,
  thumbnailQuality: 70
} as const

export interface ProcessedPhoto {
  originalName: string
  bytes: Buffer
  thumbnail: Buffer
  width: number
  height: number
  sha256: string
}

const jpegMagic = Buffer.from([0xff, 0xd8, 0xff])
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Returns the picture format the first bytes announce, or null for anything else. */
export function pictureFormat(head: Buffer): 'jpeg' | 'png' | null {
  if (head.subarray(0, jpegMagic.length).equals(jpegMagic)) return 'jpeg'
  if (head.subarray(0, pngMagic.length).equals(pngMagic)) return 'png'
  return null
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

async function readChecked(file: string, name: string): Promise<Buffer> {
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new AppError({ code: 'photo-invalid', file: name, detail: '这不是文件' })
    size = info.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError({ code: 'file-not-found', file: name })
  }
  const tooLarge = (bytes: number) => new AppError({ code: 'photo-too-large', file: name, detail: megabytes(bytes), limit: photoLimits.maxInputBytes / 1024 / 1024 })
  if (size > photoLimits.maxInputBytes) throw tooLarge(size)

  const content = await readCapped(file, photoLimits.maxInputBytes + 1)
  if (content.length > photoLimits.maxInputBytes) throw tooLarge(content.length)
  return content
}

/** Reads, checks and re-encodes one picture file; throws a photo error naming the file when it is not usable. */
export async function processPhoto(file: string): Promise<ProcessedPhoto> {
  const name = basename(file)
  const input = await readChecked(file, name)

  if (pictureFormat(input) === null) {
    throw new AppError({ code: 'photo-invalid', file: name, detail: '文件内容不是 JPEG 或 PNG 图片（可能只是改了扩展名）' })
  }

  try {
    const decoder = () => sharp(input, { limitInputPixels: photoLimits.maxInputPixels, failOn: 'error' }).rotate()
    const stored = await decoder()
      .resize({ width: photoLimits.storedLongSide, height: photoLimits.storedLongSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: photoLimits.storedQuality })
      .toBuffer({ resolveWithObject: true })
    const thumbnail = await sharp(stored.data)
      .resize({ width: photoLimits.thumbnailLongSide, height: photoLimits.thumbnailLongSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: photoLimits.thumbnailQuality })
      .toBuffer()

    return {
      originalName: name,
      bytes: stored.data,
      thumbnail,
      width: stored.info.width,
      height: stored.info.height,
      sha256: createHash('sha256').update(stored.data).digest('hex')
    }
  } catch (error) {
    const message = (error as Error).message
    const detail = /pixel limit/i.test(message) ? '图片像素过多（超过 1 亿像素）' : '图片已损坏或不完整，无法读取'
    throw new AppError({ code: 'photo-invalid', file: name, detail })
  }
}

/** Encodes a stored JPEG as a data URL, the form the window can show under its content security policy. */
export function jpegDataUrl(bytes: Buffer): string {
  return `data:image/jpeg;base64,${bytes.toString('base64')}`
}
