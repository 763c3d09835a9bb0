import { App } from 'antd'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { RiskPoint } from '@shared/domain/entities'
import type { MapPoint, MapShape, RiskMapState } from '@shared/domain/risk-map'
import { pointLevels } from '@shared/risk-map/area-levels'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { AreaList } from './AreaList'
import { AreaPanel } from './AreaPanel'
import { useBackgroundHref } from './background'
import { BackgroundPanel } from './BackgroundPanel'
import { MapCanvas } from './MapCanvas'
import { MapSettingsForm } from './MapSettingsForm'
import { MapToolbar } from './MapToolbar'
import { ShortcutHelp } from './ShortcutHelp'
import type { MapTool } from './tools'
import { UnplacedPoints } from './UnplacedPoints'
import { useMapState } from './useMapState'

interface MapEditorProps {
  initial: RiskMapState
  points: RiskPoint[]
  schoolName: string
  onMapDeleted: () => void
}

const zoomLimits = { min: 0.5, max: 8, factor: 1.25 }

/** Returns the first free default name: 区域1, 区域2 … */
function nextLabel(labels: readonly string[]): string {
  for (let number = labels.length + 1; ; number++) {
    const label = `区域${number}`
    if (!labels.includes(label)) return label
  }
}

/** Shows the map editor: toolbar, canvas, and the side panel for the selected area and the map's settings. */
export function MapEditor({ initial, points, schoolName, onMapDeleted }: MapEditorProps) {
  const run = useAction()
  const { modal } = App.useApp()
  const mapState = useMapState(initial)
  const { state, areas } = mapState
  const [selectedId, setSelectedId] = useState<number>()
  const [tool, setTool] = useState<MapTool>('select')
  const [zoom, setZoom] = useState(1)
  const canvasRef = useRef<HTMLDivElement>(null)
  const background = useBackgroundHref(state.map?.background)
  const levels = useMemo(() => pointLevels(points), [points])

  const { flush } = mapState
  const select = useCallback(
    (id: number | undefined) => {
      void flush()
      setSelectedId(id)
    },
    [flush]
  )

  const changeZoom = (change: 'in' | 'out' | 'fit') => {
    if (change === 'fit') setZoom(1)
    else setZoom((current) => Math.min(zoomLimits.max, Math.max(zoomLimits.min, change === 'in' ? current * zoomLimits.factor : current / zoomLimits.factor)))
  }

  const add = async (shape: MapShape, shapePoints: MapPoint[]) => {
    const label = nextLabel(areas.map((area) => area.label))
    const next = await run(() => call('risk-map:add-area', { shape, points: shapePoints, label, riskPointIds: [] }), `已添加“${label}”，请在右侧填写区域名称并关联风险点`)
    setTool('select')
    if (!next) return
    const known = new Set(areas.map((area) => area.id))
    mapState.apply(next)
    setSelectedId(next.areas.find((area) => !known.has(area.id))?.id)
  }

  /** Deletes an area the user has confirmed, then gives the keyboard back to the canvas. */
  const remove = async (id: number, label: string) => {
    const next = await run(() => call('risk-map:delete-area', { id }), `已删除区域“${label}”`)
    if (next) {
      mapState.apply(next)
      setSelectedId(undefined)
    }
    canvasRef.current?.querySelector<HTMLElement>('[data-testid=risk-map-canvas]')?.focus()
  }

  /** Asks for confirmation before the Delete key deletes an area, as the side panel's delete button does. */
  const confirmRemove = (id: number) => {
    const area = areas.find((candidate) => candidate.id === id)
    if (!area) return
    modal.confirm({
      title: `确定删除区域“${area.label}”吗？`,
      content: '只删除图上的这个区域，区域内的风险点和风险不受影响。',
      okText: '删除',
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete-area' },
      cancelText: '取消',
      onOk: () => remove(id, area.label)
    })
  }

  if (!state.map) return null
  const selected = areas.find((area) => area.id === selectedId)

  return (
    <div className="risk-map-editor" data-testid="risk-map-editor">
      <MapToolbar tool={tool} onToolChange={setTool} zoom={zoom} onZoom={changeZoom} />
      <div className="risk-map-body">
        <div className="risk-map-main" ref={canvasRef}>
          <MapCanvas
            map={state.map}
            areas={areas}
            levels={levels}
            schoolName={schoolName}
            backgroundHref={background.href}
            selectedId={selectedId}
            tool={tool}
            zoom={zoom}
            onZoom={changeZoom}
            onToolChange={setTool}
            onSelect={select}
            onAdd={(shape, shapePoints) => void add(shape, shapePoints)}
            onReshape={mapState.reshape}
            onDelete={confirmRemove}
            onBlur={() => void flush()}
          />
          <ShortcutHelp />
        </div>
        <aside className="risk-map-side" aria-label="区域与图面设置">
          {selected ? (
            <AreaPanel key={selected.id} area={selected} points={points} levels={levels} onSaved={mapState.apply} onDelete={() => remove(selected.id, selected.label)} />
          ) : (
            <p className="muted" data-testid="risk-map-no-selection">
              在图上单击区域，或从下面的列表选择区域，即可修改名称和关联的风险点。
            </p>
          )}
          <AreaList areas={areas} levels={levels} selectedId={selectedId} onSelect={select} />
          <UnplacedPoints points={points} areas={areas} levels={levels} selected={selected} onLinked={mapState.apply} />
          <MapSettingsForm map={state.map} onSaved={mapState.apply} />
          <BackgroundPanel map={state.map} imageFailed={background.failed} onChanged={mapState.apply} onMapDeleted={onMapDeleted} />
        </aside>
      </div>
    </div>
  )
}
