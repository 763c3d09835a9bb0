import type { FileChild } from 'docx'
import { incentiveKindLabels } from '../../../shared/domain/incentives'
import type { ExchangeIncentive } from '../../../shared/exchange/records'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { policyTitle } from '../content/policy'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { packDocument } from '../layout/pack'
import { body, plain, title } from '../layout/paragraphs'
import { landscapeSection, portraitSection } from '../layout/sections'
import { sizes } from '../layout/styles'
import { table, type Cell, type Column } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { cm, landscapeTextWidth, portraitTextWidth } from '../layout/units'
import { chineseDate, snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'

export const incentiveRegisterTitle = '考核奖惩记录台账'

const ledgerColumns: Column[] = [
  { header: '序号', weight: 2, align: 'center' },
  { header: '日期', weight: 6.5, align: 'center' },
  { header: '对象', weight: 6, align: 'center' },
  { header: '类别', weight: 3, align: 'center' },
  { header: '事由', weight: 12 },
  { header: '依据条款', weight: 8 },
  { header: '奖惩措施', weight: 6 },
  { header: '审批人', weight: 3.5, align: 'center' }
]

/** Decisions oldest first, as a register lists them. */
function chronological(data: SchoolData): ExchangeIncentive[] {
  return [...(data.incentives ?? [])].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id - b.id)
}

/** 对象 as printed: a person with their department, or a department marked as one. */
function targetOf(index: SchoolIndex, incentive: ExchangeIncentive): string {
  const name = cleanText(incentive.targetName)
  if (incentive.targetKind === 'department') return `${name}（部门）`
  const department = cleanText(index.person(incentive.staffId)?.department ?? '')
  return department ? `${name}（${department}）` : name
}

function reasonOf(incentive: ExchangeIncentive): string {
  const reason = cleanText(incentive.reason)
  return incentive.hazardCode ? `${reason}（隐患编号${cleanText(incentive.hazardCode)}）` : reason
}

function heading(index: SchoolIndex, data: SchoolData): FileChild[] {
  return [title(incentiveRegisterTitle), plain(`${index.schoolName}（截至${snapshotDate(data)}）`, { align: 'center' })]
}

/** Returns the policy the decisions rest on, named as the school titled it. */
function policyName(index: SchoolIndex): string {
  return `《${policyTitle(index, 'assessment', '双重预防体系运行考核奖惩制度')}》`
}

function overview(index: SchoolIndex, incentives: readonly ExchangeIncentive[]): string {
  const rewards = incentives.filter((incentive) => incentive.kind === 'reward').length
  const penalties = incentives.length - rewards
  const departments = incentives.filter((incentive) => incentive.targetKind === 'department').length
  const linked = incentives.filter((incentive) => incentive.hazardId !== null).length
  const hazardNote = linked > 0 ? `其中${linked}项与隐患的发现、报告或整改有关，事由后注明了隐患编号。` : ''
  return `本台账登记${index.terms.we}作出的考核奖惩共${incentives.length}项：奖励${rewards}项、惩处${penalties}项，其中对部门的${departments}项。${hazardNote}奖惩依据${policyName(index)}等制度的条款作出，经领导小组研究、审批人签批后执行。`
}

/** Writes the ledger in 小五, as the hazard ledger is, so a decision's reasons take fewer lines. */
function ledger(index: SchoolIndex, incentives: readonly ExchangeIncentive[]): FileChild[] {
  return table({
    width: landscapeTextWidth,
    fontSize: sizes.tableSmall,
    columns: ledgerColumns,
    rows: incentives.map((incentive, position) => [
      String(position + 1),
      chineseDate(incentive.decidedOn),
      targetOf(index, incentive),
      incentiveKindLabels[incentive.kind],
      reasonOf(incentive),
      cleanText(incentive.basis),
      cleanText(incentive.measure),
      cleanText(incentive.approver)
    ])
  })
}

function blankLedger(rows: number): FileChild[] {
  return table({
    width: landscapeTextWidth,
    minRowHeight: cm(1.1),
    columns: ledgerColumns,
    rows: Array.from({ length: rows }, (_, position) => [String(position + 1), '', '', '', '', '', '', ''])
  })
}

/** Returns a field written in by hand, with the signature and date line at its foot. */
function signedField(signer: string): Cell {
  return { content: ['', '', `${signer}${wideSpace.repeat(8)}年${wideSpace.repeat(2)}月${wideSpace.repeat(2)}日`], span: 3, align: 'right' }
}

/** Writes 考核奖惩审批表: one decision, from the proposal to the approver's signature, to fill in by hand. */
function approvalForm(index: SchoolIndex): FileChild[] {
  const fourColumns = [
    { header: '', weight: 3 },
    { header: '', weight: 5 },
    { header: '', weight: 3 },
    { header: '', weight: 5 }
  ]
  return [
    formTitle('考核奖惩审批表'),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel('对象'), formField(1, '□个人　□部门'), formLabel('姓名／部门'), formField()],
        [formLabel('类别'), formField(1, '□奖励　□惩处'), formLabel('日期'), formField(1, '　　年　　月　　日')],
        tallRow([formLabel('事由'), formField(3)], 3),
        tallRow([formLabel('依据条款'), formField(3, `${policyName(index)}第${wideSpace.repeat(2)}条`)], 1.4),
        tallRow([formLabel('奖惩措施'), formField(3)], 1.8),
        tallRow([formLabel('部门意见'), signedField('签字：')], 2.6),
        tallRow([formLabel('领导小组意见'), signedField('审批人（签字）：')], 2.6),
        [formLabel('公示情况'), formField(3, '公示期　　年　　月　　日至　　年　　月　　日，□无异议　□有异议（已复核）')]
      ]
    }),
    body('奖惩结果公示不少于三个工作日，审批表与有关材料由双重预防工作办公室存档，并登记到考核奖惩记录台账。')
  ]
}

export async function buildIncentiveRegister(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const incentives = chronological(data)

  const sections =
    incentives.length > 0
      ? [landscapeSection([...heading(index, data), body(overview(index, incentives)), ...ledger(index, incentives)])]
      : [
          landscapeSection([
            ...heading(index, data),
            body(`${index.terms.we}尚未在软件中登记考核奖惩记录。以下为空白台账和审批表，可打印后手工填写；作出奖惩决定后请在“培训与奖惩”中补录。`),
            ...blankLedger(7),
            plain({ text: `依据条款填写${policyName(index)}或隐患报告和举报奖励制度的条款号；奖惩措施写明方式，有金额的写明金额。`, size: sizes.tableSmall + 3 })
          ]),
          portraitSection(approvalForm(index))
        ]

  return packDocument({ hasContents: false, title: incentiveRegisterTitle, subject: index.schoolName, sections })
}

export const incentiveRegister: OutputBuilder = {
  key: 'incentive-register',
  title: incentiveRegisterTitle,
  kind: 'docx',
  build: buildIncentiveRegister
}
