import { Alert, Button } from 'antd'
import { useSearchParams } from 'react-router'
import type { DueSummary } from '@shared/inspections/due'
import { parseDueFilter, planMatchesDue, type DueFilter } from './list-links'

const filterTitles: Record<DueFilter, string> = {
  due: '只显示本期还没有排查的计划',
  overdue: '只显示近30天有逾期未排查的计划'
}

export interface DueFilterState {
  filter: DueFilter | undefined
  /** The plans the filter keeps, or all of them without a filter or before the due figures are read. */
  apply: <T extends { id: number }>(plans: readonly T[], summary: DueSummary | undefined) => T[]
  clear: () => void
}

/** Reads the plans list's due filter from the address (?due=due or ?due=overdue) the start page links to. */
export function useDueFilter(): DueFilterState {
  const [params, setParams] = useSearchParams()
  const filter = parseDueFilter(params)
  return {
    filter,
    apply: (plans, summary) => (filter && summary ? plans.filter((plan) => planMatchesDue(summary, plan.id, filter)) : [...plans]),
    clear: () => setParams({}, { replace: true })
  }
}

/** Shows the line above a filtered plans list, with the button that shows every plan again. */
export function DueFilterNote({ state, shown }: { state: DueFilterState; shown: number }) {
  if (!state.filter) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${filterTitles[state.filter]}（${shown} 个）`}
      action={
        <Button size="small" onClick={state.clear} data-testid="due-filter-clear">
          显示全部计划
        </Button>
      }
      data-testid="due-filter-note"
    />
  )
}
