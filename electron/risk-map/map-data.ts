import type { MapImageType } from '../../shared/domain/risk-map'
import type { RiskMapData, SchoolData } from '../../shared/exchange/school-data'
import type { Executor } from '../db/transaction'
import { getBackgroundBytes, getMapRow, listAreas } from './risk-map.repository'

/** Returns the export package entry that carries the plan image. */
export function mapBackgroundEntry(type: MapImageType): string {
  return `data/risk-map-background.${type === 'png' ? 'png' : 'jpg'}`
}

/**
 * Reads the map for the school snapshot, with the image bytes inline as base64 so the documents can draw
 * it. Returns undefined when the school has not started a map.
 */
export async function loadRiskMapData(db: Executor): Promise<RiskMapData | undefined> {
  const row = await getMapRow(db)
  if (!row) return undefined
  const image = row.backgroundType === null ? undefined : await getBackgroundBytes(db)

  return {
    title: row.title,
    width: row.width,
    height: row.height,
    northAngle: row.northAngle,
    drawnOn: row.drawnOn,
    background: image
      ? {
          type: image.type,
          fileName: row.backgroundName,
          bytes: image.content.length,
          sha256: image.sha256,
          entry: mapBackgroundEntry(image.type),
          base64: image.content.toString('base64')
        }
      : null,
    areas: (await listAreas(db)).map((area) => ({ ...area }))
  }
}

/** True when the school has drawn at least one area: only then are the map's picture and poster printed. */
export function hasDrawnMap(data: Pick<SchoolData, 'riskMap'>): data is { riskMap: RiskMapData } {
  return data.riskMap !== undefined && data.riskMap.areas.length > 0
}

/** An entry of the export package, as the package builder lists it. */
export interface MapBackgroundEntry {
  path: string
  title: string
  kind: 'png' | 'jpeg'
  content: Uint8Array
}

/**
 * Splits the plan image off a snapshot for the export package: the data without the inline base64 (the
 * JSON keeps the entry name and SHA-256) and the image as its own entry. A snapshot without an inline image
 * is returned as it is.
 */
export function separateMapBackground(data: SchoolData): { data: SchoolData; background?: MapBackgroundEntry } {
  const background = data.riskMap?.background
  if (!data.riskMap || !background?.base64) return { data }

  const { base64, ...reference } = background
  return {
    data: { ...data, riskMap: { ...data.riskMap, background: reference } },
    background: { path: background.entry, title: '安全风险四色分布图底图（校园平面图）', kind: background.type, content: Buffer.from(base64, 'base64') }
  }
}
