import { Form, InputNumber, Select } from 'antd'
import { riskLevelInfo } from '@shared/domain/levels'
import { thresholdRanges } from '@shared/grading/grade'
import { thresholdLabel, thresholdLevels } from '@shared/grading/table-checks'
import { LevelTag } from '../../components/LevelTag'
import { completeThresholds, type ThresholdRow } from './form-values'

interface ThresholdEditorProps {
  method: 'lec' | 'ls'
  /** D for LEC, R for LS. */
  symbol: 'D' | 'R'
  /** LEC bounds may exclude the bound itself (D>320); LS scores are whole numbers, so every LS bound is "≥". */
  allowExclusive: boolean
}

/** Edits the lower bound of 重大, 较大 and 一般, and shows the score range each level then covers. */
export function ThresholdEditor({ method, symbol, allowExclusive }: ThresholdEditorProps) {
  const watched = Form.useWatch<ThresholdRow[] | undefined>([method, 'thresholds'])
  const complete = completeThresholds(watched)
  const ranges = complete ? thresholdRanges(complete, symbol) : undefined
  const names = { method: method === 'lec' ? ('LEC' as const) : ('LS' as const), symbol }

  return (
    <div className="threshold-editor" data-testid={`thresholds-${method}`}>
      <Form.List name={[method, 'thresholds']}>
        {(fields) =>
          fields.map((field, index) => {
            const level = thresholdLevels[index]
            return (
              <div className="threshold-row" key={field.key}>
                <LevelTag level={level} />
                <span className="threshold-symbol">{symbol}</span>
                {allowExclusive ? (
                  <Form.Item name={[field.name, 'inclusive']} noStyle>
                    <Select
                      style={{ width: 64 }}
                      aria-label={`${riskLevelInfo[level].word}下限是否含等于`}
                      options={[
                        { value: true, label: '≥' },
                        { value: false, label: '>' }
                      ]}
                    />
                  </Form.Item>
                ) : (
                  <span className="threshold-sign">≥</span>
                )}
                <Form.Item name={[field.name, 'min']} noStyle>
                  <InputNumber aria-label={thresholdLabel(names, level)} data-testid={`thresholds-${method}-${level}`} />
                </Form.Item>
                <span className="muted threshold-range">{ranges ? `即 ${ranges[level]}` : ''}</span>
              </div>
            )
          })
        }
      </Form.List>
      <div className="threshold-row">
        <LevelTag level="low" />
        <span className="muted threshold-range">{ranges ? `其余，即 ${ranges.low}` : '其余'}</span>
      </div>
    </div>
  )
}
