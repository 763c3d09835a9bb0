import { AppError } from '../../shared/errors'
import type { ControlMeasure, HazardFactorType, Risk, RiskPoint, RiskPointKind } from '../../shared/domain/entities'
import type { ControlLevel, RiskLevel } from '../../shared/domain/levels'
import type { MeasureCategory } from '../../shared/domain/measures'
import type { GradingMethod } from '../../shared/grading/grade'
import { parseStringArray } from '../db/json-column'
import type { ControlMeasureRow, RiskPointRow, RiskRow } from '../db/schema'
import type { Executor } from '../db/transaction'

export function toMeasure(row: ControlMeasureRow): ControlMeasure {
  return {
    id: row.id,
    riskId: row.risk_id,
    category: row.category as MeasureCategory,
    content: row.content,
    controlLevel: row.control_level as ControlLevel,
    ownerPostId: row.owner_post_id,
    ownerStaffId: row.owner_staff_id,
    sortOrder: row.sort_order
  }
}

export function toRisk(row: RiskRow, measures: ControlMeasure[]): Risk {
  return {
    id: row.id,
    riskPointId: row.risk_point_id,
    libraryKey: row.library_key,
    hazard: row.hazard,
    factorType: row.factor_type as HazardFactorType,
    consequence: row.consequence,
    accidentTypes: parseStringArray(row.accident_types),
    method: row.method as GradingMethod,
    lecL: row.lec_l,
    lecE: row.lec_e,
    lecC: row.lec_c,
    lsL: row.ls_l,
    lsS: row.ls_s,
    directLevel: row.direct_level as RiskLevel | null,
    score: row.score,
    level: row.level as RiskLevel,
    controlLevel: row.control_level as ControlLevel,
    ownerPostId: row.owner_post_id,
    ownerStaffId: row.owner_staff_id,
    sortOrder: row.sort_order,
    analysisEntryId: row.analysis_entry_id,
    measures
  }
}

function toRiskPoint(row: RiskPointRow, risks: Risk[]): RiskPoint {
  return {
    id: row.id,
    code: row.code,
    libraryKey: row.library_key,
    name: row.name,
    kind: row.kind as RiskPointKind,
    area: row.area,
    ownerPostId: row.owner_post_id,
    ownerStaffId: row.owner_staff_id,
    description: row.description,
    sortOrder: row.sort_order,
    risks
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const list = groups.get(key(item))
    if (list) list.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** Loads risk points with their risks and measures, optionally only some points. */
export async function loadRiskPoints(db: Executor, onlyIds?: readonly number[]): Promise<RiskPoint[]> {
  if (onlyIds && onlyIds.length === 0) return []

  let pointQuery = db.selectFrom('risk_point').selectAll().orderBy('sort_order').orderBy('id')
  if (onlyIds) pointQuery = pointQuery.where('id', 'in', onlyIds)
  const points = await pointQuery.execute()

  let riskQuery = db.selectFrom('risk').selectAll().orderBy('sort_order').orderBy('id')
  if (onlyIds) riskQuery = riskQuery.where('risk_point_id', 'in', onlyIds)
  const risks = await riskQuery.execute()

  let measureQuery = db.selectFrom('control_measure').selectAll().orderBy('sort_order').orderBy('id')
  if (onlyIds) {
    measureQuery = measureQuery.where('risk_id', 'in', (eb) => eb.selectFrom('risk').select('id').where('risk_point_id', 'in', onlyIds))
  }
  const measures = await measureQuery.execute()

  const measuresByRisk = groupBy(measures.map(toMeasure), (measure) => measure.riskId)
  const risksByPoint = groupBy(
    risks.map((row) => toRisk(row, measuresByRisk.get(row.id) ?? [])),
    (risk) => risk.riskPointId
  )
  return points.map((row) => toRiskPoint(row, risksByPoint.get(row.id) ?? []))
}

export async function getRiskPoint(db: Executor, id: number): Promise<RiskPoint> {
  const [point] = await loadRiskPoints(db, [id])
  if (!point) throw new AppError({ code: 'not-found', field: '风险点', detail: `编号 ${id}` })
  return point
}

export async function getRiskRow(db: Executor, id: number): Promise<RiskRow> {
  const row = await db.selectFrom('risk').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '风险', detail: `编号 ${id}` })
  return row
}

export async function getMeasureRow(db: Executor, id: number): Promise<ControlMeasureRow> {
  const row = await db.selectFrom('control_measure').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '管控措施', detail: `编号 ${id}` })
  return row
}

/** The next 风险点编号: FX-001, FX-002, … continuing after the highest number in use. */
export async function nextRiskPointCode(db: Executor): Promise<string> {
  const rows = await db.selectFrom('risk_point').select('code').execute()
  const highest = rows.reduce((max, row) => {
    const match = /^FX-(\d+)$/.exec(row.code)
    return match ? Math.max(max, Number(match[1])) : max
  }, 0)
  return `FX-${String(highest + 1).padStart(3, '0')}`
}

export async function nextSortOrder(db: Executor, table: 'risk_point' | 'risk' | 'control_measure' | 'check_item'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst()
  return (row?.max ?? 0) + 1
}
