import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface FigureLinkProps {
  to: string
  value: number
  label: ReactNode
  /** Draws the number in red when it is above zero: something is late. */
  alarm?: boolean
  testId: string
}

/** Shows a count with its label, the whole a link to the list it counts. */
export function FigureLink({ to, value, label, alarm, testId }: FigureLinkProps) {
  return (
    <Link to={to} className="figure-link" data-testid={testId}>
      <span className={alarm && value > 0 ? 'figure-value alarm' : 'figure-value'} data-testid={`${testId}-value`}>
        {value}
      </span>
      <span className="figure-label">{label}</span>
    </Link>
  )
}
