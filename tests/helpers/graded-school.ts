import type { RiskLevel } from '../../shared/domain/levels'
import { riskInput, riskPointInput, schoolInput } from '../../shared/schemas/inputs'
import type { Db } from '../../electron/db/transaction'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import { saveSettings } from '../../electron/settings/settings.service'
import { saveStaff } from '../../electron/staff/staff.service'

/**
 * A school whose risks sit on the boundaries of the LS presets: R = 3, 4, 8, 9, 10, 12, 15, 16 and 20, one LEC
 * risk (D = 270) and one graded directly. Under preset A (the default) that is 1 重大, 6 较大, 3 一般, 1 低.
 */
export const lsRisks = [
  { hazard: '旗杆拉绳磨损', l: 1, s: 3 },
  { hazard: '走廊地面湿滑', l: 2, s: 2 },
  { hazard: '体育器材底座松动', l: 2, s: 4 },
  { hazard: '课间追逐打闹', l: 3, s: 3 },
  { hazard: '配电箱门未上锁', l: 2, s: 5 },
  { hazard: '楼梯扶手松动', l: 3, s: 4 },
  { hazard: '实验室化学品混放', l: 3, s: 5 },
  { hazard: '围墙局部开裂倾斜', l: 4, s: 4 },
  { hazard: '食堂燃气管道老化泄漏', l: 4, s: 5 }
] as const

export const lecHazard = '校车超员行驶'
export const directHazard = '学生心理危机未及时发现'

export interface GradedSchool {
  pointIds: { campus: number; activity: number }
  /** Risk ids by hazard. */
  riskIds: Record<string, number>
  staffId: number
}

/** Fills a new school file with the boundary risks, a person and an operator name. */
export async function seedGradedSchool(db: Db): Promise<GradedSchool> {
  await saveSettings(db, { operatorName: '刘德福' })
  await saveSchool(db, schoolInput.parse({ name: '焦作市山阳区实验小学', county: '山阳区', category: '小学', principal: '王建国' }))
  const person = await saveStaff(db, { id: null, name: '张志强', phone: '13903910003', department: '总务处', note: '' })

  const campus = await saveRiskPoint(db, riskPointInput.parse({ name: '教学区', kind: 'facility', area: '校园' }))
  const activity = await saveRiskPoint(db, riskPointInput.parse({ name: '校外活动', kind: 'activity', area: '校外' }))
  const riskIds: Record<string, number> = {}
  const add = async (pointId: number, values: Record<string, unknown>) => {
    const saved = await saveRisk(db, riskInput.parse({ riskPointId: pointId, factorType: '物的因素', consequence: '人员受伤', accidentTypes: ['20'], ownerStaffId: person.id, ...values }))
    const risk = saved.risks[saved.risks.length - 1]
    riskIds[risk.hazard] = risk.id
  }

  for (const risk of lsRisks) await add(campus.id, { hazard: risk.hazard, method: 'ls', lsL: risk.l, lsS: risk.s })
  await add(activity.id, { hazard: lecHazard, method: 'lec', lecL: 3, lecE: 6, lecC: 15 })
  await add(activity.id, { hazard: directHazard, method: 'direct', directLevel: 'medium' satisfies RiskLevel })

  return { pointIds: { campus: campus.id, activity: activity.id }, riskIds, staffId: person.id }
}
