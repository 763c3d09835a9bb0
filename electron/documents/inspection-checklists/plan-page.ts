import type { FileChild } from 'docx'
import { inspectionTypeLabels } from '../../../shared/domain/checks'
import { planScopeLabels, type NumberedItem } from '../../../shared/domain/inspections'
import { planScheduleLabel } from '../../../shared/inspections/schedule'
import { formField, formLabel, formRowHeight, formTitle } from '../content/forms'
import { plain } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table, type Cell, type CellValue } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { cm } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'
import { checklistTextWidth, versionCode, type PlanChecklistData } from './plan-checklists'

/** The tick boxes of the 检查结果 column, one per line so exactly one can be ticked. */
export const planResultBoxes = ['□合格', '□不合格', '□不适用']

const headerColumns = [
  { header: '', weight: 3.8 },
  { header: '', weight: 5.6 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** Names the chosen risk points, at most three and a count of the rest. */
function scopeText(index: SchoolIndex, sheet: PlanChecklistData): string {
  const { plan } = sheet
  if (plan.scope !== 'points') return `${planScopeLabels[plan.scope]}`
  const names = plan.riskPointIds.map((id) => cleanText(index.riskPoint(id)?.name ?? '')).filter(Boolean)
  const firstThree = names.slice(0, 3).join('、')
  return names.length > 3 ? `${firstThree}等 ${names.length} 个风险点` : firstThree
}

function scheduleText(sheet: PlanChecklistData): string {
  const { plan } = sheet
  const range = plan.startsOn || plan.endsOn ? `（${plan.startsOn ?? ''}至${plan.endsOn ?? ''}）` : ''
  return `${planScheduleLabel(plan)}${range}`
}

/** Builds the block above the items: the plan, who is responsible, and blanks for the date and the inspector. */
function headerBlock(index: SchoolIndex, sheet: PlanChecklistData, area?: string): FileChild[] {
  const { plan } = sheet
  const areaRow = area === undefined ? [] : [[formLabel('检查区域'), formField(3, area)]]
  return table({
    width: checklistTextWidth,
    header: false,
    minRowHeight: formRowHeight,
    columns: headerColumns,
    rows: [
      [formLabel('排查计划'), formField(1, cleanText(plan.name)), formLabel('排查类型'), formField(1, inspectionTypeLabels[plan.inspectionType])],
      [formLabel('排查时间'), formField(1, scheduleText(sheet)), formLabel('检查范围'), formField(1, `${scopeText(index, sheet)}，共 ${sheet.items.length} 项`)],
      [formLabel('责任岗位／责任人'), formField(3, index.ownerLabel(plan.responsiblePostId, plan.responsibleStaffId))],
      ...areaRow,
      [formLabel('检查日期'), formField(1, '＿＿＿＿年＿＿月＿＿日'), formLabel('检查人'), formField()]
    ]
  })
}

function resultCell(): Cell {
  return { content: planResultBoxes, align: 'left' }
}

const itemColumns = [
  { header: '序号', weight: 1.2, align: 'center' as const },
  { header: '风险点', weight: 2.6 },
  { header: '检查内容', weight: 6 },
  { header: '检查标准', weight: 6 },
  { header: '检查结果', weight: 2.5 },
  { header: '问题描述', weight: 3.7 }
]

/**
 * The items as rows: 序号 | 风险点 | 检查内容 | 检查标准 | 检查结果 | 问题描述. The 风险点 cell covers the
 * consecutive items of one point, so the narrow column is printed once per point.
 */
function itemsTable(items: readonly NumberedItem[]): FileChild[] {
  const rows: CellValue[][] = items.map((item, position) => {
    const first = position === 0 || items[position - 1].riskPointId !== item.riskPointId
    const span = first ? items.slice(position).findIndex((other) => other.riskPointId !== item.riskPointId) : 0
    const point: CellValue[] = first ? [{ content: cleanText(item.riskPointLabel), rowSpan: span < 0 ? items.length - position : span }] : []
    return [String(item.itemNo), ...point, cleanText(item.content), cleanText(item.standard) || '—', resultCell(), '']
  })
  return table({
    width: checklistTextWidth,
    minRowHeight: cm(0.9),
    columns: itemColumns,
    rows
  })
}

const closingNote =
  '说明：每项勾选一个结论，不合格的在“问题描述”栏写明部位和情况，当日报告双重预防工作办公室。录入排查记录时只需输入不合格项和不适用项的序号，其余按合格记录；录入窗口显示的检查表版本与本表右上角相同时，序号与检查项一一对应。'

/** Builds the block under the items: the numbers to type back, the hazards reported, the signatures and how to fill in the form. */
function closingBlock(): FileChild[] {
  return table({
    width: checklistTextWidth,
    header: false,
    minRowHeight: formRowHeight,
    columns: headerColumns,
    rows: [
      { cells: [formLabel('不合格项'), formField(1, '共＿＿项，序号：'), formLabel('不适用项'), formField(1, '共＿＿项，序号：')], minHeight: cm(1.4) },
      [formLabel('发现的隐患'), formField(3, '□无　□有，已登记隐患编号：')],
      [formLabel('检查人（签字）'), formField(), formLabel('负责人（签字）'), formField()],
      [{ content: [[{ text: closingNote, size: sizes.tableSmall }]], span: 4 }]
    ]
  })
}

function pageTop(index: SchoolIndex, sheet: PlanChecklistData, suffix = ''): FileChild[] {
  return [
    formTitle(`${cleanText(sheet.plan.name)}安全检查表${suffix}`, { pageBreakBefore: true }),
    plain({ text: `${index.schoolName}${wideSpace.repeat(4)}检查表版本：${versionCode(sheet.plan.id, sheet.version)}`, size: sizes.tableSmall }, { align: 'right', keepNext: true })
  ]
}

/** Builds a plan's checklist: the whole plan on consecutive pages, its items numbered from 1. */
export function planPages(index: SchoolIndex, sheet: PlanChecklistData): FileChild[] {
  return [...pageTop(index, sheet), ...headerBlock(index, sheet), ...itemsTable(sheet.items), ...closingBlock()]
}

/**
 * Builds a plan's checklist with each risk point on pages of its own, so each area's pages can go to the
 * people there. The numbers stay those of the whole plan, so results are typed back the same way.
 */
export function planPagesByPoint(index: SchoolIndex, sheet: PlanChecklistData): FileChild[] {
  const pointIds = [...new Set(sheet.items.map((item) => item.riskPointId))]
  return pointIds.flatMap((pointId) => {
    const items = sheet.items.filter((item) => item.riskPointId === pointId)
    const point = index.riskPoint(pointId)
    const area = [items[0]?.riskPointLabel ?? '', point?.area ? `（${cleanText(point.area)}）` : ''].join('')
    const numbers = `第 ${items[0]?.itemNo ?? 0}—${items.at(-1)?.itemNo ?? 0} 项`
    return [...pageTop(index, sheet, `（${numbers}）`), ...headerBlock(index, sheet, area), ...itemsTable(items), ...closingBlock()]
  })
}

/** Rows of the blank checklist: with its header and closing block it fills one A4 page. */
const blankRows = 7

/** Builds a blank checklist to fill in by hand, for a school that has not made its plans yet. */
export function blankPages(index: SchoolIndex): FileChild[] {
  return [
    formTitle('安全检查表', { pageBreakBefore: true }),
    plain({ text: index.schoolName, size: sizes.tableSmall }, { align: 'right', keepNext: true }),
    ...table({
      width: checklistTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: headerColumns,
      rows: [
        [formLabel('排查计划'), formField(), formLabel('排查类型'), formField()],
        [formLabel('检查区域'), formField(3)],
        [formLabel('检查日期'), formField(1, '＿＿＿＿年＿＿月＿＿日'), formLabel('检查人'), formField()]
      ]
    }),
    ...table({
      width: checklistTextWidth,
      minRowHeight: cm(1.1),
      columns: itemColumns,
      rows: Array.from({ length: blankRows }, (_unused, position) => [String(position + 1), '', '', '', resultCell(), ''])
    }),
    ...closingBlock()
  ]
}
