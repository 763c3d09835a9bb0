import { Space, Tag } from 'antd'
import type { InspectionPlanRow } from '@shared/domain/inspections'
import type { PlanDue } from '@shared/inspections/due'

/** Shows the plan's state on the school's today: this period done, due or not needed, overdue periods, and the next one. */
export function DueCell({ plan, due }: { plan: InspectionPlanRow; due: PlanDue | undefined }) {
  if (!plan.active) return <span className="muted">未启用</span>
  if (!due) return null
  const { current } = due

  return (
    <Space orientation="vertical" size={2} data-testid={`due-${plan.id}`}>
      <Space size={4} wrap>
        {current?.state === 'done' && <Tag color="success">本期已排查</Tag>}
        {current?.state === 'due' && <Tag color="warning" data-state="due">本期待排查（{current.label}）</Tag>}
        {!current && <span className="muted">当前不在排查时段</span>}
        {due.overdueCount > 0 && (
          <Tag color="error" data-state="overdue">
            逾期 {due.overdueCount} 次
          </Tag>
        )}
      </Space>
      {due.next && !current && (
        <span className="muted">
          下次：{due.next.label}（{due.next.startsOn} 起）
        </span>
      )}
    </Space>
  )
}
