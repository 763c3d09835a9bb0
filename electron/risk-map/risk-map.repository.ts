import { sql } from 'kysely'
import type { MapArea, MapImageType, MapPoint, MapShape, RiskMap, RiskMapState } from '../../shared/domain/risk-map'
import type { Executor } from '../db/transaction'

/** Reads the map row (without the image bytes) and its areas with their linked risk points. */

export interface MapRow {
  title: string
  width: number
  height: number
  northAngle: number
  drawnOn: string | null
  backgroundType: MapImageType | null
  backgroundName: string
  backgroundSha256: string
  backgroundBytes: number
  updatedAt: string
}

/** Parses a stored points column; a malformed value reads as no points, which draws nothing. */
export function parsePoints(value: string): MapPoint[] {
  try {
    const parsed: unknown = JSON.parse(value)
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (point): point is MapPoint => Array.isArray(point) && point.length === 2 && typeof point[0] === 'number' && typeof point[1] === 'number'
    )
  } catch {
    return []
  }
}

export async function getMapRow(db: Executor): Promise<MapRow | undefined> {
  const row = await db
    .selectFrom('risk_map')
    .select([
      'title',
      'width',
      'height',
      'north_angle',
      'drawn_on',
      'background_type',
      'background_name',
      'background_sha256',
      'updated_at',
      sql<number>`coalesce(length(background), 0)`.as('background_bytes')
    ])
    .where('id', '=', 1)
    .executeTakeFirst()
  if (!row) return undefined
  return {
    title: row.title,
    width: row.width,
    height: row.height,
    northAngle: row.north_angle,
    drawnOn: row.drawn_on,
    backgroundType: row.background_type as MapImageType | null,
    backgroundName: row.background_name,
    backgroundSha256: row.background_sha256,
    backgroundBytes: row.background_bytes,
    updatedAt: row.updated_at
  }
}

export function toRiskMap(row: MapRow): RiskMap {
  return {
    title: row.title,
    width: row.width,
    height: row.height,
    northAngle: row.northAngle,
    drawnOn: row.drawnOn,
    background:
      row.backgroundType === null
        ? null
        : { type: row.backgroundType, fileName: row.backgroundName, bytes: row.backgroundBytes, version: row.backgroundSha256.slice(0, 16) },
    updatedAt: row.updatedAt
  }
}

export async function listAreas(db: Executor): Promise<MapArea[]> {
  const rows = await db.selectFrom('map_area').selectAll().orderBy('sort_order').orderBy('id').execute()
  const links = await db.selectFrom('map_area_point').select(['area_id', 'risk_point_id']).orderBy('risk_point_id').execute()
  return rows.map((row) => ({
    id: row.id,
    shape: row.shape as MapShape,
    points: parsePoints(row.points),
    label: row.label,
    sortOrder: row.sort_order,
    riskPointIds: links.filter((link) => link.area_id === row.id).map((link) => link.risk_point_id)
  }))
}

export async function getArea(db: Executor, id: number): Promise<MapArea | undefined> {
  return (await listAreas(db)).find((area) => area.id === id)
}

export async function loadRiskMapState(db: Executor): Promise<RiskMapState> {
  const row = await getMapRow(db)
  if (!row) return { map: null, areas: [] }
  return { map: toRiskMap(row), areas: await listAreas(db) }
}

/** Reads the stored image bytes, or undefined on a blank grid. */
export async function getBackgroundBytes(db: Executor): Promise<{ type: MapImageType; content: Buffer; sha256: string } | undefined> {
  const row = await db.selectFrom('risk_map').select(['background', 'background_type', 'background_sha256']).where('id', '=', 1).executeTakeFirst()
  if (!row || row.background === null || row.background_type === null) return undefined
  return { type: row.background_type as MapImageType, content: row.background, sha256: row.background_sha256 }
}
