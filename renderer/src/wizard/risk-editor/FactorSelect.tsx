import { Select } from 'antd'
import type { ScaleValue } from '@shared/grading/value-tables'

interface FactorSelectProps {
  scale: readonly ScaleValue[]
  value?: number | null
  onChange?: (value: number | null) => void
  testId: string
  id?: string
}

/** Picks a factor value from its scale; each option shows the value with its meaning, e.g. "3 — 可能，但不经常". */
export function FactorSelect({ scale, value, onChange, testId, id }: FactorSelectProps) {
  const known = value === null || value === undefined || scale.some((entry) => entry.value === value)
  const options = scale.map((entry) => ({ value: entry.value, label: `${entry.value} — ${entry.meaning}` }))
  // A stored value that is no longer on the scale stays visible, so the user sees what to change.
  if (!known && value !== null && value !== undefined) options.push({ value, label: `${value} — 不在当前分值表中` })

  return (
    <Select<number | null>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      placeholder="请选择"
      popupMatchSelectWidth={false}
      optionRender={(option) => <span className="factor-option">{option.label}</span>}
      classNames={{ popup: { root: 'factor-popup' } }}
      data-testid={testId}
    />
  )
}
