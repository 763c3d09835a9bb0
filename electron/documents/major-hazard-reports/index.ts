import type { FileChild } from 'docx'
import { defaultReportTo } from '../../../shared/domain/major-risks'
import { hazardStateLabels } from '../../../shared/domain/hazards'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { HazardView, type DataHazard } from '../../snapshot/hazard-view'
import { TableCaptions } from '../layout/captions'
import { dateText } from '../hazard-records/hazard-text'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { body, plain, title } from '../layout/paragraphs'
import { portraitSection } from '../layout/sections'
import { table } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { unitTerms, type UnitTerms } from '../school/terms'
import { blankReport, planForm, reportForm, reportValues } from './forms'
import { hazardName } from './plan-text'

const documentTitle = '重大事故隐患治理方案及报告表'

/** Lists the 重大 hazards, open ones first, each group in ledger order. */
export function majorHazards(view: HazardView): DataHazard[] {
  const majors = view.hazards.filter((hazard) => hazard.grade === 'major')
  return [...majors.filter((hazard) => hazard.state !== 'closed'), ...majors.filter((hazard) => hazard.state === 'closed')]
}

function reportStatus(hazard: DataHazard): string {
  return hazard.reportedOn ? `${dateText(hazard.reportedOn)}已报${cleanText(hazard.reportTo)}` : '未上报'
}

function listChapter(view: HazardView, majors: readonly DataHazard[], terms: UnitTerms, outline: Outline, captions: TableCaptions): FileChild[] {
  const open = majors.filter((hazard) => hazard.state !== 'closed').length
  const unreported = majors.filter((hazard) => hazard.reportedOn === null).length
  return [
    outline.chapter('重大事故隐患清单'),
    body(`截至${dateText(view.today)}，${terms.we}登记重大事故隐患${majors.length}项，其中未销号${open}项${unreported > 0 ? `，尚未上报${unreported}项，应当立即上报` : ''}。每项隐患的治理方案和报告表附后。`),
    captions.caption('重大事故隐患清单'),
    ...table({
      width: portraitTextWidth,
      fontSize: 18,
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '隐患编号', weight: 4, align: 'center' },
        { header: '隐患名称', weight: 7 },
        { header: '发现日期', weight: 4, align: 'center' },
        { header: '状态', weight: 3, align: 'center' },
        { header: '整改时限', weight: 4, align: 'center' },
        { header: '上报情况', weight: 5 }
      ],
      rows: majors.map((hazard, position) => [
        String(position + 1),
        hazard.code,
        hazardName(hazard),
        dateText(hazard.foundOn),
        hazardStateLabels[hazard.state],
        hazard.deadline ? dateText(hazard.deadline) : '未定',
        reportStatus(hazard)
      ])
    })
  ]
}

function noneChapter(view: HazardView, terms: UnitTerms, outline: Outline): FileChild[] {
  const to = defaultReportTo(view.data.school.county) || '县（市、区）教育主管部门'
  return [
    outline.chapter('重大事故隐患报告表'),
    body(`截至${dateText(view.today)}，没有登记重大事故隐患。今后发现重大事故隐患的，立即采取停用、警戒等措施，复印下表逐项填写，经${terms.head}签字、加盖公章后报${to}，并按《隐患排查治理手册》编制治理方案。`),
    ...reportForm(view, blankReport(defaultReportTo(view.data.school.county)), terms, false)
  ]
}

/**
 * Builds 重大事故隐患治理方案及报告表: the list of 重大 hazards, then per hazard its 治理方案 and its report form,
 * each on its own page. A school without 重大 hazards gets a document that states this, with a blank report form.
 */
export async function buildMajorHazardReports(data: SchoolData): Promise<Buffer> {
  const view = new HazardView(data)
  const terms = unitTerms(data.school.category)
  const outline = new Outline()
  const captions = new TableCaptions()
  const majors = majorHazards(view)
  const schoolName = cleanText(data.school.name) || '（学校名称未填写）'

  const content: FileChild[] =
    majors.length === 0
      ? noneChapter(view, terms, outline)
      : [
          ...listChapter(view, majors, terms, outline, captions),
          outline.chapter('重大事故隐患治理方案', { pageBreakBefore: true }),
          body(`每项重大事故隐患由${terms.head}组织制定治理方案，落实责任、措施、资金、时限和应急预案。以下方案按隐患台账的记录填写。`),
          ...majors.flatMap((hazard, position) => planForm(view, hazard, terms, position > 0)),
          outline.chapter('重大事故隐患报告表', { pageBreakBefore: true }),
          body(`每项重大事故隐患填写一份报告表，经${terms.head}签字、加盖公章后上报。`),
          ...majors.flatMap((hazard, position) => reportForm(view, reportValues(view, hazard), terms, position > 0))
        ]

  return packDocument({
    hasContents: false,
    title: documentTitle,
    subject: schoolName,
    sections: [portraitSection([title(documentTitle), plain(`${schoolName}${wideSpace.repeat(2)}${dateText(view.today)}`, { align: 'center' }), ...content])]
  })
}

export const majorHazardReports: OutputBuilder = {
  key: 'major-hazard-reports',
  title: documentTitle,
  kind: 'docx',
  build: buildMajorHazardReports
}
