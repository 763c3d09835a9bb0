import { AlignmentType, LineRuleType, Paragraph, type FileChild } from 'docx'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { mapHeading } from '../../../shared/risk-map/render-svg'
import type { OutputBuilder } from '../../outputs/output-builder'
import { hasDrawnMap } from '../../risk-map/map-data'
import { mapSkipReason } from '../../risk-map/picture-output'
import { renderDocumentPicture } from '../../risk-map/render-png'
import { packDocument } from '../layout/pack'
import { body, run } from '../layout/paragraphs'
import { pictureParagraph } from '../layout/picture'
import { landscapeSection } from '../layout/sections'
import { fonts, sizes, styleIds } from '../layout/styles'
import { cm, papers, pt, type Margins } from '../layout/units'

const documentTitle = '安全风险四色分布图'

/**
 * Narrow margins all round: the poster is pinned up, not bound, and the map should fill the sheet. The empty
 * footer sits 0.3 cm from the edge so that it stays inside the 1.5 cm bottom margin and does not push the map over.
 */
const posterMargins: Margins = { top: cm(1.5), bottom: cm(1.5), left: cm(1.5), right: cm(1.5) }
/** A3 landscape is 420 × 297 mm; docx turns the portrait size given to the section. */
const textWidth = papers.A3.height - posterMargins.left - posterMargins.right
const textHeight = papers.A3.width - posterMargins.top - posterMargins.bottom
/** The title line (一号 on a 36 pt pitch), the space under it and a margin for Word's rounding. */
const titleBlock = pt(36) + pt(8) + pt(14)

/** Builds the poster's title in 黑体 一号, centred above the map. */
function posterTitle(text: string): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { line: pt(36), lineRule: LineRuleType.EXACT, before: 0, after: pt(8) },
    children: [run(text, { font: fonts.hei, size: sizes.cardBand })]
  })
}

async function posterContent(data: SchoolData): Promise<FileChild[]> {
  const heading = mapHeading(hasDrawnMap(data) ? data.riskMap.title : documentTitle, data.school.name)
  if (!hasDrawnMap(data)) {
    // Outputs leave the poster out for such a school (see skipReason); a direct build gets a page explaining why.
    return [posterTitle(heading), body('尚未绘制安全风险四色分布图。请在“四色分布图”页面画出校园各区域并关联风险点后，重新生成本图。')]
  }

  const picture = await renderDocumentPicture(data, { showTitle: false })
  return [posterTitle(heading), pictureParagraph({ ...picture, altText: heading }, { width: textWidth, height: textHeight - titleBlock })]
}

/** Builds 安全风险四色分布图 for posting: one A3 landscape sheet, the title above and the map filling the rest. */
export async function buildRiskMapPoster(data: SchoolData): Promise<Buffer> {
  return packDocument({
    hasContents: false,
    title: documentTitle,
    subject: data.school.name,
    sections: [landscapeSection(await posterContent(data), { paper: 'A3', margins: posterMargins, numbered: false, footerDistance: cm(0.3) })]
  })
}

export const riskMapPoster: OutputBuilder = {
  key: 'risk-map-poster',
  title: documentTitle,
  kind: 'docx',
  skipReason: mapSkipReason,
  build: buildRiskMapPoster
}
