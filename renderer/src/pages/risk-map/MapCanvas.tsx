import { useEffect, useMemo, useRef, useState } from 'react'
import type { RiskLevel } from '@shared/domain/levels'
import type { MapArea, MapPoint, MapShape, RiskMap } from '@shared/domain/risk-map'
import { renderRiskMapSvg, riskMapLayout } from '@shared/risk-map/render-svg'
import { MapOverlay } from './MapOverlay'
import { toolLabels, type MapTool } from './tools'
import { useCanvasTools } from './useCanvasTools'

interface MapCanvasProps {
  map: RiskMap
  areas: MapArea[]
  levels: ReadonlyMap<number, RiskLevel | undefined>
  schoolName: string
  backgroundHref?: string
  selectedId?: number
  tool: MapTool
  /** 1 fits the whole picture in the canvas; 2 shows it twice as large. */
  zoom: number
  onZoom(change: 'in' | 'out' | 'fit'): void
  onToolChange(tool: MapTool): void
  onSelect(id: number | undefined): void
  onAdd(shape: MapShape, points: MapPoint[]): void
  onReshape(id: number, points: MapPoint[], immediate: boolean): void
  onDelete(id: number): void
  /** Called when the canvas loses focus, to save a pending move. */
  onBlur(): void
}

/** Space in pixels kept around the picture inside the canvas. */
const gutter = 24

function useElementSize(element: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 500 })
  useEffect(() => {
    const target = element.current
    if (!target) return
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }))
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return size
}

function hint(tool: MapTool, polygonPoints: number, selected: MapArea | undefined): string {
  if (tool === 'rect') return '画矩形：在图上按住鼠标左键拖出区域。'
  if (tool === 'polygon') {
    return polygonPoints === 0 ? '画多边形：逐点单击各个拐角。' : `已放 ${polygonPoints} 个顶点：按 Enter 或双击闭合，Backspace 撤销上一点，Esc 取消。`
  }
  if (selected) return `已选中“${selected.label}”：拖动可移动，拖动白色方块可改形状，方向键微调，Delete 删除。`
  return '单击区域选中它；按 R 画矩形，P 画多边形。'
}

/**
 * Shows the drawing surface: the map as the documents print it (the same SVG), with a transparent layer
 * over it that takes the pointer and shows the selection and the shape being drawn, in map units.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { map, areas, levels, schoolName, backgroundHref, selectedId, tool, zoom } = props
  const viewport = useRef<HTMLDivElement>(null)
  const group = useRef<SVGGElement>(null)
  const size = useElementSize(viewport)

  const layout = useMemo(() => riskMapLayout(map, areas, levels), [map, areas, levels])
  const svg = useMemo(() => renderRiskMapSvg(map, areas, levels, { schoolName, backgroundHref }), [map, areas, levels, schoolName, backgroundHref])
  const fit = Math.max(0.05, Math.min((size.width - gutter) / layout.width, (size.height - gutter) / layout.height))
  const scale = fit * zoom
  const unitsPerPixel = 1 / scale

  const tools = useCanvasTools({ ...props, size: map, group, unitsPerPixel })
  const selected = areas.find((area) => area.id === selectedId)
  const { cancelDrawing } = tools

  // A half-drawn shape belongs to the tool it was started with.
  useEffect(() => cancelDrawing(), [tool, cancelDrawing])

  return (
    <div className="risk-map-canvas">
      <div
        ref={viewport}
        className="risk-map-viewport"
        tabIndex={0}
        role="application"
        aria-label="四色分布图画布。按 R 画矩形，P 画多边形，V 选择；方向键移动选中的区域，Delete 删除。"
        aria-describedby="risk-map-shortcuts"
        onKeyDown={tools.onKeyDown}
        onBlur={props.onBlur}
        data-testid="risk-map-canvas"
        data-tool={tool}
      >
        <div className="risk-map-stage" style={{ width: layout.width * scale, height: layout.height * scale }}>
          <div className="risk-map-picture" data-testid="risk-map-picture" dangerouslySetInnerHTML={{ __html: svg }} />
          <svg
            className="risk-map-overlay"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            onPointerDown={tools.onPointerDown}
            onPointerMove={tools.onPointerMove}
            onPointerUp={tools.onPointerUp}
            onDoubleClick={tools.onDoubleClick}
            data-testid="risk-map-overlay"
            style={{ cursor: tool === 'select' ? 'default' : 'crosshair' }}
          >
            <g ref={group} transform={`translate(${layout.mapX} ${layout.mapY})`}>
              <MapOverlay
                width={map.width}
                height={map.height}
                areas={areas}
                selectedId={selectedId}
                tool={tool}
                gesture={tools.gesture}
                polygon={tools.polygon}
                hover={tools.hover}
                unitsPerPixel={unitsPerPixel}
              />
            </g>
          </svg>
        </div>
      </div>
      <div className="risk-map-status" aria-live="polite" data-testid="risk-map-status">
        <strong>{toolLabels[tool]}</strong> {hint(tool, tools.polygon.length, selected)}
      </div>
    </div>
  )
}
