import { Alert, Collapse, Empty, Space, Spin, Switch, Tag } from 'antd'
import { useEffect, useState } from 'react'
import type { ControlMeasure, Risk } from '@shared/domain/entities'
import type { MeasureCategory } from '@shared/domain/measures'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { LevelTag } from '../../components/LevelTag'
import { StepHeader } from '../../components/StepHeader'
import { hasGaps, measureGaps } from '@shared/measure-gaps'
import { MeasureModal } from '../measures/MeasureModal'
import { RiskMeasures } from '../measures/RiskMeasures'
import { pointLevel } from '../risk-editor/risk-display'

interface Editing {
  risk: Risk
  measure?: ControlMeasure
  category?: MeasureCategory
}

/** Step 6 管控措施: the control measures of every risk in five categories, and the risks still lacking some. */
export function MeasuresStep() {
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const [onlyGaps, setOnlyGaps] = useState(false)
  const [openIds, setOpenIds] = useState<string[]>()
  const [editing, setEditing] = useState<Editing>()

  // On first load the points that still need measures are open. Afterwards only the user opens or closes
  // panels, so a panel does not fold away when its last gap is filled.
  useEffect(() => {
    if (points.data && openIds === undefined) {
      setOpenIds(points.data.filter((point) => point.risks.some(hasGaps)).map((point) => String(point.id)))
    }
  }, [points.data, openIds])

  const failed = points.error ?? posts.error ?? staff.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([points.reload(), posts.reload(), staff.reload()])} />
  if (!points.data || !posts.data || !staff.data) return <Spin />

  const list = points.data
  const risks = list.flatMap((point) => point.risks)
  const withoutMeasures = risks.filter((risk) => measureGaps(risk).none).length
  const weakHighRisks = risks.filter((risk) => measureGaps(risk).missing.length > 0).length
  const shortfalls: string[] = []
  if (withoutMeasures > 0) shortfalls.push(`${withoutMeasures} 项风险尚无管控措施`)
  if (weakHighRisks > 0) shortfalls.push(`${weakHighRisks} 项较大及以上风险缺少管理或应急处置措施`)
  const shownPoints = list.filter((point) => point.risks.length > 0 && (!onlyGaps || point.risks.some(hasGaps)))

  const header = (
    <StepHeader
      title="管控措施"
      intro="为每项风险落实管控措施，按工程技术、管理、培训教育、个体防护、应急处置五类填写；较大及以上风险必须有管理措施和应急处置措施。排查清单由这些措施生成。"
    />
  )

  if (risks.length === 0) {
    return (
      <>
        {header}
        <Empty description="还没有风险。请先在“风险辨识”一步添加风险点和风险。" />
      </>
    )
  }

  return (
    <>
      {header}
      {shortfalls.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="measures-summary" title={shortfalls.join('；')} />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="measures-summary" title={`全部 ${risks.length} 项风险都已落实管控措施。`} />
      )}
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={onlyGaps} onChange={setOnlyGaps} data-testid="measures-only-gaps" />
        <span>只看需要补充的风险</span>
      </Space>
      <Collapse
        activeKey={openIds ?? []}
        onChange={(keys) => setOpenIds(Array.isArray(keys) ? keys : [keys])}
        items={shownPoints.map((point) => {
          const level = pointLevel(point)
          const gapCount = point.risks.filter(hasGaps).length
          const pointRisks = onlyGaps ? point.risks.filter(hasGaps) : point.risks
          return {
            key: String(point.id),
            label: (
              <Space data-testid={`measures-point-${point.id}`}>
                <span className="muted">{point.code}</span>
                <span>{point.name}</span>
                {level && <LevelTag level={level} />}
                <span className="muted">{point.risks.length} 项风险</span>
                {gapCount > 0 && <Tag color="warning">{gapCount} 项需补充</Tag>}
              </Space>
            ),
            children: pointRisks.map((risk) => (
              <RiskMeasures
                key={risk.id}
                risk={risk}
                posts={posts.data ?? []}
                staff={staff.data ?? []}
                onAdd={(target, category) => setEditing({ risk: target, category })}
                onEdit={(target, measure) => setEditing({ risk: target, measure })}
                onDeleted={points.reload}
              />
            ))
          }
        })}
      />
      {editing && (
        <MeasureModal
          risk={editing.risk}
          measure={editing.measure}
          category={editing.category}
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
