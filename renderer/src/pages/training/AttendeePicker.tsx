import { Button, Checkbox, Empty, Input, Space } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { useMemo, useState } from 'react'
import type { Staff } from '@shared/domain/entities'
import { chineseCollator } from '../../components/lookups'

interface AttendeePickerProps {
  staff: readonly Staff[]
  value?: number[]
  onChange?: (ids: number[]) => void
}

const noDepartment = '（未填写部门）'

interface Group {
  department: string
  people: Staff[]
}

function groupByDepartment(staff: readonly Staff[]): Group[] {
  const groups = new Map<string, Staff[]>()
  for (const person of staff) {
    const department = person.department.trim() || noDepartment
    groups.set(department, [...(groups.get(department) ?? []), person])
  }
  return [...groups.entries()].map(([department, people]) => ({ department, people })).sort((a, b) => chineseCollator.compare(a.department, b.department))
}

/**
 * Picks the attendees of a training from the roster: search by name or department, tick people one by one, or
 * tick a department to take everyone in it who is shown.
 */
export function AttendeePicker({ staff, value = [], onChange }: AttendeePickerProps) {
  const [search, setSearch] = useState('')
  const selected = new Set(value)
  const groups = useMemo(() => groupByDepartment(staff), [staff])

  const term = search.trim()
  const shown = groups
    .map((group) => ({
      ...group,
      people: term === '' || group.department.includes(term) ? group.people : group.people.filter((person) => person.name.includes(term))
    }))
    .filter((group) => group.people.length > 0)

  const setIds = (ids: Iterable<number>) => {
    const next = new Set(ids)
    // Keeps the roster's order, so the sign-in sheet lists people as the roster does.
    onChange?.(staff.filter((person) => next.has(person.id)).map((person) => person.id))
  }
  const toggleGroup = (people: readonly Staff[], checked: boolean) => {
    const next = new Set(selected)
    for (const person of people) {
      if (checked) next.add(person.id)
      else next.delete(person.id)
    }
    setIds(next)
  }
  const togglePerson = (id: number, checked: boolean) => {
    const next = new Set(selected)
    if (checked) next.add(id)
    else next.delete(id)
    setIds(next)
  }

  if (staff.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="名册中还没有教职工。请先在建设向导的“领导小组”步骤中添加教职工。" />
  }

  return (
    <div data-testid="attendee-picker">
      <Space wrap style={{ marginBottom: 8 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="按姓名或部门查找"
          style={{ width: 220 }}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="attendee-search"
        />
        <Button size="small" onClick={() => toggleGroup(shown.flatMap((group) => group.people), true)} data-testid="attendee-select-shown">
          {term ? '选中查找结果' : '全选'}
        </Button>
        <Button size="small" onClick={() => setIds([])} disabled={value.length === 0}>
          清空
        </Button>
        <span className="muted" data-testid="attendee-count">
          已选 {value.length} / {staff.length} 人
        </span>
      </Space>
      <div className="attendee-groups">
        {shown.map((group) => {
          const ticked = group.people.filter((person) => selected.has(person.id)).length
          return (
            <div key={group.department} className="attendee-group">
              <Checkbox
                checked={ticked === group.people.length}
                indeterminate={ticked > 0 && ticked < group.people.length}
                onChange={(event) => toggleGroup(group.people, event.target.checked)}
                data-testid={`attendee-department-${group.department}`}
              >
                <strong>{group.department}</strong>
                <span className="muted">（{ticked}/{group.people.length}）</span>
              </Checkbox>
              <div className="attendee-names">
                {group.people.map((person) => (
                  <Checkbox key={person.id} checked={selected.has(person.id)} onChange={(event) => togglePerson(person.id, event.target.checked)} data-testid={`attendee-${person.id}`}>
                    {person.name}
                  </Checkbox>
                ))}
              </div>
            </div>
          )
        })}
        {shown.length === 0 && <div className="muted">没有姓名或部门包含“{term}”的教职工。</div>}
      </div>
    </div>
  )
}
