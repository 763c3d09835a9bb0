import { Checkbox, DatePicker, Input, Radio, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import type { RiskPoint } from '@shared/domain/entities'
import { hazardGradeShortLabels, hazardGrades, hazardStateLabels, hazardStates, type HazardState } from '@shared/domain/hazards'
import { openHazardStates } from '../../app/list-links'
import type { HazardFilters, HazardSummary } from './useHazardPages'

const dateFormat = 'YYYY-MM-DD'

interface HazardFilterBarProps {
  filters: HazardFilters
  summary: HazardSummary | undefined
  points: readonly RiskPoint[]
  onChange: (filters: HazardFilters) => void
}

type StateChoice = HazardState | 'all' | 'open'

function stateCount(summary: HazardSummary | undefined, state: StateChoice): string {
  if (!summary) return ''
  const counted = statesOf(state)
  const listed: readonly HazardState[] = counted.length > 0 ? counted : hazardStates
  return ` ${listed.reduce((sum, item) => sum + summary.counts[item], 0)}`
}

/** Returns the radio choice of a state filter: one state, all, or every open state (未销号, as the start page links it). */
function stateChoice(states: readonly HazardState[]): StateChoice {
  if (states.length === 1) return states[0]
  const open = states.length === openHazardStates.length && openHazardStates.every((state) => states.includes(state))
  return open ? 'open' : 'all'
}

function statesOf(choice: StateChoice): HazardState[] {
  if (choice === 'all') return []
  return choice === 'open' ? [...openHazardStates] : [choice]
}

/**
 * State tabs with counts, grade, overdue only, risk point, text search and the found-date range. The search
 * runs on every keystroke (the list coalesces requests), but not while an input method is still composing
 * a Chinese word, whose Latin letters would only search for pinyin.
 */
export function HazardFilterBar({ filters, summary, points, onChange }: HazardFilterBarProps) {
  const [text, setText] = useState(filters.text)
  const [composing, setComposing] = useState(false)

  useEffect(() => {
    if (composing || text === filters.text) return
    onChange({ ...filters, text })
  }, [text, composing, filters, onChange])

  const state = stateChoice(filters.states)

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="hazard-filters">
      <Radio.Group
        value={state}
        optionType="button"
        onChange={(event) => onChange({ ...filters, states: statesOf(event.target.value as StateChoice) })}
        data-testid="hazard-state-filter"
        options={[
          { value: 'all', label: `全部${stateCount(summary, 'all')}` },
          { value: 'open', label: `未销号${stateCount(summary, 'open')}` },
          ...hazardStates.map((item) => ({ value: item, label: `${hazardStateLabels[item]}${stateCount(summary, item)}` }))
        ]}
      />
      <Space wrap>
        <Select
          value={filters.grade}
          onChange={(grade) => onChange({ ...filters, grade })}
          style={{ width: 120 }}
          options={[{ value: '', label: '全部等级' }, ...hazardGrades.map((grade) => ({ value: grade, label: `${hazardGradeShortLabels[grade]}隐患` }))]}
          data-testid="hazard-grade-filter"
        />
        <Select
          value={filters.riskPointId ?? undefined}
          onChange={(riskPointId: number | undefined) => onChange({ ...filters, riskPointId: riskPointId ?? null })}
          allowClear
          placeholder="全部风险点"
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))}
          data-testid="hazard-point-filter"
        />
        <DatePicker.RangePicker
          value={[filters.foundFrom ? dayjs(filters.foundFrom) : null, filters.foundTo ? dayjs(filters.foundTo) : null]}
          onChange={(range) => onChange({ ...filters, foundFrom: range?.[0]?.format(dateFormat) ?? null, foundTo: range?.[1]?.format(dateFormat) ?? null })}
          placeholder={['发现日期起', '发现日期止']}
          allowEmpty={[true, true]}
          data-testid="hazard-date-filter"
        />
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={(event) => {
            setComposing(false)
            setText(event.currentTarget.value)
          }}
          allowClear
          maxLength={100}
          placeholder="搜索编号、描述、部位、人员"
          style={{ width: 240 }}
          data-testid="hazard-search"
        />
        <Checkbox checked={filters.overdueOnly} onChange={(event) => onChange({ ...filters, overdueOnly: event.target.checked })} data-testid="hazard-overdue-filter">
          只看逾期{summary ? `（${summary.overdueCount}）` : ''}
        </Checkbox>
      </Space>
    </Space>
  )
}
