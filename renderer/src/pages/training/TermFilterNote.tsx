import { Alert, Button } from 'antd'
import { useSearchParams } from 'react-router'
import type { Training } from '@shared/domain/training'
import type { TrainingSummary } from '@shared/domain/training-summary'
import { parseTrainingPeriod } from '../../app/list-links'

export interface TermFilterState {
  active: boolean
  /** The sessions the filter keeps: this term's up to the summary's day, as the start page counts them. */
  apply: (trainings: readonly Training[], summary: TrainingSummary) => Training[]
  clear: () => void
}

/** Reads the training list's term filter from the address (?period=term) the start page links to. */
export function useTermFilter(): TermFilterState {
  const [params, setParams] = useSearchParams()
  const active = parseTrainingPeriod(params) === 'term'
  return {
    active,
    apply: (trainings, summary) => (active ? trainings.filter((training) => summary.term.startsOn <= training.heldOn && training.heldOn <= summary.on) : [...trainings]),
    clear: () => setParams({}, { replace: true })
  }
}

/** Shows the line above a term-filtered training list, with the button that shows every session again. */
export function TermFilterNote({ state, summary, shown }: { state: TermFilterState; summary: TrainingSummary; shown: number }) {
  if (!state.active) return null
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`只显示本学期（${summary.term.name}）的培训（${shown} 次）`}
      action={
        <Button size="small" onClick={state.clear} data-testid="training-term-clear">
          显示全部培训
        </Button>
      }
      data-testid="training-term-note"
    />
  )
}
