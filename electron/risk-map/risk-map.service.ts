import { localDate } from '../../shared/domain/local-date'
import { defaultMapTitle, mapImageMime, riskMapLimits, type MapBackgroundImage, type MapPoint, type MapShape, type RiskMapState } from '../../shared/domain/risk-map'
import { AppError } from '../../shared/errors'
import { minimumAreaSide, scalePoints, shapeProblem } from '../../shared/risk-map/geometry'
import type { AreaDetailsInput, AreaShapeInput, BlankMapInput, MapSettingsInput, NewAreaInput } from '../../shared/schemas/risk-map-inputs'
import { audit, write, type Db, type Trx } from '../db/transaction'
import { createLogger } from '../logging/logger'
import { loadMapImage } from './map-image'
import { getArea, getBackgroundBytes, getMapRow, listAreas, loadRiskMapState, type MapRow } from './risk-map.repository'

const log = createLogger('risk-map')

/**
 * The four-colour risk map: one map per school file, its areas and their links to risk points. Every
 * change is one transaction with its audit row, and returns the map as stored.
 */

export function getRiskMapState(db: Db): Promise<RiskMapState> {
  return loadRiskMapState(db)
}

export async function getBackgroundImage(db: Db): Promise<MapBackgroundImage | null> {
  const image = await getBackgroundBytes(db)
  if (!image) return null
  return { type: image.type, version: image.sha256.slice(0, 16), dataUri: `data:${mapImageMime(image.type)};base64,${image.content.toString('base64')}` }
}

async function requireMap(trx: Trx): Promise<MapRow> {
  const row = await getMapRow(trx)
  if (!row) throw new AppError({ code: 'risk-map-missing' })
  return row
}

function now(): string {
  return new Date().toISOString()
}

/** Returns what the audit log keeps of the map: everything but the image bytes. */
function mapSummary(row: MapRow): Record<string, unknown> {
  return {
    title: row.title,
    width: row.width,
    height: row.height,
    northAngle: row.northAngle,
    drawnOn: row.drawnOn,
    background: row.backgroundType === null ? null : { type: row.backgroundType, fileName: row.backgroundName, bytes: row.backgroundBytes, sha256: row.backgroundSha256 }
  }
}

/** Starts a map on a blank grid of the given size in map units. */
export async function createBlankMap(db: Db, input: BlankMapInput, today = localDate(new Date())): Promise<RiskMapState> {
  return write(db, async (trx) => {
    if (await getMapRow(trx)) throw new AppError({ code: 'risk-map-exists' })
    const values = { id: 1, title: defaultMapTitle, width: input.width ?? 0, height: input.height ?? 0, north_angle: 0, drawn_on: today }
    await trx.insertInto('risk_map').values({ ...values, background: null, background_type: null, background_name: '', background_sha256: '', updated_at: now() }).execute()
    await audit(trx, { entity: 'risk_map', entityId: 1, action: 'create', after: values })
    return loadRiskMapState(trx)
  })
}

/**
 * Puts a plan image under the map, starting the map if there is none. The image is checked and decoded
 * before anything is written, so a refused file changes nothing. Areas keep their place on the plan: when
 * the new image has another size, their points are scaled with it.
 */
export async function setBackground(db: Db, file: string, today = localDate(new Date())): Promise<RiskMapState> {
  const image = await loadMapImage(file)
  const state = await write(db, async (trx) => {
    const before = await getMapRow(trx)
    const background = { background: image.content, background_type: image.type, background_name: image.fileName, background_sha256: image.sha256 }
    const after = { width: image.width, height: image.height, background: { type: image.type, fileName: image.fileName, bytes: image.content.length, sha256: image.sha256 } }

    if (!before) {
      await trx
        .insertInto('risk_map')
        .values({ id: 1, title: defaultMapTitle, width: image.width, height: image.height, north_angle: 0, drawn_on: today, ...background, updated_at: now() })
        .execute()
      await audit(trx, { entity: 'risk_map', entityId: 1, action: 'create', after: { title: defaultMapTitle, ...after } })
      return loadRiskMapState(trx)
    }

    const scaledAreas = await scaleAreas(trx, image.width / before.width, image.height / before.height)
    await trx.updateTable('risk_map').set({ width: image.width, height: image.height, ...background, updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'risk_map', entityId: 1, action: 'set-background', before: mapSummary(before), after: { ...after, scaledAreas } })
    return loadRiskMapState(trx)
  })
  log.info(`plan image ${image.fileName} stored (${image.width}×${image.height}, ${image.content.length} bytes)`)
  return state
}

/** Scales every area's points; returns how many areas moved. */
async function scaleAreas(trx: Trx, scaleX: number, scaleY: number): Promise<number> {
  if (Math.abs(scaleX - 1) < 1e-9 && Math.abs(scaleY - 1) < 1e-9) return 0
  const areas = await listAreas(trx)
  for (const area of areas) {
    await trx.updateTable('map_area').set({ points: JSON.stringify(scalePoints(area.points, scaleX, scaleY)) }).where('id', '=', area.id).execute()
  }
  return areas.length
}

/** Removes the plan image; the drawing keeps its size and its areas, on a blank grid. */
export async function removeBackground(db: Db): Promise<RiskMapState> {
  return write(db, async (trx) => {
    const before = await requireMap(trx)
    if (before.backgroundType === null) return loadRiskMapState(trx)
    await trx
      .updateTable('risk_map')
      .set({ background: null, background_type: null, background_name: '', background_sha256: '', updated_at: now() })
      .where('id', '=', 1)
      .execute()
    await audit(trx, { entity: 'risk_map', entityId: 1, action: 'remove-background', before: mapSummary(before), after: { background: null } })
    return loadRiskMapState(trx)
  })
}

