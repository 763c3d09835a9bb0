import type { RiskPointKind } from './entities'

/**
 * Identification records of a risk point: the steps of a 工作危害分析 (JHA) for an activity, or the items of
 * a 安全检查表分析 (SCL) for a facility or place. Risks found at a step or item link back to it.
 */

export const analysisMethods = ['jha', 'scl'] as const
export type AnalysisMethod = (typeof analysisMethods)[number]

export const analysisMethodLabels: Record<AnalysisMethod, string> = {
  jha: '工作危害分析（JHA）',
  scl: '安全检查表分析（SCL）'
}

/** The record table's name as the manual's appendix prints it. */
export const analysisRecordTitles: Record<AnalysisMethod, string> = {
  jha: '工作危害分析（JHA）记录表',
  scl: '安全检查表分析（SCL）记录表'
}

export interface AnalysisFieldLabels {
  item: string
  /** SCL only; a JHA step has no standard. */
  standard: string
  deviation: string
  existingControls: string
}

/** Column and field names of each method, as the record tables print them. */
export const analysisFieldLabels: Record<AnalysisMethod, AnalysisFieldLabels> = {
  jha: { item: '工作步骤', standard: '', deviation: '危险源或潜在事件', existingControls: '现有控制措施' },
  scl: { item: '检查项目', standard: '检查标准', deviation: '不符合标准的情况及后果', existingControls: '现有控制措施' }
}

/** JHA for activities, SCL for facilities and places; a point may use the other method when the school chooses. */
export function defaultAnalysisMethod(kind: RiskPointKind): AnalysisMethod {
  return kind === 'activity' ? 'jha' : 'scl'
}

/** A JHA normally has no more than 10 steps; more steps usually mean the activity should be split. */
export const recommendedMaxSteps = 10

/** Hard limit of records per risk point and method, so a paste loop cannot fill the school file. */
export const maxAnalysisEntries = 60

export interface AnalysisEntry {
  id: number
  riskPointId: number
  method: AnalysisMethod
  /** 序号 within the point and method, 1, 2, 3 … without gaps. */
  seq: number
  /** JHA: 工作步骤; SCL: 检查项目. */
  item: string
  /** SCL: 检查标准; empty for JHA. */
  standard: string
  /** JHA: 危险源或潜在事件; SCL: 不符合标准的情况及后果. */
  deviation: string
  existingControls: string
}

/** One step or item of a built-in default record: the library risk it found and its short name. */
export interface LibraryAnalysisEntry {
  /** Key of a risk of the same library point. */
  risk: string
  item: string
}

export interface LibraryAnalysisRecord {
  method: AnalysisMethod
  /** In the order the record lists them: a JHA in the order the activity runs. */
  entries: LibraryAnalysisEntry[]
}

/** The default records of the built-in library, by library point key. */
export interface LibraryAnalysisRecords {
  version: string
  records: Record<string, LibraryAnalysisRecord>
}
