import type { BoardSize } from '../../../shared/domain/notices'
import { sizes } from '../layout/styles'
import { cm, papers, type Margins, type Paper } from '../layout/units'

/** The page and type of the notice board in each paper size; the A3 board is the A4 one enlarged for reading at a distance. */
export interface BoardGeometry {
  paper: Paper
  margins: Margins
  /** Width of the text block of the landscape page, in DXA. */
  textWidth: number
  /** Half-points: the board's title, its section headings and its table text. */
  titleSize: number
  headingSize: number
  textSize: number
}

const a4Margins: Margins = { top: cm(1.5), bottom: cm(1.5), left: cm(1.8), right: cm(1.8) }
const a3Margins: Margins = { top: cm(2), bottom: cm(2), left: cm(2.5), right: cm(2.5) }

/** Landscape: the paper's long side is the width. */
function landscapeWidth(paper: Paper, margins: Margins): number {
  return papers[paper].height - margins.left - margins.right
}

/** Height of the text block of the landscape page, in DXA. */
export function textHeight(geometry: BoardGeometry): number {
  return papers[geometry.paper].width - geometry.margins.top - geometry.margins.bottom
}

/** Line pitch of board text of a size in half-points: 1.3 times the size, in DXA. */
export function boardLinePitch(size: number): number {
  return Math.round(size * 10 * 1.3)
}

export const boardGeometries: Record<BoardSize, BoardGeometry> = {
  A4: {
    paper: 'A4',
    margins: a4Margins,
    textWidth: landscapeWidth('A4', a4Margins),
    titleSize: sizes.title,
    headingSize: sizes.footer,
    textSize: sizes.table
  },
  A3: {
    paper: 'A3',
    margins: a3Margins,
    textWidth: landscapeWidth('A3', a3Margins),
    titleSize: sizes.coverTitle,
    headingSize: sizes.body,
    textSize: sizes.footer
  }
}
