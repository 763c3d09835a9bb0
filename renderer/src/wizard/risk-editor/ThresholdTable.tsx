import { riskLevels, type RiskLevel } from '@shared/domain/levels'
import { thresholdRanges } from '@shared/grading/grade'
import type { LevelThreshold } from '@shared/grading/value-tables'
import { LevelTag } from '../../components/LevelTag'

interface ThresholdTableProps {
  thresholds: readonly LevelThreshold[]
  /** D for LEC, R for LS. */
  symbol: string
  current?: RiskLevel
}

/** Shows the score range of each level, with the level of the current score marked. */
export function ThresholdTable({ thresholds, symbol, current }: ThresholdTableProps) {
  const ranges = thresholdRanges(thresholds, symbol)
  return (
    <table className="threshold-table" data-testid="threshold-table">
      <caption>分级标准</caption>
      <tbody>
        {riskLevels.map((level) => (
          <tr key={level} className={level === current ? 'current' : undefined} aria-current={level === current ? 'true' : undefined}>
            <td>{ranges[level]}</td>
            <td>
              <LevelTag level={level} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
