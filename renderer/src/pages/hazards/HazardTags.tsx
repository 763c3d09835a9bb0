import { Tag } from 'antd'
import { hazardGradeShortLabels, hazardStateLabels, type HazardGrade, type HazardState } from '@shared/domain/hazards'

const stateColours: Record<HazardState, string> = {
  reported: 'default',
  rectifying: 'processing',
  'awaiting-acceptance': 'warning',
  closed: 'success'
}

export function StateTag({ state, accepted }: { state: HazardState; accepted?: boolean }) {
  const label = state === 'awaiting-acceptance' && accepted ? '已验收，待销号' : hazardStateLabels[state]
  return (
    <Tag color={stateColours[state]} data-state={state} style={{ marginInlineEnd: 4 }}>
      {label}
    </Tag>
  )
}

export function GradeTag({ grade }: { grade: HazardGrade }) {
  return (
    <Tag color={grade === 'major' ? 'red' : 'blue'} data-grade={grade} style={{ marginInlineEnd: 4 }}>
      {hazardGradeShortLabels[grade]}
    </Tag>
  )
}

/** The red 逾期 N 天 flag; nothing when the hazard is on time. */
export function OverdueTag({ days }: { days: number }) {
  if (days <= 0) return null
  return (
    <Tag color="red" className="overdue-tag" data-testid="overdue-tag" style={{ marginInlineEnd: 4 }}>
      逾期 {days} 天
    </Tag>
  )
}
