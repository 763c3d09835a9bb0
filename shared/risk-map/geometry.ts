import type { MapPoint, MapShape } from '../domain/risk-map'

/** Plane geometry of map areas, in map units. Used by the editor, the drawing and the Node-side checks alike. */

export interface Bounds {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

export interface AreaGeometry {
  shape: MapShape
  points: readonly MapPoint[]
}

/** Rounds a coordinate to a tenth of a map unit, which keeps the stored JSON short and loses nothing visible. */
export function roundUnit(value: number): number {
  return Math.round(value * 10) / 10
}

export function roundPoint([x, y]: readonly [number, number]): MapPoint {
  return [roundUnit(x), roundUnit(y)]
}

export function boundsOf(points: readonly MapPoint[]): Bounds {
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }
}

/** Returns the outline of an area as a polygon: a rectangle's four corners clockwise from the top left, or the polygon itself. */
export function outlineOf(area: AreaGeometry): MapPoint[] {
  if (area.shape === 'polygon') return area.points.map(([x, y]) => [x, y])
  const { minX, minY, maxX, maxY } = boundsOf(area.points)
  return [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY]
  ]
}

/** Returns the signed area of a polygon (shoelace formula), positive when the vertices run clockwise on screen. */
export function signedArea(points: readonly MapPoint[]): number {
  let sum = 0
  for (let index = 0; index < points.length; index++) {
    const [x1, y1] = points[index]
    const [x2, y2] = points[(index + 1) % points.length]
    sum += x1 * y2 - x2 * y1
  }
  return sum / 2
}

/** Ray casting: true when the point lies inside the polygon (points on the edge may go either way). */
export function containsPoint(polygon: readonly MapPoint[], [x, y]: readonly [number, number]): boolean {
  let inside = false
  for (let index = 0, previous = polygon.length - 1; index < polygon.length; previous = index++) {
    const [xi, yi] = polygon[index]
    const [xj, yj] = polygon[previous]
    const crosses = yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi
    if (crosses) inside = !inside
  }
  return inside
}

export interface LabelPlacement {
  anchor: MapPoint
  /** Width and height a label centred on the anchor may take without leaving the area. */
  roomWidth: number
  roomHeight: number
}

/**
 * Places an area's label. A rectangle's label goes in its centre. A polygon's goes on the inside point
 * farthest from the edges among the centroid and a 16 × 16 grid over its bounds, so an L-shaped building
 * gets its label in the thicker wing instead of the notch.
 */
export function labelPlacement(area: AreaGeometry): LabelPlacement {
  const outline = outlineOf(area)
  const bounds = boundsOf(outline)
  if (area.shape === 'rect') {
    return {
      anchor: [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2],
      roomWidth: bounds.maxX - bounds.minX,
      roomHeight: bounds.maxY - bounds.minY
    }
  }

  const candidates: MapPoint[] = [centroidOf(outline)]
  const steps = 16
  for (let row = 0; row <= steps; row++) {
    for (let column = 0; column <= steps; column++) {
      candidates.push([bounds.minX + ((bounds.maxX - bounds.minX) * column) / steps, bounds.minY + ((bounds.maxY - bounds.minY) * row) / steps])
    }
  }
  let best: MapPoint = [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2]
  let bestDistance = -1
  for (const candidate of candidates) {
    if (!containsPoint(outline, candidate)) continue
    const distance = distanceToEdges(outline, candidate)
    // The centroid comes first and wins ties, so a convex polygon keeps its label in the middle.
    if (distance > bestDistance * 1.05) {
      best = candidate
      bestDistance = distance
    }
  }
  return {
    anchor: best,
    roomWidth: runThrough(outline, best, 'x'),
    roomHeight: runThrough(outline, best, 'y')
  }
}

function centroidOf(outline: readonly MapPoint[]): MapPoint {
  const doubled = signedArea(outline) * 2
  if (Math.abs(doubled) < 1e-9) {
    const bounds = boundsOf(outline)
    return [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2]
  }
  let cx = 0
  let cy = 0
  for (let index = 0; index < outline.length; index++) {
    const [x1, y1] = outline[index]
    const [x2, y2] = outline[(index + 1) % outline.length]
    const cross = x1 * y2 - x2 * y1
    cx += (x1 + x2) * cross
    cy += (y1 + y2) * cross
  }
  return [cx / (3 * doubled), cy / (3 * doubled)]
}

function distanceToSegment([px, py]: MapPoint, [ax, ay]: MapPoint, [bx, by]: MapPoint): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

