import { riskLevelInfo } from '@shared/domain/levels'
import { levelForScore } from '@shared/grading/grade'
import type { LsTable } from '@shared/grading/value-tables'

interface LsMatrixProps {
  table: LsTable
  l: number | null
  s: number | null
  onPick: (l: number, s: number) => void
}

/**
 * Draws the risk matrix: likelihood rows (highest on top) by severity columns, each cell tinted with its
 * level's colour. The chosen cell is drawn in full colour with the level word, and clicking a cell picks L and S.
 */
export function LsMatrix({ table, l, s, onPick }: LsMatrixProps) {
  const rows = [...table.l].sort((a, b) => b.value - a.value)
  const columns = [...table.s].sort((a, b) => a.value - b.value)

  return (
    <table className="ls-matrix" data-testid="ls-matrix">
      <caption>风险矩阵（R = L × S）</caption>
      <thead>
        <tr>
          <th scope="col">L \ S</th>
          {columns.map((column) => (
            <th key={column.value} scope="col">
              {column.value}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.value}>
            <th scope="row">{row.value}</th>
            {columns.map((column) => {
              const score = row.value * column.value
              const info = riskLevelInfo[levelForScore(score, table.thresholds)]
              const chosen = row.value === l && column.value === s
              return (
                <td key={column.value}>
                  <button
                    type="button"
                    className={chosen ? 'ls-cell chosen' : 'ls-cell'}
                    style={chosen ? { background: `#${info.rgb}`, color: `#${info.textRgb}` } : { background: `#${info.rgb}33` }}
                    onClick={() => onPick(row.value, column.value)}
                    aria-pressed={chosen}
                    aria-label={`L=${row.value}，S=${column.value}，R=${score}，${info.word}`}
                    data-testid={`ls-cell-${row.value}-${column.value}`}
                    data-level={info.level}
                  >
                    {score}
                    {chosen && <span className="ls-cell-word">{info.word}</span>}
                  </button>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
