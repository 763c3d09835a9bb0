import type { CheckFrequency, CheckMethod, InspectionType } from './checks'
import type { ControlLevel, RiskLevel } from './levels'
import type { MeasureCategory } from './measures'
import type { LeadingGroupRole, ResponsibilityKind } from './posts'
import type { GradingMethod } from '../grading/grade'

/** Entities as the window and the documents see them (camelCase, ids from the school file). */

export interface Staff {
  id: number
  name: string
  phone: string
  department: string
  note: string
  postIds: number[]
}

export interface Responsibility {
  id: number
  kind: ResponsibilityKind
  content: string
}

export interface Post {
  id: number
  /** Key of the built-in post this one started from, or null for a post the school added. */
  code: string | null
  name: string
  department: string
  sortOrder: number
  responsibilities: Responsibility[]
  staffIds: number[]
}

export interface LeadingGroupMember {
  id: number
  staffId: number
  role: LeadingGroupRole
  /** The member's position as printed in the notice, e.g. 副校长 or 总务处主任. */
  title: string
  duty: string
  sortOrder: number
}

export interface Office {
  /** 办公室 name, e.g. 双重预防体系建设工作办公室. */
  name: string
  location: string
  directorStaffId: number | null
  contactStaffId: number | null
  phone: string
  duties: string
  /** 发文字号 of the leading-group notice, e.g. 某校〔2026〕5号. */
  documentNumber: string
  issuedOn: string | null
}

export interface LeadingGroup {
  members: LeadingGroupMember[]
  office: Office
}

export const policyKinds = ['risk-control', 'hazard-governance', 'training', 'assessment', 'responsibility', 'reporting'] as const
export type PolicyKind = (typeof policyKinds)[number]

export interface Policy {
  id: number
  kind: PolicyKind
  title: string
  body: string
  sortOrder: number
}

export const riskPointKinds = ['facility', 'activity'] as const
export type RiskPointKind = (typeof riskPointKinds)[number]

export const riskPointKindLabels: Record<RiskPointKind, string> = {
  facility: '设施场所',
  activity: '作业活动'
}

export const hazardFactorTypes = ['人的因素', '物的因素', '环境因素', '管理因素'] as const
export type HazardFactorType = (typeof hazardFactorTypes)[number]

export interface ControlMeasure {
  id: number
  riskId: number
  category: MeasureCategory
  content: string
  controlLevel: ControlLevel
  ownerPostId: number | null
  ownerStaffId: number | null
  sortOrder: number
}

export interface Risk {
  id: number
  riskPointId: number
  libraryKey: string | null
  /** 危险有害因素: what can go wrong. */
  hazard: string
  factorType: HazardFactorType
  /** 可能导致的后果. */
  consequence: string
  accidentTypes: string[]
  method: GradingMethod
  lecL: number | null
  lecE: number | null
  lecC: number | null
  lsL: number | null
  lsS: number | null
  directLevel: RiskLevel | null
  score: number | null
  level: RiskLevel
  controlLevel: ControlLevel
  ownerPostId: number | null
  ownerStaffId: number | null
  sortOrder: number
  /**
   * The JHA step or SCL item of the point's identification record that found this risk, or null. The school
   * file always gives it; it is absent only in data written before identification records existed.
   */
  analysisEntryId?: number | null
  measures: ControlMeasure[]
}

export interface RiskPoint {
  id: number
  /** 风险点编号, e.g. FX-01; assigned in order and printed everywhere. */
  code: string
  libraryKey: string | null
  name: string
  kind: RiskPointKind
  area: string
  ownerPostId: number | null
  ownerStaffId: number | null
  description: string
  sortOrder: number
  risks: Risk[]
}

export interface CheckItem {
  id: number
  riskPointId: number
  measureId: number | null
  content: string
  standard: string
  method: CheckMethod
  inspectionType: InspectionType
  frequency: CheckFrequency
  responsiblePostId: number | null
  /** True once the user changed it, so deriving again from the measures keeps it as it is. */
  edited: boolean
  sortOrder: number
}

export interface Settings {
  operatorName: string
}
