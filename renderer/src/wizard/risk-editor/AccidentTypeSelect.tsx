import { Select } from 'antd'
import { accidentTypes } from '@shared/domain/accident-types'

interface AccidentTypeSelectProps {
  value?: string[]
  onChange?: (value: string[]) => void
  id?: string
}

/** Picks accident types: the GB 6441 categories (mining ones hidden) and the school types, in two groups. */
export function AccidentTypeSelect({ value, onChange, id }: AccidentTypeSelectProps) {
  const chosen = value ?? []
  // A hidden type already stored on the risk stays selectable, so it is shown and can be removed.
  const offered = accidentTypes.filter((type) => !type.hidden || chosen.includes(type.code))
  const toOption = (type: (typeof accidentTypes)[number]) => ({ value: type.code, label: type.name })

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={chosen}
      onChange={(next) => onChange?.(next)}
      options={[
        { label: 'GB 6441 事故类别', options: offered.filter((type) => type.source === 'GB6441').map(toOption) },
        { label: '学校常见事故类型', options: offered.filter((type) => type.source === 'school').map(toOption) }
      ]}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择可能导致的事故类型，可多选"
      maxCount={8}
      data-testid="risk-accident-types"
    />
  )
}
