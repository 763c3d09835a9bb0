import type { Updateable } from 'kysely'
import { AppError } from '../../shared/errors'
import { hazardGradeLabels, type HazardGrade } from '../../shared/domain/hazards'
import type { HazardRegisterInput } from '../../shared/schemas/hazard-inputs'
import type { HazardTable } from '../db/schema'
import type { Executor } from '../db/transaction'
import { getMajorHazardCriteria } from './criteria.service'
import { assertNotFuture } from './dates'
import { resolvePerson } from './people'

/** The registration fields shared by 登记, 修改登记信息 and 立即整改, checked against the school file. */
export type RegistrationInput = Omit<HazardRegisterInput, 'inspectionResultId' | 'photoTokens'>

export interface Registration {
  columns: Updateable<HazardTable>
  grade: HazardGrade
  /** The history note: grade, and the criteria that made it 重大. */
  note: string
}

async function assertRiskPointExists(db: Executor, riskPointId: number | null): Promise<void> {
  if (riskPointId === null) return
  const point = await db.selectFrom('risk_point').select('id').where('id', '=', riskPointId).executeTakeFirst()
  if (!point) throw new AppError({ code: 'not-found', field: '风险点', detail: `编号 ${riskPointId}` })
}

/**
 * Checks the registration fields and returns the columns to store. Ticking any major-hazard criterion
 * makes the hazard 重大 whatever grade was chosen; unknown criteria codes are refused.
 */
export async function prepareRegistration(db: Executor, input: RegistrationInput, today: string): Promise<Registration> {
  assertNotFuture(input.foundOn, '发现日期', today)
  await assertRiskPointExists(db, input.riskPointId)

  const criteria = await getMajorHazardCriteria(db)
  const unknown = input.majorCriteria.find((code) => !criteria.criteria.some((criterion) => criterion.code === code))
  if (unknown !== undefined) {
    throw new AppError({ code: 'invalid-choice', field: '重大事故隐患判定情形', value: unknown, allowed: criteria.criteria.map((criterion) => criterion.code) })
  }

  const grade: HazardGrade = input.majorCriteria.length > 0 ? 'major' : input.grade
  const foundBy = await resolvePerson(db, input.foundBy, '发现人')
  const ticked = criteria.criteria.filter((criterion) => input.majorCriteria.includes(criterion.code))
  const reasons = ticked.map((criterion) => `${criterion.code} ${criterion.text}`).join('；')

  return {
    grade,
    note: ticked.length > 0 ? `${hazardGradeLabels[grade]}（判定情形：${reasons}）` : hazardGradeLabels[grade],
    columns: {
      description: input.description,
      risk_point_id: input.riskPointId,
      place: input.place,
      found_on: input.foundOn,
      found_by_staff_id: foundBy.staffId,
      found_by_name: foundBy.name,
      source: input.source,
      category: input.category,
      grade,
      major_criteria: JSON.stringify(input.majorCriteria)
    }
  }
}

/**
 * Checks the inspection result a hazard is raised from: it exists, was recorded as not OK, and has no
 * hazard yet. Returns the result's risk point, the default for the hazard's.
 */
export async function checkInspectionResult(db: Executor, resultId: number, source: string): Promise<number | null> {
  if (source !== 'inspection') {
    throw new AppError({ code: 'invalid-input', field: '隐患来源', detail: '由排查结果登记的隐患，来源应为“排查发现”' })
  }
  const result = await db.selectFrom('inspection_result').select(['id', 'result', 'risk_point_id']).where('id', '=', resultId).executeTakeFirst()
  if (!result) throw new AppError({ code: 'not-found', field: '排查结果', detail: `编号 ${resultId}` })
  if (result.result !== 'not-ok') {
    throw new AppError({ code: 'invalid-input', field: '排查结果', value: String(resultId), detail: '只有结论为“不合格”的排查结果才能登记为隐患' })
  }
  const existing = await db.selectFrom('hazard').select('code').where('inspection_result_id', '=', resultId).executeTakeFirst()
  if (existing) throw new AppError({ code: 'hazard-result-registered', value: existing.code })
  return result.risk_point_id
}
