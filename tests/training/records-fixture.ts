import { strToU8, zipSync } from 'fflate'
import sharp from 'sharp'
import { staffInput } from '../../shared/schemas/inputs'
import { trainingInput, type TrainingInput } from '../../shared/schemas/training-inputs'
import { saveStaff } from '../../electron/staff/staff.service'
import type { Db } from '../../electron/db/transaction'

/** People of the test school: name and department. */
export const people = [
  ['李文博', '校长室'],
  ['张海涛', '校长室'],
  ['冯磊', '初中部'],
  ['褚慧', '初中部'],
  ['尤志勇', '食堂'],
  ['华秀英', '总务处']
] as const

export async function addPeople(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const [name, department] of people) ids.set(name, (await saveStaff(db, staffInput.parse({ name, department }))).id)
  return ids
}

/** Returns a valid training input with the given changes. */
export function trainingOf(changes: Record<string, unknown> = {}): TrainingInput {
  return trainingInput.parse({
    heldOn: '2026-09-10',
    topic: '双重预防体系全员培训',
    kind: 'all-staff',
    trainer: '张海涛',
    location: '报告厅',
    hours: 2,
    content: '风险辨识和隐患排查',
    assessment: '笔试合格',
    attendeeIds: [],
    ...changes
  })
}

/** Draws a photo-like JPEG of the given size, with a gradient so it does not compress to nothing. */
export async function photoJpeg(width: number, height: number, options: { orientation?: number } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2266aa"/><stop offset="1" stop-color="#ddaa33"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 3}" r="${Math.min(width, height) / 5}" fill="#c0392b"/></svg>`
  const pipeline = sharp(Buffer.from(svg)).jpeg({ quality: 90 })
  return options.orientation ? pipeline.withMetadata({ orientation: options.orientation }).toBuffer() : pipeline.toBuffer()
}

export async function photoPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 40, g: 120, b: 200, alpha: 0.6 } } }).png().toBuffer()
}

/** Returns a minimal valid PDF of about `size` bytes. */
export function pdfOf(size = 2000): Buffer {
  const head = '%PDF-1.4\n'
  const tail = '\n%%EOF\n'
  return Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), Buffer.from(tail)])
}

/** Returns a zip with the parts that make it a Word document or an Excel workbook (enough for the kind check). */
export function officeFile(kind: 'docx' | 'xlsx'): Buffer {
  const main = kind === 'docx' ? 'word/document.xml' : 'xl/workbook.xml'
  return Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [main]: strToU8('<document/>') }))
}
