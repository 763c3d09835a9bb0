import { Empty, Segmented, Select, Space, Spin } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import type { RiskPoint } from '@shared/domain/entities'
import { riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'
import { gradingMethodLabels, gradingMethods, type GradingMethod } from '@shared/grading/grade'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { EvaluationTable, type RiskRow } from '../evaluation/EvaluationTable'
import { LevelCounts } from '../evaluation/LevelCounts'
import { RiskModal } from '../risk-editor/RiskModal'
import { QuickGradePanel } from '../../small-school/QuickGradePanel'
import { useLinkedLevel } from '../evaluation/useLinkedLevel'

/** Step 5 风险评价: the level of every risk by LEC, LS or direct grading, with counts per level. */
export function EvaluationStep() {
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const tables = useLoad('value-tables:get')
  const small = useLoad('small-school:status')
  const [view, setView] = useState<'quick' | 'detailed'>()
  const [level, setLevel] = useLinkedLevel()
  const [method, setMethod] = useState<GradingMethod>()
  const [editing, setEditing] = useState<RiskRow>()

  const failed = points.error ?? posts.error ?? staff.error ?? tables.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([points.reload(), posts.reload(), staff.reload(), tables.reload()])} />
  if (!points.data || !posts.data || !staff.data || !tables.data) return <Spin />

  const list = points.data
  const allRows: RiskRow[] = list.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
  const rows = allRows.filter((row) => (!level || row.risk.level === level) && (!method || row.risk.method === method))
  const smallMode = small.data?.enabled === true
  // The small-school mode grades by the level definitions unless the user asks for LEC or LS.
  const quick = (view ?? (smallMode ? 'quick' : 'detailed')) === 'quick'
  const replace = (saved: RiskPoint) => points.setData(list.map((point) => (point.id === saved.id ? saved : point)))

  const header = (
    <StepHeader
      title="风险评价"
      intro={
        smallMode
          ? '小规模学校模式：对照四个等级的定义，逐项判定每项风险的等级（重大、较大、一般、低）。从风险库添加的风险已按典型取值初评，判定后即按本校实际记录。'
          : '用 LEC 法、LS 风险矩阵法或按等级定义，评定每项风险的等级（重大、较大、一般、低），并确定管控层级和责任人。从风险库添加的风险已按典型取值评价，请结合本校实际逐项核对。'
      }
      extra={
        <Link to="/risk-map" data-testid="evaluation-risk-map-link">
          评价后绘制安全风险四色分布图 →
        </Link>
      }
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
      {smallMode && (
        <Segmented
          style={{ marginTop: 12 }}
          value={quick ? 'quick' : 'detailed'}
          onChange={(value) => setView(value as 'quick' | 'detailed')}
          options={[
            { value: 'quick', label: '按等级定义快速评价' },
            { value: 'detailed', label: '详细评价（LEC / LS）' }
          ]}
          data-testid="evaluation-view"
        />
      )}
      {quick ? (
        <div style={{ marginTop: 12 }}>
          <QuickGradePanel rows={allRows.filter((row) => !level || row.risk.level === level)} onSaved={replace} />
        </div>
      ) : (
        <>
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
        </>
      )}
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
          onSaved={replace}
        />
      )}
    </>
  )
}
