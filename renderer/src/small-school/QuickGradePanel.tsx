import { Radio, Table, Tag } from 'antd'
import { useState } from 'react'
import type { RiskPoint } from '@shared/domain/entities'
import { levelRank, riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'
import { call } from '../api/client'
import { useAction } from '../api/hooks'
import { LevelTag } from '../components/LevelTag'
import { methodShortLabels } from '../wizard/risk-editor/risk-display'
import { useProgressRefresh } from '../wizard/progress'
import type { RiskRow } from '../wizard/evaluation/EvaluationTable'

interface QuickGradePanelProps {
  rows: RiskRow[]
  onSaved: (point: RiskPoint) => void
}

/** Shows the four level definitions side by side, so every choice below is made against them. */
function Definitions() {
  return (
    <div className="quick-grade-definitions" data-testid="quick-grade-definitions">
      {riskLevels.map((level) => {
        const info = riskLevelInfo[level]
        return (
          <div key={level} className="quick-grade-definition">
            <LevelTag level={level} />
            <span>{info.definition}</span>
          </div>
        )
      })}
    </div>
  )
}

/**
 * Grading by the level definitions (按等级定义直接判定), the default of the small-school mode: one click per risk
 * on the level whose definition fits. Each click saves at once; the risk is then recorded as graded directly.
 */
export function QuickGradePanel({ rows, onSaved }: QuickGradePanelProps) {
  const run = useAction()
  const refresh = useProgressRefresh()
  const [saving, setSaving] = useState<number>()

  const grade = async (row: RiskRow, level: RiskLevel) => {
    setSaving(row.risk.id)
    const saved = await run(() => call('risks:quick-grade', { riskId: row.risk.id, level }), `已判定为${riskLevelInfo[level].word}`)
    setSaving(undefined)
    if (!saved) return
    onSaved(saved)
    refresh()
  }

  return (
    <>
      <Definitions />
      <Table<RiskRow>
        rowKey={(row) => row.risk.id}
        size="small"
        dataSource={rows}
        data-testid="quick-grade-table"
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100], showTotal: (total) => `共 ${total} 项` }}
        columns={[
          {
            title: '风险点',
            key: 'point',
            width: 150,
            render: (_value, row) => (
              <>
                <span className="muted">{row.point.code}</span> {row.point.name}
              </>
            )
          },
          { title: '危险有害因素', key: 'hazard', render: (_value, row) => row.risk.hazard },
          {
            title: '当前等级',
            key: 'level',
            width: 150,
            sorter: (a, b) => levelRank(a.risk.level) - levelRank(b.risk.level),
            render: (_value, row) => (
              <>
                <LevelTag level={row.risk.level} />
                {row.risk.method !== 'direct' && <Tag style={{ marginLeft: 4 }}>{`${methodShortLabels[row.risk.method]}初评`}</Tag>}
              </>
            )
          },
          {
            title: '按定义判定',
            key: 'grade',
            width: 250,
            render: (_value, row) => (
              <Radio.Group
                size="small"
                optionType="button"
                disabled={saving === row.risk.id}
                value={row.risk.method === 'direct' ? row.risk.level : undefined}
                onChange={(event) => void grade(row, event.target.value as RiskLevel)}
                data-testid={`quick-grade-${row.risk.id}`}
                options={riskLevels.map((level) => ({ value: level, label: riskLevelInfo[level].shortWord }))}
              />
            )
          }
        ]}
      />
    </>
  )
}
