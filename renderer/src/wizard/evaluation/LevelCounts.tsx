import type { Risk } from '@shared/domain/entities'
import { riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'

interface LevelCountsProps {
  risks: readonly Risk[]
  selected: RiskLevel | undefined
  onSelect: (level: RiskLevel | undefined) => void
}

/** Shows the number of risks at each level, each box in its level colour with the word; a click filters the table. */
export function LevelCounts({ risks, selected, onSelect }: LevelCountsProps) {
  return (
    <div className="level-counts" data-testid="level-counts">
      {riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        const count = risks.filter((risk) => risk.level === level).length
        return (
          <button
            key={level}
            type="button"
            className={selected === level ? 'level-count selected' : 'level-count'}
            style={{ background: `#${info.rgb}`, color: `#${info.textRgb}` }}
            onClick={() => onSelect(selected === level ? undefined : level)}
            aria-pressed={selected === level}
            data-testid={`level-count-${level}`}
          >
            <span className="level-count-number">{count}</span>
            <span>
              {info.colourName} · {info.word}
            </span>
          </button>
        )
      })}
    </div>
  )
}
