import { Form } from 'antd'
import { riskLevelInfo } from '@shared/domain/levels'
import { levelForScore } from '@shared/grading/grade'
import { completeThresholds, type ScaleRow, type ThresholdRow } from './form-values'

function values(rows: readonly ScaleRow[] | undefined): number[] {
  return (rows ?? []).map((row) => row?.value).filter((value): value is number => typeof value === 'number')
}

/** Shows the 5×5 matrix as the edited R bounds colour it, read-only, so a preset can be judged at a glance. */
export function MatrixPreview() {
  const likelihood = values(Form.useWatch<ScaleRow[] | undefined>(['ls', 'l'])).sort((a, b) => b - a)
  const severity = values(Form.useWatch<ScaleRow[] | undefined>(['ls', 's'])).sort((a, b) => a - b)
  const thresholds = completeThresholds(Form.useWatch<ThresholdRow[] | undefined>(['ls', 'thresholds']))
  if (!thresholds || likelihood.length === 0 || severity.length === 0) return null

  return (
    <table className="matrix-preview" data-testid="matrix-preview">
      <caption>按上述界限的风险矩阵（R = L × S）</caption>
      <thead>
        <tr>
          <th scope="col">L \ S</th>
          {severity.map((s) => (
            <th key={s} scope="col">
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {likelihood.map((l) => (
          <tr key={l}>
            <th scope="row">{l}</th>
            {severity.map((s) => {
              const info = riskLevelInfo[levelForScore(l * s, thresholds)]
              return (
                <td key={s} style={{ background: `#${info.rgb}`, color: `#${info.textRgb}` }} title={`R=${l * s}，${info.word}`} data-level={info.level}>
                  {l * s}
                  <span className="matrix-word">{info.shortWord}</span>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
