import { hazardCategoryLabels, hazardGradeShortLabels, hazardStateLabels } from '../../../shared/domain/hazards'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import type { CellInput } from '../cell-text'
import type { ColumnSpec } from '../sheet-layout'

/**
 * The columns of 隐患排查治理台账, one row per hazard from discovery to closure. Long texts wrap early
 * (narrow maxima): fitted to an A3 width, the 22 columns then print at about 8 pt instead of 5 pt.
 */

export const ledgerColumns: readonly ColumnSpec[] = [
  { header: '隐患编号', min: 13, max: 14, align: 'center' },
  { header: '发现日期', min: 11, max: 11, align: 'center' },
  { header: '排查类型／来源', min: 9.5, max: 12, align: 'center' },
  { header: '排查人', min: 8, max: 12, align: 'center' },
  { header: '风险点／部位', min: 14, max: 18 },
  { header: '隐患描述', min: 20, max: 26 },
  { header: '照片', min: 9, max: 11, align: 'center' },
  { header: '隐患类别', min: 9.5, max: 10, align: 'center' },
  { header: '隐患等级', min: 8, max: 8, align: 'center' },
  { header: '整改措施', min: 18, max: 24 },
  { header: '责任部门', min: 9.5, max: 12, align: 'center' },
  { header: '责任人', min: 8, max: 12, align: 'center' },
  { header: '整改资金', min: 9.5, max: 12 },
  { header: '整改时限', min: 11, max: 11, align: 'center' },
  { header: '临时防范措施／应急预案', min: 14, max: 18 },
  { header: '整改完成日期', min: 11, max: 11, align: 'center' },
  { header: '验收人', min: 8, max: 12, align: 'center' },
  { header: '验收日期', min: 11, max: 11, align: 'center' },
  { header: '验收意见', min: 12, max: 16 },
  { header: '销号日期', min: 11, max: 11, align: 'center' },
  { header: '状态', min: 10, max: 14, align: 'center' },
  { header: '上报情况', min: 12, max: 16 }
]

/** Index of the 隐患等级 and 状态 columns, whose cells are marked for 重大 and overdue hazards. */
export const gradeColumn = 8
export const stateColumn = 20

/** Extra columns of the 重大事故隐患 sheet. */
export const majorExtraColumns: readonly ColumnSpec[] = [
  { header: '判定依据', min: 16, max: 24 },
  { header: '治理方案', min: 16, max: 24 }
]

/** 督办清单: what the leadership follows up, one row per open 重大 or overdue hazard. */
export const supervisionColumns: readonly ColumnSpec[] = [
  { header: '序号', min: 5, max: 6, align: 'center' },
  { header: '隐患编号', min: 13, max: 14, align: 'center' },
  { header: '隐患等级', min: 8, max: 8, align: 'center' },
  { header: '风险点／部位', min: 14, max: 18 },
  { header: '隐患描述', min: 20, max: 40 },
  { header: '责任部门', min: 9.5, max: 12, align: 'center' },
  { header: '责任人', min: 8, max: 12, align: 'center' },
  { header: '整改时限', min: 11, max: 11, align: 'center' },
  { header: '逾期天数', min: 8, max: 8, align: 'center' },
  { header: '状态', min: 10, max: 20, align: 'center' },
  { header: '上报情况', min: 12, max: 22 }
]

export const supervisionGradeColumn = 2
export const supervisionStateColumn = 9

/** "整改前2张\n整改后1张", or 无. */
export function photoText(view: HazardView, hazard: DataHazard): string {
  const found = view.photosOf(hazard, 'found').length
  const rectified = view.photosOf(hazard, 'rectified').length
  const parts = [found > 0 ? `整改前${found}张` : '', rectified > 0 ? `整改后${rectified}张` : ''].filter(Boolean)
  return parts.length > 0 ? parts.join('\n') : '无'
}

/** 状态 as printed: the state, 立查立改 for a hazard fixed where found, and the days overdue. */
export function hazardStatusText(hazard: Pick<DataHazard, 'state' | 'fixedOnTheSpot'>, overdueDays: number): string {
  const spot = hazard.fixedOnTheSpot ? '（立查立改）' : ''
  const late = overdueDays > 0 ? `（逾期${overdueDays}天）` : ''
  return `${hazardStateLabels[hazard.state]}${spot}${late}`
}

/** 上报情况: when and to whom a 重大 hazard was reported, 未上报 when it was not; empty for a 一般 hazard. */
export function reportText(hazard: Pick<DataHazard, 'grade' | 'reportedOn' | 'reportTo' | 'reportNote'>): string {
  if (hazard.grade !== 'major') return ''
  if (hazard.reportedOn === null) return '未上报'
  const note = hazard.reportNote.trim() ? `（${hazard.reportNote.trim()}）` : ''
  return `${hazard.reportedOn} 报${hazard.reportTo.trim()}${note}`
}

/** Returns the ledger row of a hazard, in the order of `ledgerColumns`. */
export function ledgerRow(view: HazardView, hazard: DataHazard): CellInput[] {
  return [
    hazard.code,
    hazard.foundOn,
    view.inspectionType(hazard),
    hazard.foundBy.name,
    view.location(hazard),
    hazard.description,
    photoText(view, hazard),
    hazardCategoryLabels[hazard.category],
    hazardGradeShortLabels[hazard.grade],
    hazard.measures,
    view.department(hazard.responsible),
    hazard.responsible.name,
    hazard.funds,
    hazard.deadline,
    hazard.contingency,
    hazard.rectifiedOn,
    hazard.acceptor.name,
    hazard.acceptedOn,
    hazard.acceptanceOpinion,
    hazard.closedOn,
    hazardStatusText(hazard, view.overdueDays(hazard)),
    reportText(hazard)
  ]
}

/** Returns the row of the 重大事故隐患 sheet: the ledger row, then the criteria ticked and the 治理方案. */
export function majorRow(view: HazardView, hazard: DataHazard): CellInput[] {
  return [...ledgerRow(view, hazard), view.criteriaTexts(hazard).join('\n'), hazard.governancePlan]
}

export function supervisionRow(view: HazardView, hazard: DataHazard, serial: number): CellInput[] {
  const overdue = view.overdueDays(hazard)
  return [
    serial,
    hazard.code,
    hazardGradeShortLabels[hazard.grade],
    view.location(hazard),
    hazard.description,
    view.department(hazard.responsible),
    hazard.responsible.name,
    hazard.deadline ?? '未定',
    overdue > 0 ? overdue : '',
    hazardStatusText(hazard, overdue),
    reportText(hazard)
  ]
}
