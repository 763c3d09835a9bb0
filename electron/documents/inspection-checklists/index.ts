import type { FileChild } from 'docx'
import { inspectionTypeLabels } from '../../../shared/domain/checks'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { planScheduleLabel } from '../../../shared/inspections/schedule'
import type { OutputBuilder } from '../../outputs/output-builder'
import { body, title } from '../layout/paragraphs'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { cm } from '../layout/units'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { checklistMargins, checklistTextWidth, planChecklists, versionCode, type PlanChecklistData } from './plan-checklists'
import { blankPages, planPages, planPagesByPoint } from './plan-page'

const documentTitle = '排查计划检查表'

function overviewTable(index: SchoolIndex, sheets: readonly PlanChecklistData[]): FileChild[] {
  return table({
    width: checklistTextWidth,
    fontSize: sizes.tableSmall,
    columns: [
      { header: '序号', weight: 1.5, align: 'center' },
      { header: '排查计划', weight: 5.2 },
      { header: '排查类型', weight: 3, align: 'center' },
      { header: '排查时间', weight: 4 },
      { header: '责任岗位／责任人', weight: 5 },
      { header: '检查项数', weight: 2.2, align: 'center' },
      { header: '版本', weight: 2.6, align: 'center' }
    ],
    rows: sheets.map((sheet, position) => [
      String(position + 1),
      cleanText(sheet.plan.name),
      inspectionTypeLabels[sheet.plan.inspectionType],
      planScheduleLabel(sheet.plan),
      index.ownerLabel(sheet.plan.responsiblePostId, sheet.plan.responsibleStaffId),
      String(sheet.items.length),
      versionCode(sheet.plan.id, sheet.version)
    ])
  })
}

function frontPage(index: SchoolIndex, sheets: readonly PlanChecklistData[], date: string): FileChild[] {
  if (sheets.length === 0) {
    return [
      title(`${index.schoolName}${documentTitle}`),
      body(`${index.terms.unit}尚未制定启用的排查计划。在“隐患排查”页制定排查计划后重新生成，每个计划一份检查表；在此之前可复印下面的空白检查表手工填写。`),
      ...blankPages(index)
    ]
  }
  return [
    title(`${index.schoolName}${documentTitle}`),
    body(
      `本册按${index.terms.unit}排查计划编制安全检查表${sheets.length}份，编制日期${date}。每份检查表的检查项按风险点顺序编号，序号在排查计划的检查项不变时保持不变。检查时复印相应的检查表，逐项勾选“合格”“不合格”或“不适用”；录入排查记录时只需输入不合格项和不适用项的序号。排查计划的检查项改动后，请重新打印检查表。`
    ),
    body('检查表一览：'),
    ...overviewTable(index, sheets)
  ]
}

export interface PlanChecklistOptions {
  /** The plans to print, in this order; every active plan when absent. */
  planIds?: readonly number[]
  /** Starts each risk point of a plan on pages of its own. */
  byPoint?: boolean
  /** Leaves out the front page, for printing a single plan. */
  withoutFrontPage?: boolean
}

/**
 * Builds the 排查计划检查表: a front page listing the plans, then each plan's tick-box checklist with its items
 * numbered as results are typed back.
 */
export async function buildPlanChecklists(data: SchoolData, options: PlanChecklistOptions = {}): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const sheets = planChecklists(data, options.planIds)
  const pages = sheets.flatMap((sheet) => (options.byPoint ? planPagesByPoint(index, sheet) : planPages(index, sheet)))
  const front = options.withoutFrontPage ? [] : frontPage(index, sheets, snapshotDate(data))
  const children = [...front, ...pages]
  return packDocument({ title: documentTitle, subject: cleanText(index.schoolName), sections: [portraitSection(children, { margins: checklistMargins, footerDistance: cm(1.2) })], hasContents: false })
}

export const inspectionChecklists: OutputBuilder = {
  key: 'inspection-checklists',
  title: documentTitle,
  kind: 'docx',
  skipReason: (data) => (planChecklists(data).length === 0 ? '尚未制定启用的排查计划，在“隐患排查”页制定排查计划后生成' : undefined),
  build: (data) => buildPlanChecklists(data)
}
