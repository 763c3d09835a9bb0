import type { CheckFrequency, CheckMethod, InspectionType } from './checks'
import type { HazardFactorType, RiskPointKind } from './entities'
import type { ControlLevel } from './levels'
import type { MeasureCategory } from './measures'
import type { ResponsibilityKind } from './posts'
import type { FacilityKey, SchoolCategory } from './school'

/** The built-in risk library and post list, as stored under resources/. */

/**
 * The eight areas of 教育部办公厅《教育系统重大事故隐患判定指南》(教发厅函〔2024〕20号). Library points
 * carry the areas they belong to, so a test can prove the library covers every one of them.
 */
export const majorHazardAreas = ['fire', 'buildings', 'food', 'labs', 'traffic', 'crowd', 'special-equipment', 'utilities'] as const
export type MajorHazardArea = (typeof majorHazardAreas)[number]

export const majorHazardAreaLabels: Record<MajorHazardArea, string> = {
  fire: '校园消防',
  buildings: '校舍安全',
  food: '食品安全',
  labs: '实验室和实训场所',
  traffic: '校车及校园交通',
  crowd: '拥挤踩踏',
  'special-equipment': '特种设备',
  utilities: '水电气热运行'
}

export interface LibraryCheck {
  content: string
  standard: string
  method: CheckMethod
  inspectionType: InspectionType
  frequency: CheckFrequency
  /** Built-in post code of the post that checks it. */
  postCode: string
}

export interface LibraryMeasure {
  category: MeasureCategory
  content: string
  /** How this measure is checked; absent when it is not checked item by item (e.g. a plan on file). */
  check?: LibraryCheck
}

export interface LibraryRisk {
  key: string
  hazard: string
  factorType: HazardFactorType
  consequence: string
  accidentTypes: string[]
  /** Typical factor values before extra controls; the school must still evaluate its own situation. */
  lec: { l: number; e: number; c: number }
  ls: { l: number; s: number }
  controlLevel?: ControlLevel
  ownerPostCode: string
  measures: LibraryMeasure[]
}

export interface LibraryApplicability {
  /** School types the point applies to; empty means all. */
  categories: SchoolCategory[]
  /** Facilities of which the school must have at least one; empty means none needed. */
  facilities: FacilityKey[]
}

export interface LibraryRiskPoint {
  key: string
  name: string
  kind: RiskPointKind
  area: string
  description: string
  appliesTo: LibraryApplicability
  /** Major-hazard areas the point belongs to; absent for points outside all of them. */
  areas?: MajorHazardArea[]
  ownerPostCode: string
  risks: LibraryRisk[]
}

export interface RiskLibrary {
  version: string
  riskPoints: LibraryRiskPoint[]
}

export interface BuiltinPost {
  code: string
  name: string
  department: string
  /** 'school' for primary and secondary schools, 'kindergarten', or 'both'. */
  audience: 'school' | 'kindergarten' | 'both'
  /** Posts a school usually has; the others are offered but not pre-selected. */
  common: boolean
  responsibilities: { kind: ResponsibilityKind; content: string }[]
}

/** A library point as the window lists it: whether it applies to this school and is already added. */
export interface LibraryEntry {
  key: string
  name: string
  kind: RiskPointKind
  area: string
  description: string
  riskCount: number
  applies: boolean
  added: boolean
  /** True for an entry of the consultant's custom library, false for a built-in one. */
  custom: boolean
}

export function libraryPointApplies(
  point: LibraryRiskPoint,
  category: SchoolCategory | '',
  facilities: readonly FacilityKey[]
): boolean {
  const { categories, facilities: needed } = point.appliesTo
  const categoryFits = categories.length === 0 || (category !== '' && categories.includes(category))
  const facilityFits = needed.length === 0 || needed.some((facility) => facilities.includes(facility))
  return categoryFits && facilityFits
}
