import type { CalendarKind } from './calendar'
import type { CheckFrequency, InspectionType } from './checks'
import type { PersonRef } from './hazards'

/** Inspection plans (排查计划), the inspections done under them (排查记录) and the result of each item. */

/** What a plan covers: every check item, the items of chosen risk points, or chosen items. */
export const planScopes = ['all', 'points', 'items'] as const
export type PlanScope = (typeof planScopes)[number]

export const planScopeLabels: Record<PlanScope, string> = {
  all: '全部排查项',
  points: '指定风险点',
  items: '指定排查项'
}

/** The frequencies whose due window is the 7 days before a calendar period starts. */
export const beforeFrequencies = ['beforeHoliday', 'beforeSeason'] as const

export function isBeforeFrequency(frequency: CheckFrequency): boolean {
  return (beforeFrequencies as readonly string[]).includes(frequency)
}

/** The period kind a "before" plan targets when the user has not chosen one. */
export function defaultBeforeKind(frequency: CheckFrequency): CalendarKind | null {
  if (frequency === 'beforeHoliday') return 'holiday'
  if (frequency === 'beforeSeason') return 'flood-season'
  return null
}

export interface InspectionPlan {
  id: number
  name: string
  inspectionType: InspectionType
  frequency: CheckFrequency
  /** For a "before" frequency: the kind of period it is due before; null otherwise. */
  beforeKind: CalendarKind | null
  responsiblePostId: number | null
  responsibleStaffId: number | null
  scope: PlanScope
  /** The risk points of a 'points' plan; empty otherwise. */
  riskPointIds: number[]
  /** The check items of an 'items' plan; empty otherwise. */
  checkItemIds: number[]
  active: boolean
  startsOn: string | null
  endsOn: string | null
  note: string
  createdAt: string
}

/** A plan as the plans page lists it: with the number of items its checklist has now. */
export interface InspectionPlanRow extends InspectionPlan {
  itemCount: number
  /** The checklist version printed on the paper checklist (see `checklistVersion`). */
  version: string
}

export const inspectionResults = ['ok', 'not-ok', 'na'] as const
export type InspectionResultValue = (typeof inspectionResults)[number]

export const inspectionResultLabels: Record<InspectionResultValue, string> = {
  ok: '合格',
  'not-ok': '不合格',
  na: '不适用'
}

/** One numbered line of a plan's checklist, as printed and as typed back. */
export interface NumberedItem {
  itemNo: number
  checkItemId: number
  riskPointId: number
  /** 风险点编号 and name, e.g. "FX-03 学生食堂". */
  riskPointLabel: string
  /** Where the risk point is (所在区域), used as the hazard's place. */
  area: string
  content: string
  standard: string
}

export interface PlanChecklist {
  planId: number
  version: string
  items: NumberedItem[]
}

export interface InspectionResult {
  id: number
  inspectionId: number
  itemNo: number
  checkItemId: number | null
  riskPointId: number | null
  content: string
  standard: string
  result: InspectionResultValue
  note: string
}

export interface Inspection {
  id: number
  planId: number | null
  inspectionType: InspectionType
  inspectedOn: string
  inspector: PersonRef
  /** The plan's name when recorded, kept if the plan is later renamed or deleted. */
  scopeLabel: string
  note: string
  createdAt: string
}

export interface ResultCounts {
  ok: number
  notOk: number
  na: number
}

/** A result as the record shows it, with the hazard registered from it. */
export interface InspectionResultRow extends InspectionResult {
  riskPointLabel: string
  area: string
  hazard: { id: number; code: string } | null
}

export interface InspectionDetail {
  inspection: Inspection
  /** The plan's present name, or the name kept in the record when the plan was deleted. */
  planName: string
  results: InspectionResultRow[]
  counts: ResultCounts
}

/** One line of the inspection records list. */
export interface InspectionListRow {
  id: number
  planId: number | null
  planName: string
  inspectionType: InspectionType
  inspectedOn: string
  inspectorName: string
  note: string
  counts: ResultCounts
  /** Hazards registered from the not-OK results. */
  hazardCount: number
}

export interface InspectionListResult {
  rows: InspectionListRow[]
  /** Records matching the filters; more than the rows when the list was cut at the maximum. */
  total: number
}
