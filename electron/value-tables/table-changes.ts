import { methodScales, thresholdLabel, thresholdLevels } from '../../shared/grading/table-checks'
import type { LevelThreshold, ScaleValue, ValueTables } from '../../shared/grading/value-tables'

/** "≥160" or ">320": a lower bound as the settings page shows it. */
function boundText(threshold: LevelThreshold | undefined): string {
  if (!threshold) return '（无）'
  return `${threshold.inclusive ? '≥' : '>'}${threshold.min}`
}

function scaleChanges(label: string, before: readonly ScaleValue[], after: readonly ScaleValue[]): string[] {
  const lines: string[] = []
  const added = after.filter((entry) => !before.some((old) => old.value === entry.value)).map((entry) => entry.value)
  const removed = before.filter((old) => !after.some((entry) => entry.value === old.value)).map((old) => old.value)
  const reworded = after.filter((entry) => before.some((old) => old.value === entry.value && old.meaning !== entry.meaning)).map((entry) => entry.value)

  if (added.length > 0) lines.push(`${label}：新增分值 ${added.join('、')}`)
  if (removed.length > 0) lines.push(`${label}：删除分值 ${removed.join('、')}`)
  if (reworded.length > 0) lines.push(`${label}：修改了分值 ${reworded.join('、')} 的含义`)
  return lines
}

/**
 * Lists how a proposed set differs from the current one, one line per change: the name, values added to or
 * removed from a scale, meanings reworded, and bounds moved. An empty list means the sets are the same.
 */
export function describeTableChanges(current: ValueTables, proposed: Omit<ValueTables, 'version'>): string[] {
  const lines: string[] = []
  if (current.name !== proposed.name) lines.push(`名称：${current.name} → ${proposed.name}`)

  const before = methodScales(current)
  const after = methodScales(proposed)
  after.forEach((method, position) => {
    const old = before[position]
    method.scales.forEach((scale, index) => lines.push(...scaleChanges(scale.label, old.scales[index].values, scale.values)))

    for (const level of thresholdLevels) {
      const oldBound = old.thresholds.find((threshold) => threshold.level === level)
      const newBound = method.thresholds.find((threshold) => threshold.level === level)
      if (boundText(oldBound) !== boundText(newBound)) {
        lines.push(`${thresholdLabel(method, level)}：${method.symbol}${boundText(oldBound)} → ${method.symbol}${boundText(newBound)}`)
      }
    }
  })
  return lines
}

