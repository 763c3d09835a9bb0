import { Radio } from 'antd'
import { riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'

interface DirectLevelCardsProps {
  value?: RiskLevel | null
  onChange?: (value: RiskLevel) => void
  id?: string
}

/** Direct grading: four cards, one per level, with its colour, word and definition. Arrow keys move between them. */
export function DirectLevelCards({ value, onChange, id }: DirectLevelCardsProps) {
  return (
    <Radio.Group id={id} value={value ?? undefined} onChange={(event) => onChange?.(event.target.value as RiskLevel)} className="level-cards" data-testid="direct-levels">
      {riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return (
          <Radio key={level} value={level} className={value === level ? 'level-card chosen' : 'level-card'} data-testid={`direct-level-${level}`}>
            <span className="level-card-band" style={{ background: `#${info.rgb}`, color: `#${info.textRgb}` }}>
              {info.colourName} · {info.word}
            </span>
            <span className="level-card-definition">{info.definition}</span>
          </Radio>
        )
      })}
    </Radio.Group>
  )
}
