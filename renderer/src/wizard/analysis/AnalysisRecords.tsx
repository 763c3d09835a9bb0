import { Alert, Button, Segmented, Space, Spin } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useState } from 'react'
import type { RiskPoint } from '@shared/domain/entities'
import {
  analysisFieldLabels,
  analysisMethodLabels,
  analysisMethods,
  defaultAnalysisMethod,
  recommendedMaxSteps,
  type AnalysisEntry,
  type AnalysisMethod
} from '@shared/domain/analysis'
import { ApiError, call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { AnalysisEntryModal } from './AnalysisEntryModal'
import { AnalysisTable } from './AnalysisTable'

interface AnalysisRecordsProps {
  point: RiskPoint
  /** Opens the risk editor for a new risk found at this step or item. */
  onCreateRisk: (entry: AnalysisEntry) => void
  /** Reloads the risk points, after a deletion left risks without their step. */
  onRisksChanged: () => Promise<void>
}

/** Moves the row to the focused element again after the list was redrawn, so Alt+↑/↓ can be pressed repeatedly. */
function refocusRow(id: number | undefined): void {
  if (id === undefined) return
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid^="analysis-table-"] tr[data-row-key="${id}"]`)?.focus())
}

/**
 * Shows the identification record of a risk point: JHA steps for an activity, SCL items for a facility. The other
 * method can be chosen for a point that needs it.
 */
export function AnalysisRecords({ point, onCreateRisk, onRisksChanged }: AnalysisRecordsProps) {
  const [entries, setEntries] = useState<AnalysisEntry[]>()
  const [error, setError] = useState<ApiError>()
  const [chosen, setChosen] = useState<AnalysisMethod>()
  const [editing, setEditing] = useState<AnalysisEntry | 'new'>()
  const run = useAction()

  const load = useCallback(async () => {
    try {
      setEntries(await call('analysis:list', { riskPointId: point.id }))
      setError(undefined)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
    }
  }, [point.id])

  useEffect(() => {
    void load()
  }, [load])

  if (error) return <ErrorBox error={error} onRetry={() => void load()} />
  if (!entries) return <Spin />

  const usedMethods = analysisMethods.filter((method) => entries.some((entry) => entry.method === method))
  const method = chosen ?? (usedMethods.length === 1 ? usedMethods[0] : defaultAnalysisMethod(point.kind))
  const entriesOfMethod = entries.filter((entry) => entry.method === method)
  const labels = analysisFieldLabels[method]

  const move = async (entry: AnalysisEntry, offset: -1 | 1) => {
    const ids = entriesOfMethod.map((candidate) => candidate.id)
    const from = ids.indexOf(entry.id)
    ids.splice(from, 1)
    ids.splice(from + offset, 0, entry.id)
    const saved = await run(() => call('analysis:reorder', { riskPointId: point.id, method, ids }))
    if (!saved) return
    setEntries(saved)
    refocusRow(entry.id)
  }

  const remove = async (entry: AnalysisEntry) => {
    const saved = await run(() => call('analysis:delete', { id: entry.id }), `${labels.item}“${entry.item}”已删除`)
    if (!saved) return
    setEntries(saved)
    if (point.risks.some((risk) => risk.analysisEntryId === entry.id)) await onRisksChanged()
  }

  return (
    <div className="analysis-records" data-testid={`analysis-records-${point.id}`}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Segmented<AnalysisMethod>
          value={method}
          onChange={setChosen}
          options={analysisMethods.map((value) => ({
            value,
            label: `${analysisMethodLabels[value]} ${entries.filter((entry) => entry.method === value).length} 条`
          }))}
          data-testid="analysis-method"
        />
        <span className="muted">{method === defaultAnalysisMethod(point.kind) ? '' : '本风险点类型通常采用另一种方法，确有需要时可用此方法记录。'}</span>
      </Space>
      {method === 'jha' && entriesOfMethod.length > recommendedMaxSteps && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`已有 ${entriesOfMethod.length} 个工作步骤。工作步骤一般不超过 ${recommendedMaxSteps} 步，步骤过多时可合并相近的步骤，或把活动拆分为几个风险点。`}
        />
      )}
      <AnalysisTable
        method={method}
        entries={entriesOfMethod}
        risks={point.risks}
        onEdit={setEditing}
        onDelete={remove}
        onMove={(entry, offset) => void move(entry, offset)}
        onCreateRisk={onCreateRisk}
      />
      <Button type="dashed" size="small" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setEditing('new')} data-testid={`analysis-add-${point.id}`}>
        添加{labels.item}
      </Button>
      {editing && (
        <AnalysisEntryModal
          point={point}
          method={method}
          entry={editing === 'new' ? undefined : editing}
          onSaved={setEntries}
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  )
}
