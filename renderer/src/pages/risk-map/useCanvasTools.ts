import { useCallback, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import type { MapArea, MapPoint, MapShape } from '@shared/domain/risk-map'
import { clampPoint, minimumAreaSide, moveHandle, roundPoint, translatePoints } from '@shared/risk-map/geometry'
import { arrowDirection, arrowStep, type Gesture, type MapTool } from './tools'

export interface CanvasToolsOptions {
  size: { width: number; height: number }
  areas: MapArea[]
  selectedId?: number
  tool: MapTool
  /** The overlay group in map units; pointer positions are converted through its screen transform. */
  group: RefObject<SVGGElement | null>
  unitsPerPixel: number
  onToolChange(tool: MapTool): void
  onSelect(id: number | undefined): void
  onAdd(shape: MapShape, points: MapPoint[]): void
  onReshape(id: number, points: MapPoint[], immediate: boolean): void
  onDelete(id: number): void
  onZoom(change: 'in' | 'out' | 'fit'): void
}

/** Screen distance in pixels below which a pointer press and release count as a click, not a drag. */
const clickTolerance = 3

/**
 * Handles the pointer and the keyboard on the map canvas. Positions are converted to map units through the
 * overlay's screen transform, so drawing works the same at any zoom and window size.
 */
export function useCanvasTools(options: CanvasToolsOptions) {
  const { size, areas, selectedId, tool, group, unitsPerPixel } = options
  const [gesture, setGesture] = useState<Gesture>()
  const [polygon, setPolygon] = useState<MapPoint[]>([])
  const [hover, setHover] = useState<MapPoint>()

  const toMap = useCallback(
    (event: { clientX: number; clientY: number }): MapPoint => {
      const matrix = group.current?.getScreenCTM()
      if (!matrix) return [0, 0]
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
      return roundPoint(clampPoint([point.x, point.y], size))
    },
    [group, size]
  )

  const cancelDrawing = useCallback(() => {
    setGesture(undefined)
    setPolygon([])
    setHover(undefined)
  }, [])

  /** Closes the polygon being drawn; a double click leaves a doubled last vertex, which is dropped. */
  const finishPolygon = useCallback(() => {
    const near = (a: MapPoint, b: MapPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= clickTolerance * unitsPerPixel
    const vertices = polygon.filter((point, index) => index === 0 || !near(point, polygon[index - 1]))
    if (vertices.length >= 3) options.onAdd('polygon', vertices)
    cancelDrawing()
  }, [polygon, unitsPerPixel, options, cancelDrawing])

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return
    const target = event.target as Element
    const point = toMap(event)

    if (tool === 'rect') {
      event.currentTarget.setPointerCapture(event.pointerId)
      setGesture({ kind: 'rect', start: point, current: point })
      return
    }
    if (tool === 'polygon') {
      setPolygon((previous) => [...previous, point])
      return
    }

    const handle = target.getAttribute('data-handle')
    const selected = areas.find((area) => area.id === selectedId)
    if (handle !== null && selected) {
      event.currentTarget.setPointerCapture(event.pointerId)
      setGesture({ kind: 'vertex', id: selected.id, handle: Number(handle), original: selected.points })
      return
    }
    const hit = target.getAttribute('data-area-hit')
    const area = hit === null ? undefined : areas.find((candidate) => candidate.id === Number(hit))
    options.onSelect(area?.id)
    if (area) {
      event.currentTarget.setPointerCapture(event.pointerId)
      setGesture({ kind: 'move', id: area.id, start: point, original: area.points, moved: false })
    }
  }

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const point = toMap(event)
    if (tool === 'polygon') setHover(point)
    if (!gesture) return

    if (gesture.kind === 'rect') {
      setGesture({ ...gesture, current: point })
    } else if (gesture.kind === 'move') {
      const [dx, dy] = [point[0] - gesture.start[0], point[1] - gesture.start[1]]
      if (!gesture.moved && Math.hypot(dx, dy) < clickTolerance * unitsPerPixel) return
      setGesture({ ...gesture, moved: true })
      options.onReshape(gesture.id, translatePoints(gesture.original, dx, dy, size), false)
    } else {
      const area = areas.find((candidate) => candidate.id === gesture.id)
      if (area) options.onReshape(gesture.id, moveHandle({ shape: area.shape, points: gesture.original }, gesture.handle, point), false)
    }
  }

  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!gesture) return
    setGesture(undefined)
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId)

    if (gesture.kind === 'rect') {
      const [x1, y1] = gesture.start
      const [x2, y2] = toMap(event)
      const minimum = Math.max(minimumAreaSide(size), clickTolerance * unitsPerPixel)
      if (Math.abs(x2 - x1) >= minimum && Math.abs(y2 - y1) >= minimum) {
        options.onAdd('rect', [
          [Math.min(x1, x2), Math.min(y1, y2)],
          [Math.max(x1, x2), Math.max(y1, y2)]
        ])
      }
      return
    }
    const area = areas.find((candidate) => candidate.id === gesture.id)
    if (!area || (gesture.kind === 'move' && !gesture.moved)) return
    // The last pointer move already showed the new shape; saving it now ends the gesture.
    options.onReshape(area.id, area.points, true)
  }

  const selectNeighbour = (offset: number) => {
    if (areas.length === 0) return
    const index = areas.findIndex((area) => area.id === selectedId)
    // With nothing selected, ] starts at the first area and [ at the last.
    let current = index
    if (index < 0) current = offset > 0 ? -1 : 0
    const next = (current + offset + areas.length) % areas.length
    options.onSelect(areas[next].id)
  }

  const moveSelected = (direction: [number, number], big: boolean) => {
    const area = areas.find((candidate) => candidate.id === selectedId)
    if (!area) return
    const step = arrowStep(size, big)
    options.onReshape(area.id, translatePoints(area.points, direction[0] * step, direction[1] * step, size), false)
  }

  /** Returns true when the key was handled, so the caller stops the browser from scrolling. */
  const handleKey = (event: KeyboardEvent): boolean => {
    const direction = arrowDirection(event.key)
    if (direction) {
      moveSelected(direction, event.shiftKey)
      return true
    }
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
    switch (key) {
      case 'v':
        cancelDrawing()
        options.onToolChange('select')
        return true
      case 'r':
        cancelDrawing()
        options.onToolChange('rect')
        return true
      case 'p':
        cancelDrawing()
        options.onToolChange('polygon')
        return true
      case 'Enter':
        if (tool === 'polygon') finishPolygon()
        return tool === 'polygon'
      case 'Escape':
        if (polygon.length > 0 || gesture) cancelDrawing()
        else options.onSelect(undefined)
        return true
      case 'Backspace':
        // Only undoes a polygon vertex: deleting an area takes the Delete key, so a stray Backspace cannot.
        if (tool !== 'polygon' || polygon.length === 0) return false
        setPolygon((previous) => previous.slice(0, -1))
        return true
      case 'Delete':
        if (selectedId !== undefined) options.onDelete(selectedId)
        return selectedId !== undefined
      case '[':
        selectNeighbour(-1)
        return true
      case ']':
        selectNeighbour(1)
        return true
      case '+':
      case '=':
        options.onZoom('in')
        return true
      case '-':
        options.onZoom('out')
        return true
      case '0':
        options.onZoom('fit')
        return true
      default:
        return false
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.altKey || event.metaKey) return
    if (handleKey(event)) event.preventDefault()
  }

  const onDoubleClick = () => {
    if (tool === 'polygon') finishPolygon()
  }

  return { gesture, polygon, hover, onPointerDown, onPointerMove, onPointerUp, onDoubleClick, onKeyDown, cancelDrawing }
}
