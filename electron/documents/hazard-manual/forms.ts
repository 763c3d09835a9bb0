import type { FileChild } from 'docx'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import type { Outline } from '../layout/outline'
import { body, plain } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cm, landscapeTextWidth, portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'

const fourColumns = [
  { header: '', weight: 3 },
  { header: '', weight: 5 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** Ledger columns and their weights; every column is wide enough for two characters of 小五 on a line. */
const ledgerHeaders: [string, number][] = [
  ['隐患编号', 5],
  ['发现日期', 5],
  ['排查类型', 5],
  ['排查人', 5],
  ['风险点／部位', 6],
  ['隐患描述', 9],
  ['隐患类别', 5],
  ['隐患等级', 5],
  ['整改措施', 9],
  ['责任部门', 5],
  ['责任人', 5],
  ['整改资金', 5],
  ['整改时限', 5],
  ['临时防范措施', 6],
  ['完成日期', 5],
  ['验收人', 5],
  ['验收日期', 5],
  ['验收意见', 6],
  ['销号日期', 5],
  ['状态', 5],
  ['上报情况', 5]
]



/** Writes 隐患排查记录表: who checked where and when, then one row per item checked. */
export function recordForm(index: SchoolIndex, outline: Outline): FileChild[] {
  return [
    outline.section('隐患排查记录表', { pageBreakBefore: true }),
    formTitle(`${index.schoolName}隐患排查记录表`),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel('排查类型'), formField(1, '□日常 □综合 □专项 □季节性 □节假日 □其他'), formLabel('排查日期'), formField(1, '　　年　　月　　日')],
        [formLabel('排查区域'), formField(), formLabel('带队人'), formField()],
        [formLabel('参加人员'), formField(3)]
      ]
    }),
    ...table({
      width: portraitTextWidth,
      minRowHeight: cm(1.0),
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '排查内容', weight: 8 },
        { header: '检查结果', weight: 4, align: 'center' },
        { header: '发现的问题及隐患描述', weight: 9 },
        { header: '处理情况', weight: 5 }
      ],
      rows: Array.from({ length: 10 }, (_, position) => [String(position + 1), '', '', '', ''])
    }),
    plain('排查负责人（签字）：＿＿＿＿＿　　记录人：＿＿＿＿＿'),
    body('注：“检查结果”栏符合的打“√”，不符合的打“×”。发现的隐患当日登记到隐患排查治理台账；能立即整改的当场整改并在“处理情况”栏注明；不能立即整改的下达隐患整改通知书。')
  ]
}

/** Writes 隐患排查治理台账 (landscape, 小五): the columns a ledger needs from discovery to closure. */
export function ledgerForm(index: SchoolIndex, outline: Outline): FileChild[] {
  return [
    outline.section('隐患排查治理台账'),
    formTitle(`${index.schoolName}隐患排查治理台账`),
    ...table({
      width: landscapeTextWidth,
      fontSize: sizes.tableSmall,
      minRowHeight: cm(1.2),
      columns: ledgerHeaders.map(([header, weight]) => ({ header, weight, align: 'center' as const })),
      rows: Array.from({ length: 7 }, () => ledgerHeaders.map(() => ''))
    }),
    plain({ text: '填写说明：隐患类别填“基础管理类”或“现场类”；隐患等级填“一般”或“重大”；状态填“待整改、整改中、待验收、已销号、逾期”之一；重大事故隐患在“上报情况”栏注明报告日期和接收部门。', size: sizes.tableSmall + 3 })
  ]
}

/** Writes 隐患整改通知书: issued to the department or post that must fix a hazard. */
export function rectificationNotice(index: SchoolIndex, outline: Outline): FileChild[] {
  return [
    outline.section('隐患整改通知书', { pageBreakBefore: true }),
    formTitle('隐患整改通知书'),
    plain('编号：＿＿＿＿＿＿', { align: 'right' }),
    plain('＿＿＿＿＿＿＿＿＿＿（部门／岗位）：'),
    body(
      '经＿＿＿＿年＿＿月＿＿日＿＿＿＿＿＿排查，发现你部门（岗位）负责的区域存在下列事故隐患。请按要求落实整改，整改期间采取临时防范措施确保安全，整改完成后及时报双重预防工作办公室验收。'
    ),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel('隐患部位'), formField(3)],
        tallRow([formLabel('隐患描述'), formField(3)], 2),
        [formLabel('隐患等级'), formField(1, '□一般　□重大'), formLabel('隐患类别'), formField(1, '□基础管理类　□现场类')],
        tallRow([formLabel('整改措施和要求'), formField(3)], 2),
        tallRow([formLabel('临时防范措施'), formField(3)], 1.4),
        [formLabel('整改责任人'), formField(), formLabel('整改期限'), formField(1, '　　年　　月　　日前')],
        [formLabel('整改资金'), formField(), formLabel('验收人'), formField()],
        [formLabel('签发人'), formField(), formLabel('签发日期'), formField()],
        [formLabel('接收人（签字）'), formField(), formLabel('接收日期'), formField()]
      ]
    }),
    body(`本通知书一式两份，整改责任部门（岗位）和双重预防工作办公室各存一份；重大事故隐患的整改通知由${index.terms.head}签发。`)
  ]
}

/** Writes 隐患整改验收单: the acceptance that closes a hazard. */
export function acceptanceForm(index: SchoolIndex, outline: Outline): FileChild[] {
  return [
    outline.section('隐患整改验收单', { pageBreakBefore: true }),
    formTitle('隐患整改验收单'),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel('隐患编号'), formField(), formLabel('整改通知书编号'), formField()],
        [formLabel('隐患部位'), formField(3)],
        tallRow([formLabel('隐患描述'), formField(3)], 2),
        tallRow([formLabel('整改措施落实情况'), formField(3)], 3),
        [formLabel('整改责任人'), formField(), formLabel('完成日期'), formField()],
        [formLabel('整改资金使用'), formField(3)],
        tallRow([formLabel('验收意见'), formField(3, '□整改合格，同意销号　　□整改不合格，继续整改')], 2.5),
        [formLabel('验收人（签字）'), formField(), formLabel('验收日期'), formField()],
        [formLabel('销号人（签字）'), formField(), formLabel('销号日期'), formField()]
      ]
    }),
    body(`一般事故隐患由分管${index.terms.deputyHead}或者其指定的部门负责人验收销号；重大事故隐患由${index.terms.head}组织验收，必要时邀请有关专业机构参加，验收合格后签字销号。`)
  ]
}
