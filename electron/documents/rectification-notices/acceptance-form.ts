import type { FileChild } from 'docx'
import type { StoredFiles } from '../../outputs/stored-files'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { closedBy, dateText, noticeNumber, personWithDepartment } from '../hazard-records/hazard-text'
import { hazardPhotoParagraphs } from '../hazard-records/photos'
import { table, type CellParagraph, type RowValue } from '../layout/tables'
import { cleanLines, cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { UnitTerms } from '../school/terms'

/** 隐患整改验收单: one page per hazard awaiting acceptance or closed this term. */

const fourColumns = [
  { header: '', weight: 3 },
  { header: '', weight: 5 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

const opinionBoxes = '□整改合格，同意销号　　□整改不合格，继续整改'
const passedBoxes = '☑整改合格，同意销号　　□整改不合格，继续整改'

/** The values one acceptance form prints, all empty on the blank form. */
export interface AcceptanceValues {
  code: string
  notice: string
  location: string
  description: string
  rectification: CellParagraph[]
  rectifier: string
  rectifiedOn: string
  funds: string
  opinion: CellParagraph[]
  acceptor: string
  acceptedOn: string
  closer: string
  closedOn: string
}

export const blankAcceptance: AcceptanceValues = {
  code: '',
  notice: '',
  location: '',
  description: '',
  rectification: [],
  rectifier: '',
  rectifiedOn: '',
  funds: '',
  opinion: [opinionBoxes],
  acceptor: '',
  acceptedOn: '',
  closer: '',
  closedOn: ''
}

/** Joins a record's lines into one sentence: each line's end mark dropped, 分号 between them and 。 at the end. */
function joined(lines: readonly string[]): string {
  return `${lines.map((line) => line.replace(/[。；;，,]+$/, '')).join('；')}。`
}

function rectificationLines(hazard: DataHazard): string[] {
  const note = cleanLines(hazard.rectificationNote)
  const measures = cleanLines(hazard.measures)
  if (note.length > 0) return measures.length > 0 ? [`整改措施：${joined(measures)}`, `完成情况：${joined(note)}`] : note
  return measures.length > 0 ? [`已按整改措施完成：${joined(measures)}`] : []
}

/**
 * Returns the values of a hazard's form. Before acceptance, the opinion, the acceptor and the dates are
 * left to be written by hand under the printed tick boxes. After it, they are filled from the record.
 */
export function acceptanceValues(view: HazardView, hazard: DataHazard): AcceptanceValues {
  const accepted = hazard.acceptedOn !== null
  const opinion = cleanText(hazard.acceptanceOpinion)
  return {
    code: hazard.code,
    notice: hazard.fixedOnTheSpot ? '立查立改，未下达' : noticeNumber(hazard.code),
    location: cleanText(view.location(hazard)),
    description: cleanText(hazard.description),
    rectification: rectificationLines(hazard),
    rectifier: personWithDepartment(view, hazard.rectifier),
    rectifiedOn: dateText(hazard.rectifiedOn),
    funds: cleanText(hazard.funds) || '无',
    opinion: accepted ? [passedBoxes, ...(opinion ? [opinion] : [])] : [opinionBoxes],
    acceptor: accepted ? personWithDepartment(view, hazard.acceptor) : '',
    acceptedOn: dateText(hazard.acceptedOn),
    closer: hazard.state === 'closed' ? closedBy(hazard) : '',
    closedOn: dateText(hazard.closedOn)
  }
}

function acceptanceRows(values: AcceptanceValues): RowValue[] {
  return [
    [formLabel('隐患编号'), formField(1, values.code), formLabel('整改通知书编号'), formField(1, values.notice)],
    [formLabel('隐患部位'), formField(3, values.location)],
    tallRow([formLabel('隐患描述'), formField(3, values.description)], 1.6),
    tallRow([formLabel('整改情况'), { content: values.rectification, span: 3 }], 2.4),
    [formLabel('整改人'), formField(1, values.rectifier), formLabel('完成日期'), formField(1, values.rectifiedOn)],
    [formLabel('整改资金使用'), formField(3, values.funds)],
    tallRow([formLabel('验收意见'), { content: values.opinion, span: 3 }], 1.8),
    [formLabel('验收人（签字）'), formField(1, values.acceptor), formLabel('验收日期'), formField(1, values.acceptedOn)],
    [formLabel('销号人（签字）'), formField(1, values.closer), formLabel('销号日期'), formField(1, values.closedOn)]
  ]
}

/** Returns the rule printed once with the forms, where they are listed. */
export function acceptanceRule(terms: UnitTerms): string {
  return `验收人不得由整改人担任。一般事故隐患由分管${terms.deputyHead}或者其指定的部门负责人验收销号；重大事故隐患由${terms.head}组织验收，必要时邀请有关专业机构参加。`
}

/** Writes one acceptance form on its own page, with the photos taken after the rectification printed small. */
export function acceptanceForm(values: AcceptanceValues, options: { hazard?: DataHazard; files?: StoredFiles; pageBreakBefore: boolean }): FileChild[] {
  return [
    formTitle('隐患整改验收单', { pageBreakBefore: options.pageBreakBefore }),
    ...table({ width: portraitTextWidth, header: false, minRowHeight: formRowHeight, columns: fourColumns, rows: acceptanceRows(values) }),
    ...(options.hazard ? hazardPhotoParagraphs(options.hazard, 'rectified', options.files) : [])
  ]
}
