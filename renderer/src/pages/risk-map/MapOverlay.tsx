import type { MapArea, MapPoint } from '@shared/domain/risk-map'
import { boundsOf, outlineOf, vertexHandles } from '@shared/risk-map/geometry'
import type { Gesture, MapTool } from './tools'

interface MapOverlayProps {
  width: number
  height: number
  areas: MapArea[]
  selectedId?: number
  tool: MapTool
  gesture?: Gesture
  polygon: MapPoint[]
  hover?: MapPoint
  /** Map units per screen pixel, so handles and lines keep their on-screen size at any zoom. */
  unitsPerPixel: number
}

function pointsText(points: readonly MapPoint[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ')
}

/**
 * Draws the editor's layer over the picture, in map units: invisible hit shapes for the areas, the outline
 * and vertex handles of the selected area, and the shape being drawn.
 */
export function MapOverlay({ width, height, areas, selectedId, tool, gesture, polygon, hover, unitsPerPixel }: MapOverlayProps) {
  const selected = areas.find((area) => area.id === selectedId)
  const line = 2 * unitsPerPixel
  const handleSize = 10 * unitsPerPixel
  const selecting = tool === 'select'

  return (
    <>
      <rect data-role="canvas-background" x={0} y={0} width={width} height={height} fill="transparent" />
      {areas.map((area) => (
        <polygon
          key={area.id}
          data-area-hit={area.id}
          points={pointsText(outlineOf(area))}
          fill="transparent"
          stroke="transparent"
          strokeWidth={6 * unitsPerPixel}
          style={{ cursor: selecting ? 'move' : 'crosshair', pointerEvents: selecting ? 'all' : 'none' }}
        />
      ))}
      {selected && (
        <g data-role="selection" pointerEvents={selecting ? 'auto' : 'none'}>
          <polygon points={pointsText(outlineOf(selected))} fill="none" stroke="#1677ff" strokeWidth={line} strokeDasharray={`${6 * unitsPerPixel} ${4 * unitsPerPixel}`} pointerEvents="none" />
          {selecting &&
            vertexHandles(selected).map(([x, y], index) => (
              <rect
                key={index}
                data-handle={index}
                x={x - handleSize / 2}
                y={y - handleSize / 2}
                width={handleSize}
                height={handleSize}
                fill="#ffffff"
                stroke="#1677ff"
                strokeWidth={line}
                style={{ cursor: 'crosshair' }}
              />
            ))}
        </g>
      )}
      {gesture?.kind === 'rect' && <RectPreview start={gesture.start} current={gesture.current} line={line} />}
      {polygon.length > 0 && (
        <g data-role="polygon-draft" pointerEvents="none">
          <polyline points={pointsText(hover ? [...polygon, hover] : polygon)} fill="rgba(22,119,255,0.12)" stroke="#1677ff" strokeWidth={line} />
          {polygon.map(([x, y], index) => (
            <circle key={index} cx={x} cy={y} r={4 * unitsPerPixel} fill="#1677ff" />
          ))}
        </g>
      )}
    </>
  )
}

function RectPreview({ start, current, line }: { start: MapPoint; current: MapPoint; line: number }) {
  const { minX, minY, maxX, maxY } = boundsOf([start, current])
  return <rect data-role="rect-draft" x={minX} y={minY} width={maxX - minX} height={maxY - minY} fill="rgba(22,119,255,0.12)" stroke="#1677ff" strokeWidth={line} pointerEvents="none" />
}
