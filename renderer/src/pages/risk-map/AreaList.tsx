import { Typography } from 'antd'
import type { RiskLevel } from '@shared/domain/levels'
import type { MapArea } from '@shared/domain/risk-map'
import { AreaStatusTag } from './AreaStatusTag'

interface AreaListProps {
  areas: MapArea[]
  levels: ReadonlyMap<number, RiskLevel | undefined>
  selectedId?: number
  onSelect: (id: number) => void
}

/** Lists every area drawn as a button, so an area can also be chosen from the keyboard. */
export function AreaList({ areas, levels, selectedId, onSelect }: AreaListProps) {
  return (
    <section className="risk-map-section">
      <Typography.Title level={5}>图上的区域（{areas.length} 个）</Typography.Title>
      {areas.length === 0 ? (
        <p className="muted">还没有区域。选择“画矩形”或“画多边形”，在图上画出教学楼、食堂、操场等区域。</p>
      ) : (
        <ul className="post-list risk-map-area-list" aria-label="区域列表" data-testid="risk-map-area-list">
          {areas.map((area) => (
            <li key={area.id}>
              <button
                type="button"
                className={area.id === selectedId ? 'post-list-item selected' : 'post-list-item'}
                aria-pressed={area.id === selectedId}
                onClick={() => onSelect(area.id)}
                data-testid={`risk-map-area-item-${area.id}`}
              >
                <span className="post-list-name">{area.label}</span>
                <span className="post-list-meta">
                  <AreaStatusTag riskPointIds={area.riskPointIds} levels={levels} /> {area.riskPointIds.length} 个风险点
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
