import { ImageRun, LineRuleType, Paragraph, type FileChild } from 'docx'
import { photoStageLabels, type PhotoStage } from '../../../shared/domain/hazards'
import type { StoredFiles } from '../../outputs/stored-files'
import type { DataHazard } from '../../snapshot/hazard-view'
import { plain, run } from '../layout/paragraphs'
import { styleIds } from '../layout/styles'

type Photo = DataHazard['photos'][number]

/** Printed width of a photo on a form: three fit across the 15.6 cm text block with gaps. */
const photoWidthCm = 4.3
/** A portrait photo is kept to this height, so the form stays on one page. */
const maxPhotoHeightCm = 3.2
/** Photos printed per form and stage; the rest are counted. */
export const printedPhotos = 3
/** docx sizes pictures in pixels at 96 per inch. */
const pixelsPerCm = 96 / 2.54

function photoSize(photo: Photo): { width: number; height: number } {
  const aspect = photo.height / photo.width
  const widthCm = Math.min(photoWidthCm, maxPhotoHeightCm / aspect)
  return { width: Math.round(widthCm * pixelsPerCm), height: Math.round(widthCm * aspect * pixelsPerCm) }
}

function photoRun(hazard: DataHazard, photo: Photo, content: Buffer): ImageRun {
  const name = `${hazard.code} ${photoStageLabels[photo.stage]}照片`
  return new ImageRun({ type: 'jpg', data: content, transformation: photoSize(photo), altText: { name, description: `${name}：${photo.originalName}`, title: name } })
}

/**
 * Writes the photos of one stage of a hazard small, from their stored thumbnails (240 px on the long side),
 * three to a line. More photos, or photos whose bytes the snapshot was read without, are counted in a line
 * that points to the package, where every photo travels at full size.
 */
export function hazardPhotoParagraphs(hazard: DataHazard, stage: PhotoStage, files: StoredFiles | undefined): FileChild[] {
  const photos = hazard.photos.filter((photo) => photo.stage === stage)
  if (photos.length === 0) return []

  const printable = photos
    .slice(0, printedPhotos)
    .map((photo) => ({ photo, content: files?.get(photo.sha256)?.thumbnail ?? undefined }))
    .filter((entry): entry is { photo: Photo; content: Buffer } => entry.content !== undefined)
  const children: FileChild[] = [plain({ text: `${photoStageLabels[stage]}照片（${photos.length}张）：`, bold: true }, { keepNext: printable.length > 0 })]
  if (printable.length > 0) {
    const runs = printable.flatMap(({ photo, content }, position) => (position === 0 ? [photoRun(hazard, photo, content)] : [run('　'), photoRun(hazard, photo, content)]))
    // The body's exact line pitch would crop the pictures to one line, so this paragraph sizes itself to them.
    children.push(new Paragraph({ style: styleIds.plain, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 40, after: 40 }, children: runs }))
  }
  if (printable.length < photos.length) children.push(plain({ text: '其余照片的电子文件随上报导出包提供（photos 文件夹）。', size: 21 }))
  return children
}
