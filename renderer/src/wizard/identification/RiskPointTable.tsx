import { Button, Empty, Space, Table, Tooltip } from 'antd'
import { useState } from 'react'
import type { Post, Risk, RiskPoint } from '@shared/domain/entities'
import type { AnalysisEntry } from '@shared/domain/analysis'
import { riskPointKindLabels } from '@shared/domain/entities'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { LevelTag } from '../../components/LevelTag'
import { postName } from '../../components/lookups'
import { useProgressRefresh } from '../progress'
import { SaveAsCustomModal } from './SaveAsCustomModal'
import { pointLevel } from '../risk-editor/risk-display'
import { PointPanel } from './PointPanel'

interface RiskPointTableProps {
  points: readonly RiskPoint[]
  posts: readonly Post[]
  expandedIds: number[]
  onExpandedChange: (ids: number[]) => void
  onEditPoint: (point: RiskPoint) => void
  onEditRisk: (point: RiskPoint, risk?: Risk) => void
  /** Opens the risk editor for a risk found at a JHA step or SCL item of the point. */
  onCreateRiskFromEntry: (point: RiskPoint, entry: AnalysisEntry) => void
  onChanged: () => Promise<void>
}

/** Lists the school's risk points with their highest level; a row opens to show and edit its risks and its JHA or SCL record. */
export function RiskPointTable({ points, posts, expandedIds, onExpandedChange, onEditPoint, onEditRisk, onCreateRiskFromEntry, onChanged }: RiskPointTableProps) {
  const run = useAction()
  const refresh = useProgressRefresh()
  const [savingAsCustom, setSavingAsCustom] = useState<RiskPoint>()

  const remove = async (point: RiskPoint) => {
    const done = await run(succeeded(() => call('risk-points:delete', { id: point.id })), `已删除风险点“${point.name}”`)
    if (done === undefined) return
    refresh()
    await onChanged()
  }

  return (
    <>
      <Table<RiskPoint>
        rowKey="id"
        size="small"
        data-testid="risk-point-table"
        dataSource={[...points]}
        pagination={points.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description="还没有风险点。请在“从风险库添加”中勾选本校有的场所和活动，或添加自定义风险点。" /> }}
        expandable={{
          expandedRowKeys: expandedIds,
          onExpandedRowsChange: (keys) => onExpandedChange(keys.map(Number)),
          expandedRowRender: (point) => (
            <PointPanel
              point={point}
              onAddRisk={() => onEditRisk(point)}
              onEditRisk={(risk) => onEditRisk(point, risk)}
              onCreateRiskFromEntry={(entry) => onCreateRiskFromEntry(point, entry)}
              onChanged={onChanged}
            />
          )
        }}
        columns={[
          { title: '编号', dataIndex: 'code', width: 72 },
          { title: '名称', dataIndex: 'name' },
          { title: '类型', key: 'kind', width: 80, render: (_value, point) => riskPointKindLabels[point.kind] },
          { title: '区域', dataIndex: 'area', width: 100 },
          { title: '责任岗位', key: 'owner', width: 110, render: (_value, point) => postName(posts, point.ownerPostId) },
          { title: '风险数', key: 'risks', width: 60, render: (_value, point) => point.risks.length },
          {
            title: '最高等级',
            key: 'level',
            width: 110,
            render: (_value, point) => {
              const level = pointLevel(point)
              return level ? <LevelTag level={level} /> : <span className="muted">未辨识</span>
            }
          },
          {
            title: '操作',
            key: 'actions',
            width: 172,
            render: (_value, point) => (
              <Space size={0}>
                <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEditPoint(point)} data-testid={`risk-point-edit-${point.id}`}>
                  编辑
                </Button>
                <Tooltip title="把该风险点及其风险、管控措施和排查项保存到自定义风险库，供其他学校使用">
                  <Button
                    type="link"
                    size="small"
                    autoInsertSpace={false}
                    disabled={point.risks.length === 0}
                    onClick={() => setSavingAsCustom(point)}
                    data-testid={`risk-point-save-custom-${point.id}`}
                  >
                    存为自定义
                  </Button>
                </Tooltip>
                <DeleteButton
                  target={`风险点“${point.name}”`}
                  consequence="其下的风险、管控措施和排查项将一并删除。"
                  onConfirm={() => remove(point)}
                  testId={`risk-point-delete-${point.id}`}
                />
              </Space>
            )
          }
        ]}
      />
      {savingAsCustom && <SaveAsCustomModal point={savingAsCustom} onSaved={onChanged} onClose={() => setSavingAsCustom(undefined)} />}
    </>
  )
}
