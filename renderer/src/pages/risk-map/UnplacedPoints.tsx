import { Button, Typography } from 'antd'
import type { RiskPoint } from '@shared/domain/entities'
import type { RiskLevel } from '@shared/domain/levels'
import type { MapArea, RiskMapState } from '@shared/domain/risk-map'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { PointLevel } from './point-options'

interface UnplacedPointsProps {
  points: RiskPoint[]
  areas: MapArea[]
  levels: ReadonlyMap<number, RiskLevel | undefined>
  selected?: MapArea
  onLinked: (state: RiskMapState) => void
}

/** Lists the risk points no area contains yet, each with a button that puts it into the selected area. */
export function UnplacedPoints({ points, areas, levels, selected, onLinked }: UnplacedPointsProps) {
  const run = useAction()
  const placed = new Set(areas.flatMap((area) => area.riskPointIds))
  const unplaced = points.filter((point) => !placed.has(point.id))

  const link = async (point: RiskPoint) => {
    if (!selected) return
    const riskPointIds = [...selected.riskPointIds, point.id]
    const saved = await run(() => call('risk-map:save-area', { id: selected.id, label: selected.label, riskPointIds }), `已把“${point.name}”加入“${selected.label}”`)
    if (saved) onLinked(saved)
  }

  return (
    <section className="risk-map-section" data-testid="risk-map-unplaced">
      <Typography.Title level={5}>尚未上图的风险点（{unplaced.length} 个）</Typography.Title>
      {points.length === 0 ? (
        <p className="muted">还没有风险点。请先在建设向导的“风险辨识”一步添加风险点。</p>
      ) : unplaced.length === 0 ? (
        <p className="muted">全部风险点都已关联到图上的区域。</p>
      ) : (
        <>
          <p className="muted">{selected ? `单击“加入”把风险点放进选中的“${selected.label}”。` : '先选中一个区域，再把风险点加入该区域。全校性或校外的作业活动可以不上图。'}</p>
          <ul className="risk-map-unplaced-list">
            {unplaced.map((point) => (
              <li key={point.id}>
                <PointLevel level={levels.get(point.id)} />
                <span className="risk-map-unplaced-name">
                  {point.code} {point.name}
                </span>
                <Button size="small" type="link" disabled={!selected} onClick={() => void link(point)} aria-label={`把${point.name}加入选中的区域`}>
                  加入
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
