/** The four-colour risk map (安全风险四色分布图): the campus plan with each area coloured by its highest risk level. */

export const mapShapes = ['rect', 'polygon'] as const
export type MapShape = (typeof mapShapes)[number]

export const mapShapeLabels: Record<MapShape, string> = {
  rect: '矩形',
  polygon: '多边形'
}

export const mapImageTypes = ['png', 'jpeg'] as const
export type MapImageType = (typeof mapImageTypes)[number]

/** A point in map units: x to the right, y downwards, from the top-left corner of the drawing. */
export type MapPoint = [number, number]

export interface MapArea {
  id: number
  shape: MapShape
  /** Two opposite corners of a rectangle, or a polygon's vertices in drawing order, in map units. */
  points: MapPoint[]
  /** Name printed inside the area, e.g. 教学楼. */
  label: string
  /** Drawing order: a later area is drawn over an earlier one. */
  sortOrder: number
  riskPointIds: number[]
}

export interface MapBackground {
  type: MapImageType
  /** The name of the file the image was loaded from, for display only. */
  fileName: string
  /** Size of the stored image in bytes, after downscaling. */
  bytes: number
  /** Changes whenever the image is replaced, so the window can tell when to load it again. */
  version: string
}

export interface RiskMap {
  title: string
  /** Size of the drawing in map units: the background image's pixels, or the size of the blank grid. */
  width: number
  height: number
  /** Degrees clockwise from the top of the drawing to north. */
  northAngle: number
  /** 绘制日期, YYYY-MM-DD. */
  drawnOn: string | null
  background: MapBackground | null
  updatedAt: string
}

/** The map and its areas as the editor shows them; `map` is null until the school starts one. */
export interface RiskMapState {
  map: RiskMap | null
  areas: MapArea[]
}

/** The stored background image as a data URI, for drawing it in the window. */
export interface MapBackgroundImage {
  type: MapImageType
  version: string
  dataUri: string
}

export const defaultMapTitle = '安全风险四色分布图'

export const riskMapLimits = {
  /** Largest plan image accepted, in bytes. */
  maxImageBytes: 15 * 1024 * 1024,
  /** Images are downscaled to this many pixels on their long side; a 3,000 px poster needs no more. */
  maxImageSide: 4000,
  /** Smallest and largest side of a blank grid, in map units. */
  minGridSide: 400,
  maxGridSide: 10000,
  defaultGrid: { width: 1600, height: 1000 },
  maxPolygonPoints: 200,
  maxAreas: 300,
  /** Risk points one area may be linked to. */
  maxLinkedPoints: 500
} as const

/** Returns the MIME type of a stored image, for data URIs. */
export function mapImageMime(type: MapImageType): string {
  return type === 'png' ? 'image/png' : 'image/jpeg'
}
