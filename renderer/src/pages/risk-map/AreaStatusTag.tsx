import type { RiskLevel } from '@shared/domain/levels'
import { areaStatus } from '@shared/risk-map/area-levels'
import { LevelTag } from '../../components/LevelTag'

interface AreaStatusTagProps {
  riskPointIds: readonly number[]
  levels: ReadonlyMap<number, RiskLevel | undefined>
}

/** Shows the colour an area gets: the highest level of its risk points, or why it has none. */
export function AreaStatusTag({ riskPointIds, levels }: AreaStatusTagProps) {
  const status = areaStatus(riskPointIds, levels)
  if (status.kind === 'level') return <LevelTag level={status.level} />
  return <span className="level-tag level-tag-none">{status.kind === 'unlinked' ? '未关联风险点' : '风险点未评价'}</span>
}
