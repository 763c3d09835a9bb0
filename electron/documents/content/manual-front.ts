import type { ISectionOptions } from 'docx'
import { contentsPage, coverPage, releaseOrder } from '../layout/front-matter'
import { portraitSection } from '../layout/sections'
import { cleanText } from '../layout/text'
import { snapshotDate } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'

export const edition = '第1版'

/**
 * Builds the unnumbered front of a manual: the cover on its own, then the 发布令 signed by the head and the
 * contents. The body that follows starts its page numbers at 1.
 */
export function manualFront(index: SchoolIndex, documentTitle: string, releaseParagraphs: string[]): ISectionOptions[] {
  const date = snapshotDate(index.data)
  const principal = cleanText(index.data.school.principal) || '＿＿＿＿＿＿'
  return [
    portraitSection(coverPage({ schoolName: index.schoolName, documentTitle, date, edition }), { numbered: false }),
    portraitSection([...releaseOrder({ paragraphs: releaseParagraphs, signer: `${index.terms.head}：${principal}`, date }), ...contentsPage(2)], {
      numbered: false
    })
  ]
}
