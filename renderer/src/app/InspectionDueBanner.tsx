import { Alert, Button } from 'antd'
import { useState, type ReactNode } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { DueSummary } from '@shared/inspections/due'
import { useLoad } from '../api/hooks'
import { InspectionReminderContext } from './inspection-reminder'
import { inspectionPlansLink } from './list-links'

/** Names at most three plans, then how many more. */
function planNames(names: readonly string[]): string {
  const firstThree = names.slice(0, 3).map((name) => `“${name}”`).join('、')
  return names.length > 3 ? `${firstThree}等 ${names.length} 项` : firstThree
}

/** Returns the reminder sentence, or '' when nothing is due or overdue. */
export function dueText(summary: DueSummary): string {
  const due = summary.plans.filter((plan) => plan.current?.state === 'due').map((plan) => plan.planName)
  const overdue = summary.plans.filter((plan) => plan.overdueCount > 0)
  const parts: string[] = []
  if (due.length > 0) parts.push(`${planNames(due)}本期尚未排查`)
  if (overdue.length > 0) parts.push(`${planNames(overdue.map((plan) => plan.planName))}近 30 天有 ${summary.overdueCount} 次逾期未排查`)
  return parts.length > 0 ? `排查提醒：${parts.join('；')}。` : ''
}

/** Shows the start-up reminder under the title bar: plans due now or overdue. It can be closed for this session. */
function InspectionDueBanner({ summary }: { summary: DueSummary | undefined }) {
  const navigate = useNavigate()
  const location = useLocation()
  const [closed, setClosed] = useState(false)
  const text = summary ? dueText(summary) : ''
  if (!summary || closed || text === '') return null

  return (
    <Alert
      banner
      type={summary.overdueCount > 0 ? 'error' : 'warning'}
      showIcon
      closable={{ onClose: () => setClosed(true), 'aria-label': '关闭提醒' }}
      title={text}
      data-testid="inspection-banner"
      action={
        location.pathname.startsWith('/inspections') ? undefined : (
          <Button size="small" type="primary" onClick={() => navigate(inspectionPlansLink(summary.dueCount > 0 ? 'due' : 'overdue'))} data-testid="inspection-banner-go">
            去排查
          </Button>
        )
      }
    />
  )
}

/** Loads the due inspections once when the window opens, shows the reminder above the page, and lets pages refresh it. */
export function InspectionReminderArea({ children }: { children: ReactNode }) {
  const due = useLoad('inspections:due')
  return (
    <InspectionReminderContext.Provider value={{ reload: due.reload }}>
      <InspectionDueBanner summary={due.data} />
      {children}
    </InspectionReminderContext.Provider>
  )
}
