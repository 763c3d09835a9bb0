import { Tabs } from 'antd'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { defaultAnalysisMethod, type AnalysisEntry } from '@shared/domain/analysis'
import { AnalysisRecords } from '../analysis/AnalysisRecords'
import { PointRisks } from './PointRisks'

interface PointPanelProps {
  point: RiskPoint
  onAddRisk: () => void
  onEditRisk: (risk: Risk) => void
  onCreateRiskFromEntry: (entry: AnalysisEntry) => void
  onChanged: () => Promise<void>
}

/** Shows the opened row of a risk point: its risks, and its identification record (JHA steps or SCL items). */
export function PointPanel({ point, onAddRisk, onEditRisk, onCreateRiskFromEntry, onChanged }: PointPanelProps) {
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'risks',
          label: <span data-testid={`point-tab-risks-${point.id}`}>风险（{point.risks.length}）</span>,
          children: <PointRisks point={point} onAdd={onAddRisk} onEdit={onEditRisk} onDeleted={onChanged} />
        },
        {
          key: 'records',
          label: <span data-testid={`point-tab-records-${point.id}`}>辨识记录（{defaultAnalysisMethod(point.kind).toUpperCase()}）</span>,
          children: <AnalysisRecords point={point} onCreateRisk={onCreateRiskFromEntry} onRisksChanged={onChanged} />
        }
      ]}
    />
  )
}
