import type { Risk } from './entities'
import type { JiaozuoCounty } from './school'

/** 重大风险管控方案: the plan a school writes for each major risk and reports to the county bureau. */
export interface MajorRiskPlan {
  riskId: number
  /** 管控目标. */
  objective: string
  /** 管控措施（方案）, several lines. */
  measures: string
  /** 资金保障. */
  funds: string
  /** 责任人, from the staff roster. */
  responsibleStaffId: number | null
  /** 完成时限, YYYY-MM-DD. */
  deadline: string | null
  /** 监测监控. */
  monitoring: string
  /** 应急措施. */
  emergency: string
  /** 上报日期, YYYY-MM-DD. */
  reportedOn: string | null
  /** 上报单位, e.g. 山阳区教育局. */
  reportTo: string
  /** ISO time of the last save. */
  updatedAt: string
}

/** A major risk (or one that was major when its plan was written) with its point and plan. */
export interface MajorRiskEntry {
  point: { id: number; code: string; name: string; area: string }
  risk: Risk
  plan: MajorRiskPlan | null
}

export interface MajorRiskList {
  /** Risks graded 重大 now, with their plan when one is saved. */
  current: MajorRiskEntry[]
  /** Risks that have a plan but are no longer 重大 (已降级); the plan is kept. */
  downgraded: MajorRiskEntry[]
  /** The bureau a plan is reported to unless the school changes it. */
  defaultReportTo: string
}

/**
 * Returns the education bureau above a school: the county-level bureau of its 县（市、区）, or 焦作市教育局 for
 * a 市直 school. Empty while the county is not filled in.
 */
export function defaultReportTo(county: JiaozuoCounty | ''): string {
  if (county === '') return ''
  if (county === '市直') return '焦作市教育局'
  return `${county}教育局`
}

/**
 * Lists the parts of a plan that are still empty, in the order of the form. 上报日期 is left out: a plan is
 * complete before it is reported.
 */
export function planGaps(plan: MajorRiskPlan): string[] {
  const parts: [string, unknown][] = [
    ['管控目标', plan.objective],
    ['管控措施（方案）', plan.measures],
    ['资金保障', plan.funds],
    ['责任人', plan.responsibleStaffId],
    ['完成时限', plan.deadline],
    ['监测监控', plan.monitoring],
    ['应急措施', plan.emergency]
  ]
  return parts.filter(([, value]) => value === null || value === '').map(([label]) => label)
}
