import type { RiskPoint } from '@shared/domain/entities'
import type { RiskLevel } from '@shared/domain/levels'
import { LevelTag } from '../../components/LevelTag'

/** Shows a risk point's highest level as a tag, or 未评价 for a point without graded risks. */
export function PointLevel({ level }: { level: RiskLevel | undefined }) {
  return level ? <LevelTag level={level} /> : <span className="level-tag level-tag-none">未评价</span>
}

/** Lists the risk points as options of a Select, with code and name as the text. */
export function pointOptions(points: readonly RiskPoint[]) {
  return points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))
}

/** Shows one option of the risk point Select: the level tag beside code and name. */
export function PointOption({ point, level }: { point: RiskPoint | undefined; level: RiskLevel | undefined }) {
  if (!point) return null
  return (
    <span className="risk-map-point-option">
      <PointLevel level={level} />
      <span>
        {point.code} {point.name}
      </span>
    </span>
  )
}
