import { AppError } from '../../shared/errors'
import type { RiskPoint } from '../../shared/domain/entities'
import type { ControlLevel, RiskLevel } from '../../shared/domain/levels'
import type { LibraryRisk, LibraryRiskPoint } from '../../shared/domain/library'
import type { RiskPointInput } from '../../shared/schemas/inputs'
import { audit, write, type Db, type Trx } from '../db/transaction'
import { addLibraryAnalysis } from '../analysis/library-analysis'
import { deriveCheck } from '../checklist/derive'
import { assertPostExists } from '../posts/posts.service'
import { riskLibrary } from '../resources/builtin'
import { getSchool } from '../school/school.service'
import { getValueTables } from '../settings/settings.service'
import { assertStaffExists } from '../staff/staff.service'
import { PostResolver } from './post-resolver'
import { getRiskPoint, loadRiskPoints, nextRiskPointCode, nextSortOrder } from './risk.repository'
import { gradedColumns } from './risks.service'
import type { ValueTables } from '../../shared/grading/value-tables'

export function listRiskPoints(db: Db): Promise<RiskPoint[]> {
  return loadRiskPoints(db)
}

export async function saveRiskPoint(db: Db, input: RiskPointInput): Promise<RiskPoint> {
  return write(db, async (trx) => {
    await assertPostExists(trx, input.ownerPostId, '责任岗位')
    await assertStaffExists(trx, input.ownerStaffId, '责任人')
    const values = {
      name: input.name,
      kind: input.kind,
      area: input.area,
      owner_post_id: input.ownerPostId,
      owner_staff_id: input.ownerStaffId,
      description: input.description
    }

    if (input.id === null) {
      const created = await trx
        .insertInto('risk_point')
        .values({ ...values, code: await nextRiskPointCode(trx), library_key: null, sort_order: await nextSortOrder(trx, 'risk_point') })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(trx, { entity: 'risk_point', entityId: created.id, action: 'create', after: values })
      return getRiskPoint(trx, created.id)
    }

    const before = await getRiskPoint(trx, input.id)
    await trx.updateTable('risk_point').set(values).where('id', '=', input.id).execute()
    await audit(trx, { entity: 'risk_point', entityId: input.id, action: 'update', before: { ...before, risks: undefined }, after: values })
    return getRiskPoint(trx, input.id)
  })
}

/** Deletes a risk point with its risks, measures and check items. */
export async function deleteRiskPoint(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getRiskPoint(trx, id)
    await trx.deleteFrom('risk_point').where('id', '=', id).execute()
    await audit(trx, { entity: 'risk_point', entityId: id, action: 'delete', before })
  })
}

async function addLibraryRisk(
  trx: Trx,
  pointId: number,
  risk: LibraryRisk,
  tables: ValueTables,
  posts: PostResolver
): Promise<number> {
  const ownerPostId = await posts.resolve(risk.ownerPostCode)
  const graded = gradedColumns(
    {
      id: null,
      riskPointId: pointId,
      hazard: risk.hazard,
      factorType: risk.factorType,
      consequence: risk.consequence,
      accidentTypes: risk.accidentTypes,
      method: 'lec',
      lecL: risk.lec.l,
      lecE: risk.lec.e,
      lecC: risk.lec.c,
      lsL: null,
      lsS: null,
      directLevel: '',
      controlLevel: risk.controlLevel ?? '',
      ownerPostId,
      ownerStaffId: null
    },
    tables
  )
  const created = await trx
    .insertInto('risk')
    .values({
      risk_point_id: pointId,
      library_key: risk.key,
      hazard: risk.hazard,
      factor_type: risk.factorType,
      consequence: risk.consequence,
      accident_types: JSON.stringify(risk.accidentTypes),
      owner_post_id: ownerPostId,
      owner_staff_id: null,
      sort_order: await nextSortOrder(trx, 'risk'),
      ...graded
    })
    .returning(['id', 'level', 'control_level'])
    .executeTakeFirstOrThrow()

  for (const libraryMeasure of risk.measures) {
    const measure = await trx
      .insertInto('control_measure')
      .values({
        risk_id: created.id,
        category: libraryMeasure.category,
        content: libraryMeasure.content,
        control_level: created.control_level,
        owner_post_id: ownerPostId,
        owner_staff_id: null,
        sort_order: await nextSortOrder(trx, 'control_measure')
      })
      .returning('id')
      .executeTakeFirstOrThrow()

    if (!libraryMeasure.check) continue
    const derived = deriveCheck(
      {
        id: measure.id,
        riskId: created.id,
        category: libraryMeasure.category,
        content: libraryMeasure.content,
        controlLevel: created.control_level as ControlLevel,
        ownerPostId,
        ownerStaffId: null,
        sortOrder: 0
      },
      { level: created.level as RiskLevel, ownerPostId },
      libraryMeasure.check,
      await posts.resolveCheckPost(libraryMeasure.check.postCode)
    )
    await trx
      .insertInto('check_item')
      .values({
        risk_point_id: pointId,
        measure_id: measure.id,
        content: derived.content,
        standard: derived.standard,
        method: derived.method,
        inspection_type: derived.inspectionType,
        frequency: derived.frequency,
        responsible_post_id: derived.responsiblePostId,
        edited: 0,
        dismissed: 0,
        sort_order: await nextSortOrder(trx, 'check_item')
      })
      .execute()
  }
  return created.id
}

async function addLibraryPoint(trx: Trx, point: LibraryRiskPoint, tables: ValueTables, posts: PostResolver): Promise<number> {
  const created = await trx
    .insertInto('risk_point')
    .values({
      code: await nextRiskPointCode(trx),
      library_key: point.key,
      name: point.name,
      kind: point.kind,
      area: point.area,
      owner_post_id: await posts.resolve(point.ownerPostCode),
      owner_staff_id: null,
      description: point.description,
      sort_order: await nextSortOrder(trx, 'risk_point')
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  const riskIds = new Map<string, number>()
  for (const risk of point.risks) {
    riskIds.set(risk.key, await addLibraryRisk(trx, created.id, risk, tables, posts))
  }
  await addLibraryAnalysis(trx, point, created.id, riskIds)
  await audit(trx, { entity: 'risk_point', entityId: created.id, action: 'create', after: { libraryKey: point.key, name: point.name } })
  return created.id
}

/**
 * Adds library risk points with their risks (graded by LEC with the library's typical factors, which the
 * school then reviews), measures and the check items of those measures. Each point also gets a default JHA
 * or SCL record whose steps or items link to its risks. Points already added are skipped. `customPoints` are
 * the consultant's custom library entries, added the same way as built-in ones.
 */
export async function addRiskPointsFromLibrary(db: Db, keys: readonly string[], customPoints: readonly LibraryRiskPoint[] = []): Promise<RiskPoint[]> {
  return write(db, async (trx) => {
    const school = await getSchool(trx)
    const tables = await getValueTables(trx)
    const posts = new PostResolver(trx, school.category, school.facilities)
    const present = new Set((await trx.selectFrom('risk_point').select('library_key').execute()).map((row) => row.library_key))
    const addedIds: number[] = []

    for (const key of keys) {
      const point = riskLibrary.riskPoints.find((candidate) => candidate.key === key) ?? customPoints.find((candidate) => candidate.key === key)
      if (!point) throw new AppError({ code: 'not-found', field: '风险库条目', detail: key })
      if (present.has(key)) continue
      addedIds.push(await addLibraryPoint(trx, point, tables, posts))
      present.add(key)
    }

    return loadRiskPoints(trx, addedIds)
  })
}
