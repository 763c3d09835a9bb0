import { Select } from 'antd'
import { useState } from 'react'
import type { Staff } from '@shared/domain/entities'
import type { PersonRef } from '@shared/domain/hazards'
import { staffLabel } from './lookups'

interface PersonPickerProps {
  staff: readonly Staff[]
  value?: PersonRef | null
  onChange?: (value: PersonRef | null) => void
  placeholder?: string
  testId?: string
  id?: string
  disabled?: boolean
}

const typedPrefix = 'name:'

function optionValue(person: PersonRef | null | undefined): string | undefined {
  if (!person) return undefined
  if (person.staffId !== null) return `staff:${person.staffId}`
  return person.name ? `${typedPrefix}${person.name}` : undefined
}

/**
 * Picks a person from the staff roster, or takes a typed name for someone not on it (a parent, a bureau
 * inspector): type the name and choose 使用“…”.
 */
export function PersonPicker({ staff, value, onChange, placeholder, testId, id, disabled }: PersonPickerProps) {
  const [typed, setTyped] = useState('')

  const options = staff.map((person) => ({ value: `staff:${person.id}`, label: staffLabel(person) }))
  const name = typed.trim()
  if (name && !staff.some((person) => person.name === name)) options.push({ value: `${typedPrefix}${name}`, label: `使用“${name}”（名册外人员）` })
  if (value && value.staffId === null && value.name && !options.some((option) => option.value === optionValue(value))) {
    options.push({ value: `${typedPrefix}${value.name}`, label: `${value.name}（名册外人员）` })
  }
  if (value && value.staffId !== null && !staff.some((person) => person.id === value.staffId)) {
    options.push({ value: `staff:${value.staffId}`, label: value.name })
  }

  const change = (selected: string | undefined) => {
    setTyped('')
    if (!selected) return onChange?.(null)
    if (selected.startsWith(typedPrefix)) return onChange?.({ staffId: null, name: selected.slice(typedPrefix.length) })
    const staffId = Number(selected.slice('staff:'.length))
    onChange?.({ staffId, name: staff.find((person) => person.id === staffId)?.name ?? '' })
  }

  return (
    <Select<string>
      id={id}
      value={optionValue(value)}
      onChange={change}
      options={options}
      allowClear
      disabled={disabled}
      placeholder={placeholder ?? '从名册中选择，或输入姓名'}
      showSearch={{ optionFilterProp: 'label', onSearch: setTyped }}
      notFoundContent="输入姓名后可直接使用"
      data-testid={testId}
    />
  )
}
