import type { RiskLevel } from '../../shared/domain/levels'
import { riskInput, riskPointInput } from '../../shared/schemas/inputs'
import type { Db } from '../../electron/db/transaction'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'

/** Adds a risk point with one risk graded directly at `level`, or without risks when `level` is undefined. */
export async function addPoint(db: Db, name: string, level: RiskLevel | undefined): Promise<number> {
  const point = await saveRiskPoint(db, riskPointInput.parse({ name, kind: 'facility', area: name }))
  if (level) {
    await saveRisk(
      db,
      riskInput.parse({ riskPointId: point.id, hazard: `${name}的危险因素`, factorType: '物的因素', accidentTypes: ['01'], method: 'direct', directLevel: level })
    )
  }
  return point.id
}

/** Adds four points, one per level, and a point not graded yet; returns their ids by level. */
export async function addPointsOfEveryLevel(db: Db): Promise<Record<RiskLevel | 'ungraded', number>> {
  return {
    major: await addPoint(db, '教学楼楼梯', 'major'),
    high: await addPoint(db, '学生食堂', 'high'),
    medium: await addPoint(db, '操场', 'medium'),
    low: await addPoint(db, '门卫室', 'low'),
    ungraded: await addPoint(db, '新建车棚', undefined)
  }
}
