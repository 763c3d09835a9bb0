import type { Selectable } from 'kysely'
import type { RiskPoint } from '../../shared/domain/entities'
import { defaultReportTo, type MajorRiskEntry, type MajorRiskList, type MajorRiskPlan } from '../../shared/domain/major-risks'
import { AppError } from '../../shared/errors'
import type { MajorRiskPlanInput } from '../../shared/schemas/major-risk-inputs'
import type { MajorRiskPlanTable } from '../db/schema'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { getRiskRow, loadRiskPoints } from '../risks/risk.repository'
import { getSchool } from '../school/school.service'
import { assertStaffExists } from '../staff/staff.service'

function toPlan(row: Selectable<MajorRiskPlanTable>): MajorRiskPlan {
  return {
    riskId: row.risk_id,
    objective: row.objective,
    measures: row.measures,
    funds: row.funds,
    responsibleStaffId: row.responsible_staff_id,
    deadline: row.deadline,
    monitoring: row.monitoring,
    emergency: row.emergency,
    reportedOn: row.reported_on,
    reportTo: row.report_to,
    updatedAt: row.updated_at
  }
}

/** Lists every stored plan, in risk id order: the exchange format carries them as they are. */
export async function listMajorRiskPlans(db: Executor): Promise<MajorRiskPlan[]> {
  const rows = await db.selectFrom('major_risk_plan').selectAll().orderBy('risk_id').execute()
  return rows.map(toPlan)
}

function entriesOf(points: readonly RiskPoint[], plans: ReadonlyMap<number, MajorRiskPlan>, wanted: (level: string, hasPlan: boolean) => boolean): MajorRiskEntry[] {
  return points.flatMap((point) =>
    point.risks
      .filter((risk) => wanted(risk.level, plans.has(risk.id)))
      .map((risk) => ({ point: { id: point.id, code: point.code, name: point.name, area: point.area }, risk, plan: plans.get(risk.id) ?? null }))
  )
}

/** Lists the risks graded 重大 with their plans, and apart from them the plans of risks no longer 重大. */
export async function listMajorRisks(db: Executor): Promise<MajorRiskList> {
  const points = await loadRiskPoints(db)
  const plans = new Map((await listMajorRiskPlans(db)).map((plan) => [plan.riskId, plan]))
  const school = await getSchool(db)
  return {
    current: entriesOf(points, plans, (level) => level === 'major'),
    downgraded: entriesOf(points, plans, (level, hasPlan) => level !== 'major' && hasPlan),
    defaultReportTo: defaultReportTo(school.county)
  }
}

/**
 * Creates or updates the plan of a major risk. A risk that is not 重大 gets no new plan, but the plan of a risk
 * that was downgraded can still be corrected.
 */
export async function saveMajorRiskPlan(db: Db, input: MajorRiskPlanInput, now = new Date()): Promise<MajorRiskPlan> {
  return write(db, async (trx) => {
    const risk = await getRiskRow(trx, input.riskId)
    const before = await trx.selectFrom('major_risk_plan').selectAll().where('risk_id', '=', input.riskId).executeTakeFirst()
    if (risk.level !== 'major' && !before) {
      throw new AppError({ code: 'invalid-input', field: '重大风险', value: risk.hazard, detail: '该风险不是重大风险，不需要填写重大风险管控方案' })
    }
    await assertStaffExists(trx, input.responsibleStaffId, '责任人')

    const values = {
      objective: input.objective,
      measures: input.measures,
      funds: input.funds,
      responsible_staff_id: input.responsibleStaffId,
      deadline: input.deadline,
      monitoring: input.monitoring,
      emergency: input.emergency,
      reported_on: input.reportedOn,
      report_to: input.reportTo,
      updated_at: now.toISOString()
    }
    const saved = await trx
      .insertInto('major_risk_plan')
      .values({ risk_id: input.riskId, ...values })
      .onConflict((conflict) => conflict.column('risk_id').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow()
    await audit(trx, { entity: 'major_risk_plan', entityId: input.riskId, action: before ? 'update' : 'create', before, after: saved })
    return toPlan(saved)
  })
}

/** Deletes the plan of a risk, e.g. one kept after the risk was downgraded that is no longer wanted. */
export async function deleteMajorRiskPlan(db: Db, riskId: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await trx.selectFrom('major_risk_plan').selectAll().where('risk_id', '=', riskId).executeTakeFirst()
    if (!before) throw new AppError({ code: 'not-found', field: '重大风险管控方案', detail: `风险编号 ${riskId}` })
    await trx.deleteFrom('major_risk_plan').where('risk_id', '=', riskId).execute()
    await audit(trx, { entity: 'major_risk_plan', entityId: riskId, action: 'delete', before })
  })
}
