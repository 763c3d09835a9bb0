import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import type { FileChild, ISectionOptions } from 'docx'
import { edition } from '../content/manual-front'
import { contentsPage, coverPage } from '../layout/front-matter'
import { bodyLines, plain, title } from '../layout/paragraphs'
import { cleanText } from '../layout/text'
import { snapshotDate } from '../school/dates'
import { cm, landscapeMargins } from '../layout/units'
import { ledgerForm } from '../hazard-manual/forms'
import { TableCaptions } from '../layout/captions'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { landscapeSection, portraitSection } from '../layout/sections'
import { SchoolIndex } from '../school/school-index'
import { emergencyChapter, introductionChapter, noticeChapter } from './chapters'
import { hazardChapter } from './hazard-loop'
import { organisationChapter } from './organisation'
import { riskChapter } from './risk-list'

const documentTitle = '小规模学校双重预防体系手册'

/**
 * Margins of the ledger's page: 2 cm at the top and bottom, so the form and its note fit one sheet. The sides
 * stay as on other landscape pages, because the form is laid out for that text width.
 */
const ledgerMargins = { ...landscapeMargins, top: cm(2), bottom: cm(2) }

/** 32 pt: the 13 characters of the title on one line of the cover (小初 would wrap). */
const coverTitleSize = 64

function releaseParagraphs(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `为落实上级教育主管部门关于学校安全风险隐患双重预防体系建设的要求，结合${terms.we}规模较小的实际，${terms.we}编制了《${index.schoolName}${documentTitle}》（第1版），把安全风险分级管控和隐患排查治理合为一册。`,
    '本手册规定了组织机构与职责、主要风险及其管控措施、安全检查和隐患治理的做法以及应急电话，经研究审定，现予发布，自发布之日起实施。全体教职员工应当认真学习，严格执行。'
  ]
}

/** Builds the 发布令 and the chapter contents on one page, because a short manual does not spend a page on each. */
function releaseAndContents(index: SchoolIndex, date: string): FileChild[] {
  const principal = cleanText(index.data.school.principal) || '＿＿＿＿＿＿'
  return [
    title('发　布　令'),
    ...bodyLines(releaseParagraphs(index)),
    plain(`${index.terms.head}：${principal}`, { align: 'right', indentCharacters: 4 }),
    plain(date, { align: 'right', indentCharacters: 4 }),
    ...contentsPage(1)
  ]
}

function front(index: SchoolIndex): ISectionOptions[] {
  const date = snapshotDate(index.data)
  return [
    portraitSection(coverPage({ schoolName: index.schoolName, documentTitle, date, edition, titleSize: coverTitleSize }), { numbered: false }),
    portraitSection(releaseAndContents(index, date), { numbered: false })
  ]
}

/**
 * Builds the combined short manual of the small-school mode, 15 pages for the 20 risk points of the small
 * sample school as LibreOffice lays it out. It has the organisation on about one page, the short risk list
 * with levels and controls, the checklists in summary, the hazard loop with a one-sheet ledger, notices and
 * training, and the emergency numbers.
 */
export async function buildSmallSchoolManual(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const outline = new Outline()
  const captions = new TableCaptions()

  const opening = [
    ...introductionChapter(index, outline, captions),
    ...organisationChapter(index, outline, captions),
    ...riskChapter(index, outline, captions),
    ...hazardChapter(index, outline, captions)
  ]
  // The one-sheet ledger closes the hazard chapter on a landscape page of its own.
  const ledger = ledgerForm(index, outline)
  const closing = [...noticeChapter(index, outline), ...emergencyChapter(index, outline)]

  return packDocument({
    hasContents: true,
    title: documentTitle,
    subject: index.schoolName,
    sections: [
      ...front(index),
      portraitSection(opening, { restartNumbering: true }),
      landscapeSection(ledger, { margins: ledgerMargins }),
      portraitSection(closing)
    ]
  })
}

export const smallSchoolManual: OutputBuilder = {
  key: 'small-school-manual',
  title: documentTitle,
  kind: 'docx',
  build: buildSmallSchoolManual
}
