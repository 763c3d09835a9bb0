import type { Paragraph } from 'docx'
import { plain } from '../layout/paragraphs'
import { fonts, sizes } from '../layout/styles'
import type { Cell, CellValue, Row } from '../layout/tables'
import { cm } from '../layout/units'

const labelFill = 'F2F2F2'

/** Builds the title printed on a blank form, so a photocopy of the page is complete by itself. */
export function formTitle(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return plain({ text, font: fonts.song, bold: true, size: sizes.body + 4 }, { align: 'center', keepNext: true, pageBreakBefore: options.pageBreakBefore })
}

/** Height of a form row written in by hand on one line. */
export const formRowHeight = cm(0.9)

/** Builds a shaded label cell of a form. */
export function formLabel(text: string, span = 1): Cell {
  return { content: text, fill: labelFill, bold: true, align: 'center', span }
}

/** Builds a cell to fill in by hand, optionally with printed text (tick boxes, a prefilled value). */
export function formField(span = 1, text = ''): Cell {
  return { content: text, span }
}

/** Builds a form row tall enough to write in, its height given in centimetres. */
export function tallRow(cells: CellValue[], heightCm: number): Row {
  return { cells, minHeight: cm(heightCm) }
}