function distanceToEdges(outline: readonly MapPoint[], point: MapPoint): number {
  let nearest = Infinity
  for (let index = 0; index < outline.length; index++) {
    nearest = Math.min(nearest, distanceToSegment(point, outline[index], outline[(index + 1) % outline.length]))
  }
  return nearest
}

/**
 * Room for text centred on a point inside the polygon along the horizontal (axis 'x') or vertical line
 * through it: twice the distance to the nearer edge crossing, since centred text grows both ways.
 */
function runThrough(outline: readonly MapPoint[], [px, py]: MapPoint, axis: 'x' | 'y'): number {
  const crossings: number[] = []
  for (let index = 0; index < outline.length; index++) {
    const [x1, y1] = outline[index]
    const [x2, y2] = outline[(index + 1) % outline.length]
    if (axis === 'x' && y1 > py !== y2 > py) crossings.push(x1 + ((py - y1) * (x2 - x1)) / (y2 - y1))
    if (axis === 'y' && x1 > px !== x2 > px) crossings.push(y1 + ((px - x1) * (y2 - y1)) / (x2 - x1))
  }
  crossings.sort((a, b) => a - b)
  const along = axis === 'x' ? px : py
  for (let index = 0; index + 1 < crossings.length; index += 2) {
    if (crossings[index] <= along && along <= crossings[index + 1]) return 2 * Math.min(along - crossings[index], crossings[index + 1] - along)
  }
  return 0
}

/**
 * Moves every point by (dx, dy), stopping at the edges of the drawing so the whole area stays on it.
 */
export function translatePoints(points: readonly MapPoint[], dx: number, dy: number, size: { width: number; height: number }): MapPoint[] {
  const bounds = boundsOf(points)
  const clampedDx = Math.min(Math.max(dx, -bounds.minX), size.width - bounds.maxX)
  const clampedDy = Math.min(Math.max(dy, -bounds.minY), size.height - bounds.maxY)
  return points.map(([x, y]) => roundPoint([x + clampedDx, y + clampedDy]))
}

/** Scales points, e.g. when a background of another size replaces the old one, so areas keep their place on the plan. */
export function scalePoints(points: readonly MapPoint[], scaleX: number, scaleY: number): MapPoint[] {
  return points.map(([x, y]) => roundPoint([x * scaleX, y * scaleY]))
}

export function clampPoint([x, y]: readonly [number, number], size: { width: number; height: number }): MapPoint {
  return [Math.min(Math.max(x, 0), size.width), Math.min(Math.max(y, 0), size.height)]
}

/** Returns the handles an area shows for editing its shape: a rectangle's four corners, a polygon's vertices. */
export function vertexHandles(area: AreaGeometry): MapPoint[] {
  return outlineOf(area)
}

/**
 * Moves one handle. A rectangle keeps the opposite corner where it is and is stored again as two corners;
 * a polygon moves the one vertex.
 */
export function moveHandle(area: AreaGeometry, handle: number, to: MapPoint): MapPoint[] {
  if (area.shape === 'polygon') return area.points.map((point, index) => (index === handle ? roundPoint(to) : point))
  const corners = outlineOf(area)
  const opposite = corners[(handle + 2) % 4]
  return [roundPoint(opposite), roundPoint(to)]
}

/** Returns why a shape cannot be stored, or undefined when it is fine. Sizes are in map units. */
export function shapeProblem(area: AreaGeometry, minimumSide: number): string | undefined {
  if (area.shape === 'rect') {
    if (area.points.length !== 2) return '矩形应由两个对角顶点确定'
    const { minX, minY, maxX, maxY } = boundsOf(area.points)
    if (maxX - minX < minimumSide || maxY - minY < minimumSide) return '矩形太小，请拖得大一些'
    return undefined
  }
  if (area.points.length < 3) return '多边形至少需要 3 个顶点'
  const { minX, minY, maxX, maxY } = boundsOf(area.points)
  if (maxX - minX < minimumSide || maxY - minY < minimumSide || Math.abs(signedArea(area.points)) < minimumSide * minimumSide) {
    return '多边形太小或各顶点几乎在一条直线上，请重新绘制'
  }
  return undefined
}

/** Returns the smallest side an area may have: half a percent of the drawing's long side, at least 2 units. */
export function minimumAreaSide(size: { width: number; height: number }): number {
  return Math.max(2, Math.max(size.width, size.height) / 200)
}
