import { riskLevelInfo, type RiskLevel } from '@shared/domain/levels'

interface LevelTagProps {
  level: RiskLevel
  score?: number | null
}

/** The level's colour with its word beside it, so the level reads without colour too. */
export function LevelTag({ level, score }: LevelTagProps) {
  const info = riskLevelInfo[level]
  return (
    <span className="level-tag" data-level={level} style={{ background: `#${info.rgb}`, color: `#${info.textRgb}` }}>
      {info.colourName} · {info.word}
      {score !== undefined && score !== null ? `（${score}）` : ''}
    </span>
  )
}
