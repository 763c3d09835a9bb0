import { AlignmentType, Paragraph } from 'docx'
import { schoolSettingsOf, type SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { packDocument } from '../layout/pack'
import { run } from '../layout/paragraphs'
import { landscapeSection } from '../layout/sections'
import { fonts, styleIds } from '../layout/styles'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { boardGeometries, type BoardGeometry } from './board-geometry'
import { closingLines, coloursTable, heading, majorRisksTable, overviewTable, phonesTable } from './board-sections'

const documentTitle = '安全风险公告栏'

function boardTitle(index: SchoolIndex, geometry: BoardGeometry): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 120, line: Math.round(geometry.titleSize * 10 * 1.3), lineRule: 'exact' },
    children: [run(`${index.schoolName}${documentTitle}`, { font: fonts.hei, size: geometry.titleSize, bold: true })]
  })
}

/**
 * Builds the text of the 安全风险公告栏 on landscape A4 or A3: the risk overview by level, the meaning of the
 * four colours and the reporting numbers first, so the first sheet is a board of its own, then the 重大 and 较大
 * risk points with their hazards and controls (more sheets for a school with many) and the update date.
 */
export async function buildRiskNoticeBoard(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const date = snapshotDate(data)
  const geometry = boardGeometries[schoolSettingsOf(data).notices.boardSize]

  const children = [
    boardTitle(index, geometry),
    heading('一、风险概况', geometry),
    ...overviewTable(index, geometry),
    heading('二、风险四色标识', geometry),
    ...coloursTable(index, geometry),
    heading('三、报告电话', geometry),
    ...phonesTable(index, geometry),
    heading('四、重大风险和较大风险', geometry),
    ...majorRisksTable(index, geometry),
    ...closingLines(index, date, geometry)
  ]
  const section = landscapeSection(children, { numbered: true, margins: geometry.margins, paper: geometry.paper, footerDistance: geometry.margins.bottom / 2 })
  return packDocument({ title: documentTitle, subject: index.schoolName, sections: [section], hasContents: false })
}

export const riskNoticeBoard: OutputBuilder = {
  key: 'risk-notice-board',
  title: documentTitle,
  kind: 'docx',
  build: buildRiskNoticeBoard
}
