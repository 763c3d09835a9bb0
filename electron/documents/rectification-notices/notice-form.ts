import type { FileChild } from 'docx'
import { hazardCategoryLabels, hazardGradeShortLabels } from '../../../shared/domain/hazards'
import type { StoredFiles } from '../../outputs/stored-files'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { dateText, noticeNumber, personWithDepartment } from '../hazard-records/hazard-text'
import { hazardPhotoParagraphs } from '../hazard-records/photos'
import { body, plain } from '../layout/paragraphs'
import { table, type CellParagraph, type RowValue } from '../layout/tables'
import { cleanLines, cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { UnitTerms } from '../school/terms'

/** 隐患整改通知书: one page per open hazard, issued to the department or person who must fix it. */

const fourColumns = [
  { header: '', weight: 3 },
  { header: '', weight: 5 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** The values one notice prints, all empty on the blank form. */
export interface NoticeValues {
  number: string
  /** 被通知部门／责任人, the line the notice is addressed to. */
  addressee: string
  foundOn: string
  /** 发现人 and how it was found, e.g. 王建国（日常排查）. */
  foundBy: string
  code: string
  /** 隐患等级 with the category, e.g. 一般（现场类）. */
  grade: string
  location: string
  description: string
  measures: CellParagraph[]
  deadline: string
  funds: string
  contingency: CellParagraph[]
  department: string
  responsible: string
}

export const blankNotice: NoticeValues = {
  number: '',
  addressee: '',
  foundOn: '',
  foundBy: '',
  code: '',
  grade: '□一般　□重大',
  location: '',
  description: '',
  measures: [],
  deadline: '　　年　　月　　日前',
  funds: '',
  contingency: [],
  department: '',
  responsible: ''
}

export function noticeValues(view: HazardView, hazard: DataHazard): NoticeValues {
  const department = cleanText(view.department(hazard.responsible))
  const responsible = cleanText(hazard.responsible.name)
  return {
    number: noticeNumber(hazard.code),
    addressee: [department, responsible].filter(Boolean).join('　') || '＿＿＿＿＿＿＿＿（部门／岗位）',
    foundOn: dateText(hazard.foundOn),
    foundBy: `${cleanText(hazard.foundBy.name)}（${view.inspectionType(hazard)}）`,
    code: hazard.code,
    grade: `${hazardGradeShortLabels[hazard.grade]}（${hazardCategoryLabels[hazard.category]}）`,
    location: cleanText(view.location(hazard)),
    description: cleanText(hazard.description),
    measures: cleanLines(hazard.measures).length > 0 ? cleanLines(hazard.measures) : ['（整改措施尚未落实，由整改责任人会同双重预防工作办公室确定后填写）'],
    deadline: hazard.deadline ? `${dateText(hazard.deadline)}前` : '（待定）',
    // Empty fields print as 待定, not as a plausible default the school did not decide.
    funds: cleanText(hazard.funds) || '（待定）',
    contingency: cleanLines(hazard.contingency).length > 0 ? cleanLines(hazard.contingency) : ['（待定）'],
    department,
    responsible: personWithDepartment(view, hazard.responsible) || responsible
  }
}

function noticeRows(values: NoticeValues): RowValue[] {
  return [
    [formLabel('隐患编号'), formField(1, values.code), formLabel('隐患等级'), formField(1, values.grade)],
    [formLabel('发现日期'), formField(1, values.foundOn), formLabel('发现人'), formField(1, values.foundBy)],
    [formLabel('隐患部位'), formField(3, values.location)],
    tallRow([formLabel('隐患描述'), formField(3, values.description)], 1.4),
    tallRow([formLabel('整改要求'), { content: values.measures, span: 3 }], 1.6),
    [formLabel('整改时限'), formField(1, values.deadline), formLabel('整改资金'), formField(1, values.funds)],
    tallRow([formLabel('临时防范措施'), { content: values.contingency, span: 3 }], 1.2),
    [formLabel('整改责任部门'), formField(1, values.department), formLabel('整改责任人'), formField(1, values.responsible)],
    [formLabel('签发人（签字）'), formField(), formLabel('签发日期'), formField(1, '　　年　　月　　日')],
    [formLabel('签收人（签字）'), formField(), formLabel('签收日期'), formField(1, '　　年　　月　　日')]
  ]
}

/** Returns the rule printed once with the forms, where they are listed. */
export function noticeRule(terms: UnitTerms): string {
  return `整改通知书一式两份，整改责任部门（岗位）和双重预防工作办公室各存一份；重大事故隐患的整改通知由${terms.head}签发。`
}

/**
 * Writes one notice on its own page; `files` supplies the photos of the finding, printed small under the
 * form. The form is kept low enough that a row of photos still fits on the page.
 */
export function noticeForm(values: NoticeValues, options: { hazard?: DataHazard; files?: StoredFiles; pageBreakBefore: boolean }): FileChild[] {
  return [
    formTitle('隐患整改通知书', { pageBreakBefore: options.pageBreakBefore }),
    plain(`编号：${values.number || '＿＿＿＿＿＿'}`, { align: 'right' }),
    plain(`${values.addressee || '＿＿＿＿＿＿＿＿＿＿（部门／岗位）'}：`),
    body('你部门（岗位）负责的区域存在下列事故隐患，请按整改要求限期整改，整改期间落实临时防范措施，完成后报双重预防工作办公室验收。'),
    ...table({ width: portraitTextWidth, header: false, minRowHeight: formRowHeight, columns: fourColumns, rows: noticeRows(values) }),
    ...(options.hazard ? hazardPhotoParagraphs(options.hazard, 'found', options.files) : [])
  ]
}