export async function saveMapSettings(db: Db, input: MapSettingsInput): Promise<RiskMapState> {
  return write(db, async (trx) => {
    const before = await requireMap(trx)
    const values = { title: input.title, north_angle: input.northAngle ?? 0, drawn_on: input.drawnOn }
    await trx.updateTable('risk_map').set({ ...values, updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'risk_map', entityId: 1, action: 'update', before: mapSummary(before), after: values })
    return loadRiskMapState(trx)
  })
}

/** Checks that a shape lies on the drawing and is big enough to see; throws the message the user reads. */
function assertShape(map: MapRow, shape: MapShape, points: readonly MapPoint[]): void {
  const outside = points.find(([x, y]) => x < 0 || y < 0 || x > map.width || y > map.height)
  if (outside) {
    throw new AppError({
      code: 'out-of-range',
      field: '区域顶点',
      value: `(${outside[0]}, ${outside[1]})`,
      detail: `区域应画在图幅（宽 ${map.width}、高 ${map.height}）以内`
    })
  }
  const problem = shapeProblem({ shape, points }, minimumAreaSide(map))
  if (problem) throw new AppError({ code: 'invalid-input', field: '区域形状', detail: problem })
}

async function assertRiskPointsExist(trx: Trx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const found = await trx.selectFrom('risk_point').select('id').where('id', 'in', [...ids]).execute()
  const missing = ids.find((id) => !found.some((row) => row.id === id))
  if (missing !== undefined) throw new AppError({ code: 'not-found', field: '关联风险点', detail: `编号 ${missing}` })
}

async function replaceLinks(trx: Trx, areaId: number, riskPointIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('map_area_point').where('area_id', '=', areaId).execute()
  if (riskPointIds.length === 0) return
  await trx
    .insertInto('map_area_point')
    .values(riskPointIds.map((riskPointId) => ({ area_id: areaId, risk_point_id: riskPointId })))
    .execute()
}

export async function addArea(db: Db, input: NewAreaInput): Promise<RiskMapState> {
  return write(db, async (trx) => {
    const map = await requireMap(trx)
    assertShape(map, input.shape, input.points)
    await assertRiskPointsExist(trx, input.riskPointIds)
    const count = await trx.selectFrom('map_area').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    if (Number(count.count) >= riskMapLimits.maxAreas) {
      throw new AppError({ code: 'out-of-range', field: '区域数量', detail: `一张图最多画 ${riskMapLimits.maxAreas} 个区域` })
    }

    const last = await trx.selectFrom('map_area').select((eb) => eb.fn.max('sort_order').as('last')).executeTakeFirst()
    const values = { shape: input.shape, points: JSON.stringify(input.points), label: input.label, sort_order: (last?.last ?? 0) + 1 }
    const created = await trx.insertInto('map_area').values(values).returning('id').executeTakeFirstOrThrow()
    await replaceLinks(trx, created.id, input.riskPointIds)
    await trx.updateTable('risk_map').set({ updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'map_area', entityId: created.id, action: 'create', after: { ...input } })
    return loadRiskMapState(trx)
  })
}

async function requireArea(trx: Trx, id: number) {
  const area = await getArea(trx, id)
  if (!area) throw new AppError({ code: 'not-found', field: '区域', detail: `编号 ${id}` })
  return area
}

/** Saves an area's name and the risk points it contains. */
export async function saveArea(db: Db, input: AreaDetailsInput): Promise<RiskMapState> {
  return write(db, async (trx) => {
    await requireMap(trx)
    const before = await requireArea(trx, input.id)
    await assertRiskPointsExist(trx, input.riskPointIds)
    await trx.updateTable('map_area').set({ label: input.label }).where('id', '=', input.id).execute()
    await replaceLinks(trx, input.id, input.riskPointIds)
    await trx.updateTable('risk_map').set({ updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'map_area', entityId: input.id, action: 'update', before, after: { label: input.label, riskPointIds: input.riskPointIds } })
    return loadRiskMapState(trx)
  })
}

/** Saves an area's points after it was moved or its vertices were dragged; its shape stays what it is. */
export async function reshapeArea(db: Db, input: AreaShapeInput): Promise<RiskMapState> {
  return write(db, async (trx) => {
    const map = await requireMap(trx)
    const before = await requireArea(trx, input.id)
    assertShape(map, before.shape, input.points)
    await trx.updateTable('map_area').set({ points: JSON.stringify(input.points) }).where('id', '=', input.id).execute()
    await trx.updateTable('risk_map').set({ updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'map_area', entityId: input.id, action: 'update', before: { points: before.points }, after: { points: input.points } })
    return loadRiskMapState(trx)
  })
}

/** Deletes an area and its links; the risk points themselves stay. */
export async function deleteArea(db: Db, id: number): Promise<RiskMapState> {
  return write(db, async (trx) => {
    await requireMap(trx)
    const before = await requireArea(trx, id)
    await trx.deleteFrom('map_area').where('id', '=', id).execute()
    await trx.updateTable('risk_map').set({ updated_at: now() }).where('id', '=', 1).execute()
    await audit(trx, { entity: 'map_area', entityId: id, action: 'delete', before })
    return loadRiskMapState(trx)
  })
}

/** Deletes the whole map: the image, every area and every link. */
export async function deleteRiskMap(db: Db): Promise<RiskMapState> {
  return write(db, async (trx) => {
    const before = await requireMap(trx)
    const areas = await listAreas(trx)
    await trx.deleteFrom('map_area').execute()
    await trx.deleteFrom('risk_map').execute()
    await audit(trx, { entity: 'risk_map', entityId: 1, action: 'delete', before: { ...mapSummary(before), areas } })
    return { map: null, areas: [] }
  })
}
