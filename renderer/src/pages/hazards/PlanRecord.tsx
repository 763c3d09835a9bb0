import { Descriptions, Typography } from 'antd'
import type { Hazard } from '@shared/domain/hazards'

/** Keeps line breaks typed into the plan's text areas. */
function multiline(text: string) {
  return text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : '—'
}

/**
 * Shows 五落实 and the 治理方案 as text once the plan can no longer change (验收通过 or 销号): disabled inputs
 * would draw it pale and hard to read, and the record is read and printed from the screen.
 */
export function PlanRecord({ hazard, note }: { hazard: Hazard; note?: string }) {
  const major = hazard.grade === 'major'
  return (
    <>
      <Descriptions
        size="small"
        column={3}
        bordered
        styles={{ label: { whiteSpace: 'nowrap' } }}
        data-testid="hazard-plan-record"
        items={[
          { key: 'responsible', label: '整改责任人', children: hazard.responsible.name || '—' },
          { key: 'deadline', label: '整改时限', children: hazard.deadline ?? '—' },
          { key: 'funds', label: '整改资金', children: hazard.funds || '—' },
          { key: 'measures', label: '整改措施', span: 3, children: multiline(hazard.measures) },
          { key: 'contingency', label: '应急预案', span: 3, children: multiline(hazard.contingency) },
          ...(major ? [{ key: 'governance', label: '治理方案', span: 3, children: multiline(hazard.governancePlan) }] : [])
        ]}
      />
      {note && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
          {note}
        </Typography.Text>
      )}
    </>
  )
}
