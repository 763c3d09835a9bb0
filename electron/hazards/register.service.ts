import type { Insertable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { HazardDetail } from '../../shared/contract/hazards'
import { samePerson } from '../../shared/domain/hazards'
import type { HazardOnTheSpotInput, HazardRegisterInput } from '../../shared/schemas/hazard-inputs'
import type { HazardTable } from '../db/schema'
import { audit, write, type Db, type Trx } from '../db/transaction'
import { assertNotBefore, assertNotFuture, schoolToday } from './dates'
import { insertEvent } from './hazard-change'
import { nextHazardCode } from './hazard-codes'
import { getHazardDetail } from './hazard-detail'
import { loadHazardRow, toHazard } from './hazard-rows'
import { resolvePerson } from './people'
import { insertPhotos, photoNote, processPhotos } from './photos.service'
import type { ProcessedPhoto } from './photos'
import { checkInspectionResult, prepareRegistration, type Registration } from './registration'

/** Picture files for a new hazard, already resolved from their dialog tokens. */
export interface NewHazardPhotos {
  found: readonly string[]
  rectified: readonly string[]
}

const noPhotos: NewHazardPhotos = { found: [], rectified: [] }

async function insertHazard(trx: Trx, registration: Registration, extra: Partial<Insertable<HazardTable>>, now: Date): Promise<number> {
  const stamp = now.toISOString()
  const created = await trx
    .insertInto('hazard')
    .values({
      code: await nextHazardCode(trx, String(registration.columns.found_on)),
      description: '',
      found_on: '',
      source: 'inspection',
      category: 'site',
      grade: registration.grade,
      state: 'reported',
      ...registration.columns,
      ...extra,
      created_at: stamp,
      updated_at: stamp
    } as Insertable<HazardTable>)
    .returning('id')
    .executeTakeFirstOrThrow()
  return created.id
}

async function storePhotos(trx: Trx, hazardId: number, found: ProcessedPhoto[], rectified: ProcessedPhoto[], now: Date): Promise<void> {
  await insertPhotos(trx, hazardId, 'found', found, now)
  await insertPhotos(trx, hazardId, 'rectified', rectified, now)
}

/**
 * 登记: records a new hazard in 登记 with its code YH-<year found>-<number>. A hazard raised from an
 * inspection result names it; its risk point then defaults to the result's.
 */
export async function registerHazard(db: Db, input: HazardRegisterInput, photos: NewHazardPhotos = noPhotos, now = new Date()): Promise<HazardDetail> {
  const found = await processPhotos(photos.found)

  return write(db, async (trx) => {
    const registration = await prepareRegistration(trx, input, schoolToday(now))
    if (input.inspectionResultId !== null) {
      const resultPoint = await checkInspectionResult(trx, input.inspectionResultId, input.source)
      if (registration.columns.risk_point_id === null) registration.columns.risk_point_id = resultPoint
    }

    const id = await insertHazard(trx, registration, { inspection_result_id: input.inspectionResultId }, now)
    const note = found.length > 0 ? `${registration.note}；${photoNote('found', found)}` : registration.note
    await insertEvent(trx, { hazardId: id, action: 'register', fromState: null, toState: 'reported', note }, now)
    await storePhotos(trx, id, found, [], now)

    await audit(trx, { entity: 'hazard', entityId: id, action: 'create', after: toHazard(await loadHazardRow(trx, id)) })
    return getHazardDetail(trx, id, now)
  })
}

/**
 * 立即整改 (立查立改): records a 一般 hazard fixed where it was found as registered, rectified and accepted in
 * one step. It then waits in 待验收 for 销号. The acceptor must be someone other than the rectifier.
 */
export async function recordOnTheSpot(db: Db, input: HazardOnTheSpotInput, photos: NewHazardPhotos = noPhotos, now = new Date()): Promise<HazardDetail> {
  if (input.grade === 'major' || input.majorCriteria.length > 0) {
    throw new AppError({
      code: 'hazard-action-not-allowed',
      field: '立即整改',
      detail: '只有一般事故隐患可以当场整改、当场验收。重大事故隐患须先登记，落实五落实、编制治理方案并上报后再整改。'
    })
  }
  const batchSize = photos.found.length + photos.rectified.length
  const found = await processPhotos(photos.found, batchSize)
  const rectified = await processPhotos(photos.rectified, batchSize)

  return write(db, async (trx) => {
    const today = schoolToday(now)
    const registration = await prepareRegistration(trx, input, today)
    assertNotFuture(input.rectifiedOn, '整改完成日期', today)
    assertNotBefore(input.rectifiedOn, '整改完成日期', input.foundOn, '发现日期')
    assertNotFuture(input.acceptedOn, '验收日期', today)
    assertNotBefore(input.acceptedOn, '验收日期', input.rectifiedOn, '整改完成日期')
    if (input.inspectionResultId !== null) {
      const resultPoint = await checkInspectionResult(trx, input.inspectionResultId, input.source)
      if (registration.columns.risk_point_id === null) registration.columns.risk_point_id = resultPoint
    }

    const rectifier = await resolvePerson(trx, input.rectifier, '整改人')
    const acceptor = await resolvePerson(trx, input.acceptor, '验收人')
    if (samePerson(rectifier, acceptor)) throw new AppError({ code: 'hazard-acceptor-is-rectifier', value: acceptor.name })

    const id = await insertHazard(
      trx,
      registration,
      {
        inspection_result_id: input.inspectionResultId,
        state: 'awaiting-acceptance',
        fixed_on_the_spot: 1,
        responsible_staff_id: rectifier.staffId,
        responsible_name: rectifier.name,
        measures: input.measures,
        deadline: input.rectifiedOn,
        rectified_on: input.rectifiedOn,
        rectifier_staff_id: rectifier.staffId,
        rectifier_name: rectifier.name,
        rectification_note: input.rectificationNote,
        accepted_on: input.acceptedOn,
        acceptor_staff_id: acceptor.staffId,
        acceptor_name: acceptor.name,
        acceptance_opinion: input.acceptanceOpinion
      },
      now
    )

    const photoLines = [found.length > 0 ? photoNote('found', found) : '', rectified.length > 0 ? photoNote('rectified', rectified) : ''].filter(Boolean)
    await insertEvent(trx, { hazardId: id, action: 'register', fromState: null, toState: 'reported', note: registration.note }, now)
    const fixNote = [`整改人：${rectifier.name}，${input.rectifiedOn} 完成：${input.measures}`, ...photoLines].join('；')
    await insertEvent(trx, { hazardId: id, action: 'on-the-spot', fromState: 'reported', toState: 'awaiting-acceptance', note: fixNote }, now)
    const acceptNote = `验收人：${acceptor.name}，${input.acceptedOn}：${input.acceptanceOpinion}`
    await insertEvent(trx, { hazardId: id, action: 'accept', fromState: 'awaiting-acceptance', toState: 'awaiting-acceptance', note: acceptNote }, now)
    await storePhotos(trx, id, found, rectified, now)

    await audit(trx, { entity: 'hazard', entityId: id, action: 'create', after: toHazard(await loadHazardRow(trx, id)) })
    return getHazardDetail(trx, id, now)
  })
}
