import type { FileChild } from 'docx'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { hazardStateLabels } from '../../../shared/domain/hazards'
import { termPeriod, type ReportPeriod } from '../../../shared/statistics/report-periods'
import type { OutputBuilder } from '../../outputs/output-builder'
import type { StoredFiles } from '../../outputs/stored-files'
import { HazardView, type DataHazard } from '../../snapshot/hazard-view'
import { calendarTerms } from '../hazard-records/calendar-terms'
import { dateText } from '../hazard-records/hazard-text'
import { packDocument } from '../layout/pack'
import { body, plain, title } from '../layout/paragraphs'
import { portraitSection } from '../layout/sections'
import { table } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { unitTerms, type UnitTerms } from '../school/terms'
import { acceptanceForm, acceptanceRule, acceptanceValues, blankAcceptance } from './acceptance-form'
import { blankNotice, noticeForm, noticeRule, noticeValues } from './notice-form'

const documentTitle = '隐患整改通知书和验收单'

/** Picks the hazards that get a notice (not yet closed) and those that get an acceptance form (awaiting acceptance or closed this term). */
export function formHazards(view: HazardView, term: ReportPeriod): { notices: DataHazard[]; acceptances: DataHazard[] } {
  const closedThisTerm = (hazard: DataHazard) => hazard.closedOn !== null && term.startsOn <= hazard.closedOn && hazard.closedOn <= term.endsOn
  return {
    notices: view.hazards.filter((hazard) => hazard.state !== 'closed'),
    acceptances: view.hazards.filter((hazard) => hazard.state === 'awaiting-acceptance' || (hazard.state === 'closed' && closedThisTerm(hazard)))
  }
}

function listTable(view: HazardView, notices: readonly DataHazard[], acceptances: readonly DataHazard[]): FileChild[] {
  const noticeIds = new Set(notices.map((hazard) => hazard.id))
  const acceptanceIds = new Set(acceptances.map((hazard) => hazard.id))
  const listed = view.hazards.filter((hazard) => noticeIds.has(hazard.id) || acceptanceIds.has(hazard.id))
  const forms = (hazard: DataHazard) => [noticeIds.has(hazard.id) ? '整改通知书' : '', acceptanceIds.has(hazard.id) ? '验收单' : ''].filter(Boolean).join('、')
  return table({
    width: portraitTextWidth,
    columns: [
      { header: '序号', weight: 2, align: 'center' },
      { header: '隐患编号', weight: 4, align: 'center' },
      { header: '隐患部位', weight: 6 },
      { header: '状态', weight: 3, align: 'center' },
      { header: '本文件所附', weight: 4, align: 'center' }
    ],
    rows: listed.map((hazard, position) => [String(position + 1), hazard.code, cleanText(view.location(hazard)), hazardStateLabels[hazard.state], forms(hazard)])
  })
}

function opening(view: HazardView, term: ReportPeriod, notices: readonly DataHazard[], acceptances: readonly DataHazard[], terms: UnitTerms): FileChild[] {
  const schoolName = cleanText(view.data.school.name) || '（学校名称未填写）'
  const heading = [title(documentTitle), plain(`${schoolName}${wideSpace.repeat(2)}${dateText(view.today)}`, { align: 'center' }), body(noticeRule(terms)), body(acceptanceRule(terms))]
  if (notices.length === 0 && acceptances.length === 0) {
    return [
      ...heading,
      body(`截至${dateText(view.today)}，没有未销号的隐患，${term.name}也没有已销号的隐患，本文件只附空白的隐患整改通知书和隐患整改验收单各一份，发现隐患后复印填写。`)
    ]
  }
  return [
    ...heading,
    body(
      `截至${dateText(view.today)}，未销号的隐患${notices.length}项，每项附隐患整改通知书一份；待验收和${term.name}已销号的隐患${acceptances.length}项，每项附隐患整改验收单一份。通知书和验收单由软件按隐患台账填写，签字栏由有关人员手写签名。`
    ),
    ...listTable(view, notices, acceptances)
  ]
}

/**
 * Builds 隐患整改通知书和验收单: a list, then one notice per hazard not yet closed and one acceptance form per
 * hazard awaiting acceptance or closed this term, each on its own page. Without such hazards it contains
 * one blank form of each.
 */
export async function buildRectificationNotices(data: SchoolData, files?: StoredFiles): Promise<Buffer> {
  const view = new HazardView(data)
  const terms = unitTerms(data.school.category)
  const term = termPeriod(view.today, calendarTerms(data))
  const { notices, acceptances } = formHazards(view, term)

  const forms: FileChild[] =
    notices.length === 0 && acceptances.length === 0
      ? [...noticeForm(blankNotice, { pageBreakBefore: true }), ...acceptanceForm(blankAcceptance, { pageBreakBefore: true })]
      : [
          ...notices.flatMap((hazard) => noticeForm(noticeValues(view, hazard), { hazard, files, pageBreakBefore: true })),
          ...acceptances.flatMap((hazard) => acceptanceForm(acceptanceValues(view, hazard), { hazard, files, pageBreakBefore: true }))
        ]

  return packDocument({
    hasContents: false,
    title: documentTitle,
    subject: cleanText(data.school.name),
    sections: [portraitSection([...opening(view, term, notices, acceptances, terms), ...forms])]
  })
}

export const rectificationNotices: OutputBuilder = {
  key: 'rectification-notices',
  title: documentTitle,
  kind: 'docx',
  build: buildRectificationNotices
}
