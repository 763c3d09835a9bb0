import { ImageRun, LineRuleType, Paragraph, type FileChild } from 'docx'
import type { ExchangeTraining } from '../../../shared/exchange/records'
import type { StoredFiles } from '../../outputs/stored-files'
import { plain, run } from '../layout/paragraphs'
import { styleIds } from '../layout/styles'

type Attachment = ExchangeTraining['attachments'][number]

/** Printed width of a photo: three fit across the 15.6 cm text block with a gap between them. */
const photoWidthCm = 4.8
/** docx sizes pictures in pixels at 96 per inch. */
const pixelsPerCm = 96 / 2.54
/** Portrait photos are kept to the height of a landscape one at this width, so a row stays low. */
const maxPhotoHeightCm = 4.8

function photoSize(attachment: Attachment): { width: number; height: number } {
  const aspect = attachment.width && attachment.height ? attachment.height / attachment.width : 0.75
  const widthCm = Math.min(photoWidthCm, maxPhotoHeightCm / aspect)
  return { width: Math.round(widthCm * pixelsPerCm), height: Math.round(widthCm * aspect * pixelsPerCm) }
}

function photoRun(attachment: Attachment, content: Buffer): ImageRun {
  return new ImageRun({
    type: 'jpg',
    data: content,
    transformation: photoSize(attachment),
    altText: { name: attachment.name, description: `培训现场照片：${attachment.name}`, title: attachment.name }
  })
}

/**
 * Writes a training's photos small, three to a line, from their thumbnails, and names its documents. Without
 * the stored files (a snapshot read on its own) the photos are counted instead of printed.
 */
export function photoParagraphs(training: ExchangeTraining, files: StoredFiles | undefined): FileChild[] {
  const photos = training.attachments.filter((attachment) => attachment.kind === 'photo')
  const documents = training.attachments.filter((attachment) => attachment.kind === 'document')
  const children: FileChild[] = []

  if (photos.length > 0) {
    const printable = photos
      .map((attachment) => ({ attachment, content: files?.get(attachment.sha256)?.thumbnail ?? undefined }))
      .filter((photo): photo is { attachment: Attachment; content: Buffer } => photo.content !== undefined)
    children.push(plain({ text: `现场照片（${photos.length}张）：`, bold: true }, { keepNext: printable.length > 0 }))
    if (printable.length > 0) {
      const runs = printable.flatMap(({ attachment, content }, position) => (position === 0 ? [photoRun(attachment, content)] : [run('　'), photoRun(attachment, content)]))
      // The body's exact line pitch would crop the pictures to one line, so this paragraph sizes itself to them.
      children.push(new Paragraph({ style: styleIds.plain, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 60 }, children: runs }))
    }
    if (printable.length < photos.length) children.push(plain('照片的电子文件随上报导出包提供。'))
  }

  if (documents.length > 0) {
    children.push(plain([{ text: '其他附件：', bold: true }, `${documents.map((document) => document.name).join('、')}（电子文件随上报导出包提供）。`]))
  }
  return children
}
