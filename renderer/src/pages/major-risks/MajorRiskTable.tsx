import { Button, Space, Table, Tag } from 'antd'
import type { Post, Staff } from '@shared/domain/entities'
import { planGaps, type MajorRiskEntry } from '@shared/domain/major-risks'
import { measureCategoryShortLabels, measureCategories } from '@shared/domain/measures'
import { LevelTag } from '../../components/LevelTag'
import { postName, staffName } from '../../components/lookups'
import { DeleteButton } from '../../components/DeleteButton'

interface MajorRiskTableProps {
  entries: MajorRiskEntry[]
  staff: readonly Staff[]
  posts: readonly Post[]
  onEdit: (entry: MajorRiskEntry) => void
  /** Given for downgraded risks, whose kept plan may be deleted. */
  onDeletePlan?: (entry: MajorRiskEntry) => Promise<void>
  testId: string
}

function measureSummary(entry: MajorRiskEntry): string {
  const parts = measureCategories
    .map((category) => ({ category, count: entry.risk.measures.filter((measure) => measure.category === category).length }))
    .filter((part) => part.count > 0)
    .map((part) => `${measureCategoryShortLabels[part.category]} ${part.count} 项`)
  return parts.length > 0 ? parts.join('、') : '尚未制定'
}

function PlanState({ entry }: { entry: MajorRiskEntry }) {
  if (!entry.plan) return <Tag color="red">未制定</Tag>
  const gaps = planGaps(entry.plan)
  return (
    <Space size={4} wrap>
      {gaps.length > 0 ? <Tag color="orange" title={`尚未填写：${gaps.join('、')}`}>待完善</Tag> : <Tag color="green">已制定</Tag>}
      {entry.plan.reportedOn ? <Tag>已于 {entry.plan.reportedOn} 上报</Tag> : <Tag>未上报</Tag>}
    </Space>
  )
}

/** Major risks with their point, score, measures, owner and the state of their plan. */
export function MajorRiskTable({ entries, staff, posts, onEdit, onDeletePlan, testId }: MajorRiskTableProps) {
  return (
    <Table<MajorRiskEntry>
      rowKey={(entry) => entry.risk.id}
      size="small"
      dataSource={entries}
      pagination={false}
      data-testid={testId}
      columns={[
        { title: '风险点', key: 'point', width: 150, render: (_value, entry) => `${entry.point.code} ${entry.point.name}` },
        { title: '危险有害因素', key: 'hazard', render: (_value, entry) => entry.risk.hazard },
        { title: '风险值与等级', key: 'level', width: 150, render: (_value, entry) => <LevelTag level={entry.risk.level} score={entry.risk.score} /> },
        { title: '管控措施', key: 'measures', width: 170, render: (_value, entry) => measureSummary(entry) },
        {
          title: '责任人',
          key: 'owner',
          width: 130,
          render: (_value, entry) => {
            const planned = entry.plan ? staffName(staff, entry.plan.responsibleStaffId) : ''
            return planned || [postName(posts, entry.risk.ownerPostId), staffName(staff, entry.risk.ownerStaffId)].filter(Boolean).join('／') || '未指定'
          }
        },
        { title: '管控方案', key: 'plan', width: 190, render: (_value, entry) => <PlanState entry={entry} /> },
        {
          title: '操作',
          key: 'actions',
          width: 130,
          render: (_value, entry) => (
            <Space size={0}>
              <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(entry)} data-testid={`plan-edit-${entry.risk.id}`}>
                {entry.plan ? '修改方案' : '填写方案'}
              </Button>
              {onDeletePlan && <DeleteButton target={`“${entry.risk.hazard}”的管控方案`} label="删除方案" onConfirm={() => onDeletePlan(entry)} testId={`plan-delete-${entry.risk.id}`} />}
            </Space>
          )
        }
      ]}
    />
  )
}
