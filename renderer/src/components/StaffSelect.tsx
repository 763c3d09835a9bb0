import { Button, Divider, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Staff } from '@shared/domain/entities'
import { staffLabel } from './lookups'
import { StaffModal } from './StaffModal'

interface StaffSelectProps {
  staff: readonly Staff[]
  value?: number | number[] | null
  onChange?: (value: number | number[] | null) => void
  multiple?: boolean
  placeholder?: string
  /** Reloads the roster after a quick add; when given, the list offers 新增教职工. */
  onStaffAdded?: () => Promise<void>
  /** People not offered, e.g. those already in the leading group. */
  excludeIds?: readonly number[]
  testId?: string
  id?: string
  autoFocus?: boolean
}

/** Picks one or more people from the staff roster, with a quick 新增教职工 at the foot of the list. */
export function StaffSelect(props: StaffSelectProps) {
  const { staff, value, onChange, multiple, placeholder, onStaffAdded, excludeIds, testId, id, autoFocus } = props
  const [adding, setAdding] = useState(false)
  const [open, setOpen] = useState(false)

  const options = staff
    .filter((person) => !excludeIds?.includes(person.id) || (Array.isArray(value) ? value.includes(person.id) : value === person.id))
    .map((person) => ({ value: person.id, label: staffLabel(person) }))

  const added = async (person: Staff) => {
    await onStaffAdded?.()
    if (multiple) onChange?.([...(Array.isArray(value) ? value : []), person.id])
    else onChange?.(person.id)
  }

  return (
    <>
      <Select<number | number[] | null>
        id={id}
        autoFocus={autoFocus}
        mode={multiple ? 'multiple' : undefined}
        value={value ?? (multiple ? [] : null)}
        onChange={(next) => onChange?.(next ?? null)}
        options={options}
        allowClear
        open={open}
        onOpenChange={setOpen}
        placeholder={placeholder ?? (multiple ? '从教职工名册中选择，可多选' : '从教职工名册中选择')}
        showSearch={{ optionFilterProp: 'label' }}
        notFoundContent={staff.length === 0 ? '名册中还没有教职工' : '没有匹配的教职工'}
        data-testid={testId}
        popupRender={(menu) => (
          <>
            {menu}
            {onStaffAdded && (
              <>
                <Divider style={{ margin: '4px 0' }} />
                <Button
                  type="link"
                  icon={<PlusOutlined />}
                  // Keeps the focus in the Select, so the list does not close before the click arrives.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setOpen(false)
                    setAdding(true)
                  }}
                  data-testid={testId ? `${testId}-add-staff` : undefined}
                >
                  新增教职工
                </Button>
              </>
            )}
          </>
        )}
      />
      {adding && <StaffModal onClose={() => setAdding(false)} onSaved={(person) => void added(person)} />}
    </>
  )
}
