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
 * Mixes a level colour (RRGGBB) half and half with white. Black text on the mix keeps a contrast of at least
 * 8:1 for the four level colours, and the four tints still tell the levels apart.
 */
export function tintOf(rgb: string): string {
  const channels = [0, 2, 4].map((start) => parseInt(rgb.slice(start, start + 2), 16))
  return `#${channels.map((value) => Math.round((value + 255) / 2).toString(16).padStart(2, '0')).join('')}`
}

/**
 * Draws the risk matrix: likelihood rows (highest on top) by severity columns. Every cell shows R and its
 * level's short word on a tint of the level's colour, so the level reads without telling colours apart. The
 * chosen cell is drawn in the level's full colour, and clicking a cell picks L and S.
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
                    style={chosen ? { background: `#${info.rgb}`, color: `#${info.textRgb}` } : { background: tintOf(info.rgb), color: '#000' }}
                    onClick={() => onPick(row.value, column.value)}
                    aria-pressed={chosen}
                    aria-label={`L=${row.value}，S=${column.value}，R=${score}，${info.word}`}
                    data-testid={`ls-cell-${row.value}-${column.value}`}
                    data-level={info.level}
                  >
                    <span className="ls-cell-score">{score}</span>
                    <span className="ls-cell-word">{info.shortWord}</span>
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
