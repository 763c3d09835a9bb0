import { Empty, Select, Space, Spin } from 'antd'
import { useState } from 'react'
import { riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'
import { gradingMethodLabels, gradingMethods, type GradingMethod } from '@shared/grading/grade'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { EvaluationTable, type RiskRow } from '../evaluation/EvaluationTable'
import { LevelCounts } from '../evaluation/LevelCounts'
import { RiskModal } from '../risk-editor/RiskModal'

/** Step 5 风险评价: the level of every risk by LEC, LS or direct grading, with counts per level. */
export function EvaluationStep() {
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const tables = useLoad('value-tables:get')
  const [level, setLevel] = useState<RiskLevel>()
  const [method, setMethod] = useState<GradingMethod>()
  const [editing, setEditing] = useState<RiskRow>()

  const failed = points.error ?? posts.error ?? staff.error ?? tables.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([points.reload(), posts.reload(), staff.reload(), tables.reload()])} />
  if (!points.data || !posts.data || !staff.data || !tables.data) return <Spin />

  const list = points.data
  const allRows: RiskRow[] = list.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
  const rows = allRows.filter((row) => (!level || row.risk.level === level) && (!method || row.risk.method === method))

  const header = (
    <StepHeader
      title="风险评价"
      intro="用 LEC 法、LS 风险矩阵法或按等级定义，评定每项风险的等级（重大、较大、一般、低），并确定管控层级和责任人。从风险库添加的风险已按典型取值评价，请结合本校实际逐项核对。"
    />
  )

  if (allRows.length === 0) {
    return (
      <>
        {header}
        <Empty description="还没有需要评价的风险。请先在“风险辨识”一步添加风险点和风险。" />
      </>
    )
  }

  return (
    <>
      {header}
      <LevelCounts risks={allRows.map((row) => row.risk)} selected={level} onSelect={setLevel} />
      <Space style={{ margin: '12px 0' }} wrap>
        <Select<RiskLevel | undefined>
          value={level}
          onChange={setLevel}
          allowClear
          placeholder="全部等级"
          style={{ width: 160 }}
          options={riskLevels.map((value) => ({ value, label: `${riskLevelInfo[value].colourName} · ${riskLevelInfo[value].word}` }))}
          data-testid="evaluation-filter-level"
        />
        <Select<GradingMethod | undefined>
          value={method}
          onChange={setMethod}
          allowClear
          placeholder="全部评价方法"
          style={{ width: 240 }}
          options={gradingMethods.map((value) => ({ value, label: gradingMethodLabels[value] }))}
          data-testid="evaluation-filter-method"
        />
        <span className="muted">
          显示 {rows.length} / {allRows.length} 项风险
        </span>
      </Space>
      <EvaluationTable rows={rows} onEvaluate={setEditing} />
      {editing && (
        <RiskModal
          point={editing.point}
          risk={editing.risk}
          focus="evaluation"
          tables={tables.data}
          posts={posts.data}
          staff={staff.data}
          onStaffAdded={staff.reload}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => points.setData(list.map((point) => (point.id === saved.id ? saved : point)))}
        />
      )}
    </>
  )
}
