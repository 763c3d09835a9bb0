import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx'
import { cleanText } from './text'
import { styleIds } from './styles'

/** DXA per pixel at the 96 pixels to the inch docx sizes pictures in (1440 DXA to the inch). */
const dxaPerPixel = 1440 / 96

export interface Picture {
  type: 'png' | 'jpg'
  data: Buffer
  /** Pixel size of the image, for its proportions. */
  width: number
  height: number
  /** Alternative text for screen readers and the picture's name in Word. */
  altText: string
}

/** Returns the printed size, in pixels at 96 to the inch, that fits a picture into a box given in DXA with its proportions kept. */
export function fittedSize(picture: Pick<Picture, 'width' | 'height'>, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / dxaPerPixel / picture.width, box.height / dxaPerPixel / picture.height)
  return { width: Math.floor(picture.width * scale), height: Math.floor(picture.height * scale) }
}

/**
 * Builds a centred paragraph holding one picture fitted into a box (DXA) with its proportions kept. The
 * paragraph has single line spacing, because the exact 28 pt spacing of the body text would cut the picture.
 */
export function pictureParagraph(picture: Picture, box: { width: number; height: number }, options: { keepNext?: boolean } = {}): Paragraph {
  const size = fittedSize(picture, box)
  const altText = cleanText(picture.altText)
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.CENTER,
    keepNext: options.keepNext,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    indent: { firstLine: 0 },
    children: [new ImageRun({ type: picture.type, data: picture.data, transformation: size, altText: { name: altText, description: altText, title: altText } })]
  })
}
