import { AlignmentType, Packer, Paragraph, type Document, type ISectionOptions } from 'docx'
import { layoutDocument } from 'docx/layout'
import { schoolSettingsOf, type SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { createDocument } from '../layout/pack'
import { run } from '../layout/paragraphs'
import { landscapeSection } from '../layout/sections'
import { fonts, styleIds } from '../layout/styles'
import { cm } from '../layout/units'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { boardGeometries, boardLinePitch, textHeight, type BoardGeometry } from './board-geometry'
import { seriousPoints, seriousPointsList, type ListExtent, type SeriousPoint } from './board-points'
import { closingLines, heading, overviewTable, phonesTable } from './board-sections'

const documentTitle = '安全风险公告栏'

/**
 * Part of the page kept free when fitting the board, as a margin for error: docx lays the page out as Word
 * would, and WPS or LibreOffice may wrap a line of a cell differently.
 * NOTE: 3% is a guess. LibreOffice with Noto CJK matched the model within about 1% on the demo school;
 * Word and WPS with the Windows fonts have not been compared.
 */
const fitReserve = 0.03

/**
 * Distance of the empty footer from the paper's edge, 0.3 cm: its one line (28.95 pt) then stays inside the
 * bottom margin. Word shortens the page for a footer that reaches above the margin.
 */
const footerDistance = cm(0.3)

function boardTitle(index: SchoolIndex, geometry: BoardGeometry): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 80, line: boardLinePitch(geometry.titleSize), lineRule: 'exact' },
    children: [run(`${index.schoolName}${documentTitle}`, { font: fonts.hei, size: geometry.titleSize, bold: true })]
  })
}

interface Board {
  index: SchoolIndex
  geometry: BoardGeometry
  date: string
  points: SeriousPoint[]
}

/** Builds the board's one section with the list to the given extent, leaving `reserve` DXA of the page free. */
function boardSection(board: Board, extent: ListExtent, reserve = 0): ISectionOptions {
  const { index, geometry, date, points } = board
  const children = [
    boardTitle(index, geometry),
    heading('一、风险概况和四色标识', geometry),
    ...overviewTable(index, geometry),
    heading('二、重大风险和较大风险', geometry),
    ...seriousPointsList(index, points, extent, geometry),
    heading('三、报告电话', geometry),
    ...phonesTable(index, geometry),
    ...closingLines(index, date, geometry)
  ]
  const margins = { ...geometry.margins, bottom: geometry.margins.bottom + reserve }
  return landscapeSection(children, { numbered: false, margins, paper: geometry.paper, footerDistance })
}

/** Lays the board out as docx's model of Word does, with part of the page kept free, and counts its pages. */
function fitsOnePage(board: Board, extent: ListExtent): boolean {
  const reserve = Math.round(textHeight(board.geometry) * fitReserve)
  const document = createDocument({ title: documentTitle, subject: board.index.schoolName, sections: [boardSection(board, extent, reserve)], hasContents: false })
  return layoutDocument(document, { guess: true }).pages.length <= 1
}

/**
 * Finds how many serious points with one hazard and one measure each fit on the sheet. More points never take
 * fewer pages, so a binary search over the count finds the largest that keeps one page.
 */
function fittingCount(board: Board): number {
  let fits = 0
  let overflows = board.points.length + 1
  while (overflows - fits > 1) {
    const middle = Math.floor((fits + overflows) / 2)
    if (fitsOnePage(board, { count: middle, items: 1 })) fits = middle
    else overflows = middle
  }
  return fits
}

/**
 * Decides how much of the list the sheet holds: every point with up to three hazards and measures when they
 * all fit (a school with few serious points), else one of each for as many points as fit.
 */
function fittedList(board: Board): ListExtent {
  const all = board.points.length
  for (const items of [3, 2]) {
    if (fitsOnePage(board, { count: all, items })) return { count: all, items }
  }
  return { count: fittingCount(board), items: 1 }
}

/**
 * Builds the 安全风险公告栏: one landscape sheet of A4 or A3 to post on a wall. It has the overview by level with
 * the four-colour legend, the 重大 and then 较大 risk points with their main hazards and controls as far as they
 * fit, a line naming where the rest are listed, and the reporting numbers.
 */
export function createRiskNoticeBoard(data: SchoolData): Document {
  const index = new SchoolIndex(data)
  const geometry = boardGeometries[schoolSettingsOf(data).notices.boardSize]
  const board: Board = { index, geometry, date: snapshotDate(data), points: seriousPoints(index) }

  const section = boardSection(board, fittedList(board))
  return createDocument({ title: documentTitle, subject: index.schoolName, sections: [section], hasContents: false })
}

export async function buildRiskNoticeBoard(data: SchoolData): Promise<Buffer> {
  return Packer.toBuffer(createRiskNoticeBoard(data))
}

export const riskNoticeBoard: OutputBuilder = {
  key: 'risk-notice-board',
  title: documentTitle,
  kind: 'docx',
  build: buildRiskNoticeBoard
}
