import type { CardSize } from '../../../shared/domain/notices'
import { sizes } from '../layout/styles'
import { cm, papers, type Margins, type Paper } from '../layout/units'

/**
 * The page and type of a card in each size. A5 cards keep every section of the A4 card with smaller type
 * and fewer lines per list.
 *
 * The line budgets were set by rendering the demo school's 55 point cards and 30 post cards with LibreOffice
 * and Noto CJK until none spilled onto a second page. The fullest card then has 8.8 mm (about one and a half
 * lines) free. The characters per line are what the value column holds at the card's type size.
 * NOTE: Word and WPS on a school PC have not been compared; they may wrap a line differently.
 */
export interface CardGeometry {
  size: CardSize
  paper: Paper
  margins: Margins
  /** Width of the text block in DXA. */
  textWidth: number
  /** Half-points of the card text and labels. */
  textSize: number
  /** Half-points of the heading in the band and of the level word printed under it. */
  bandTitleSize: number
  bandWordSize: number
  bandHeight: number
  /** Minimum height of the short rows (name, area, owner) in DXA. */
  rowHeight: number
  /** Lines all the lists of one card may take together. */
  lineBudget: number
  /** Characters of card text that fit on one line of the wide value column. */
  charactersPerLine: number
  /** Characters of a label that fit on one line of the label column. A longer label wraps and makes its row taller. */
  labelCharactersPerLine: number
  /** Height of a list row's cell margins and borders, in lines of card text. */
  rowOverheadLines: number
  /** Characters that fit on one line of the two short value columns (name, area, owner rows). */
  factCharactersPerLine: [number, number]
  /** Printed width of the QR code in DXA. */
  qrSize: number
  /** Column weights: label, value, label, value. */
  columnWeights: [number, number, number, number]
}

function textWidth(paper: Paper, margins: Margins): number {
  return papers[paper].width - margins.left - margins.right
}

const a4Margins: Margins = { top: cm(1.8), bottom: cm(1.6), left: cm(2), right: cm(2) }
const a5Margins: Margins = { top: cm(1.2), bottom: cm(1.5), left: cm(1.3), right: cm(1.3) }

export const cardGeometries: Record<CardSize, CardGeometry> = {
  A4: {
    size: 'A4',
    paper: 'A4',
    margins: a4Margins,
    textWidth: textWidth('A4', a4Margins),
    textSize: sizes.card,
    bandTitleSize: sizes.title,
    bandWordSize: sizes.cardBand,
    bandHeight: cm(2.6),
    rowHeight: cm(0.8),
    lineBudget: 23,
    charactersPerLine: 30,
    labelCharactersPerLine: 9,
    rowOverheadLines: 0.3,
    factCharactersPerLine: [13, 9],
    qrSize: cm(3.8),
    columnWeights: [6.5, 9.5, 4.5, 6.5]
  },
  A5: {
    size: 'A5',
    paper: 'A5',
    margins: a5Margins,
    textWidth: textWidth('A5', a5Margins),
    textSize: sizes.table,
    bandTitleSize: sizes.body,
    bandWordSize: sizes.title,
    bandHeight: cm(1.8),
    rowHeight: cm(0.6),
    lineBudget: 14,
    charactersPerLine: 24,
    labelCharactersPerLine: 6,
    rowOverheadLines: 0.3,
    factCharactersPerLine: [9, 9],
    qrSize: cm(3.2),
    columnWeights: [6, 8, 5, 8]
  }
}
