import type { FileChild } from 'docx'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../../shared/domain/checks'
import { riskLevelInfo } from '../../../shared/domain/levels'
import { formField, formLabel, formRowHeight, formTitle } from '../content/forms'
import { plain } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table, type Cell } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { cm, portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'
import type { ChecklistGroup } from './checklist-groups'

/** The tick boxes of the 检查结果 column, one per line so either can be ticked. */
export const resultBoxes = ['□合格', '□不合格']

const headerColumns = [
  { header: '', weight: 3 },
  { header: '', weight: 6 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** "学生食堂安全检查表（日常排查）". */
export function checklistTitle(group: ChecklistGroup): string {
  return `${cleanText(group.point.name)}安全检查表（${inspectionTypeLabels[group.inspectionType]}）`
}

function postsOf(index: SchoolIndex, group: ChecklistGroup): string {
  const names = [...new Set(group.items.map((item) => index.postName(item.responsiblePostId)).filter(Boolean))]
  return names.length > 0 ? names.join('、') : '未指定'
}

function frequenciesOf(group: ChecklistGroup): string {
  return [...new Set(group.items.map((item) => checkFrequencyLabels[item.frequency]))].join('、')
}

/** Builds the block above the items: where, what kind of inspection, who is responsible, and blanks for the date and the inspector. */
function headerBlock(index: SchoolIndex, group: ChecklistGroup): FileChild[] {
  const level = index.pointLevel(group.point)
  const area = cleanText(group.point.area)
  const place = [cleanText(group.point.code), cleanText(group.point.name)].filter(Boolean).join(' ') + (area ? `（${area}）` : '')
  return table({
    width: portraitTextWidth,
    header: false,
    minRowHeight: formRowHeight,
    columns: headerColumns,
    rows: [
      [formLabel('检查区域'), formField(1, place), formLabel('风险等级'), formField(1, level ? riskLevelInfo[level].word : '未评价')],
      [formLabel('排查类型'), formField(1, inspectionTypeLabels[group.inspectionType]), formLabel('检查频次'), formField(1, frequenciesOf(group))],
      [formLabel('责任岗位'), formField(3, postsOf(index, group))],
      [formLabel('检查日期'), formField(1, '＿＿＿＿年＿＿月＿＿日'), formLabel('检查人'), formField()]
    ]
  })
}

function resultCell(): Cell {
  return { content: resultBoxes, align: 'left' }
}

/** The items as rows: 检查内容 | 检查标准 | 检查结果 (□合格 □不合格) | 问题描述, to fill in on site. */
function itemsTable(group: ChecklistGroup): FileChild[] {
  return table({
    width: portraitTextWidth,
    minRowHeight: cm(0.9),
    columns: [
      { header: '序号', weight: 1.3, align: 'center' },
      { header: '检查内容', weight: 6 },
      { header: '检查标准', weight: 6 },
      { header: '频次', weight: 1.9, align: 'center' },
      { header: '检查结果', weight: 2.5 },
      { header: '问题描述', weight: 4.3 }
    ],
    rows: group.items.map((item, position) => [
      String(position + 1),
      cleanText(item.content),
      cleanText(item.standard) || '—',
      checkFrequencyLabels[item.frequency],
      resultCell(),
      ''
    ])
  })
}

function signatureLines(index: SchoolIndex): FileChild[] {
  const blank = '＿＿＿＿＿＿＿＿'
  return [
    plain({ text: `发现的问题：□无${wideSpace}□有，已于＿＿月＿＿日报告${blank}，隐患登记编号＿＿＿＿＿＿`, size: sizes.card }),
    plain({ text: ['检查人（签字）：', blank, '区域负责人（签字）：', blank].join(wideSpace), size: sizes.card }),
    plain({
      text: `说明：逐项检查并在“检查结果”栏勾选；不合格的在“问题描述”栏写明部位和情况，当日报告${index.terms.unit}双重预防工作办公室，按事故隐患登记和整改。本表检查后交办公室存档。`,
      size: sizes.tableSmall
    })
  ]
}

/** Builds one printable checklist on a page of its own. */
export function checklistPage(index: SchoolIndex, group: ChecklistGroup): FileChild[] {
  return [
    formTitle(checklistTitle(group), { pageBreakBefore: true }),
    plain({ text: index.schoolName, size: sizes.card }, { align: 'center', keepNext: true }),
    ...headerBlock(index, group),
    ...itemsTable(group),
    ...signatureLines(index)
  ]
}
