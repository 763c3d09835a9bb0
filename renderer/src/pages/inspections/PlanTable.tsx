import { Button, Space, Table, Tag, Tooltip } from 'antd'
import { inspectionTypeLabels } from '@shared/domain/checks'
import type { Post, Staff } from '@shared/domain/entities'
import type { InspectionPlanRow } from '@shared/domain/inspections'
import type { DueSummary } from '@shared/inspections/due'
import { planScheduleLabel } from '@shared/inspections/schedule'
import { DeleteButton } from '../../components/DeleteButton'
import { postName, staffName } from '../../components/lookups'
import { DueCell } from './DueCell'

interface PlanTableProps {
  plans: readonly InspectionPlanRow[]
  due: DueSummary | undefined
  posts: readonly Post[]
  staff: readonly Staff[]
  onRecord: (plan: InspectionPlanRow) => void
  onPrint: (plan: InspectionPlanRow) => void
  onEdit: (plan: InspectionPlanRow) => void
  onDelete: (plan: InspectionPlanRow) => Promise<void>
}

/** Lists the plans with who carries them out, how many items they check and what is due. */
export function PlanTable({ plans, due, posts, staff, onRecord, onPrint, onEdit, onDelete }: PlanTableProps) {
  const dueOf = (plan: InspectionPlanRow) => due?.plans.find((entry) => entry.planId === plan.id)
  const responsible = (plan: InspectionPlanRow) => [postName(posts, plan.responsiblePostId), staffName(staff, plan.responsibleStaffId)].filter(Boolean).join('／') || '未指定'

  return (
    <Table<InspectionPlanRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...plans]}
      data-testid="plan-table"
      locale={{ emptyText: '还没有排查计划。可点击“建议计划”按排查清单生成，或点击“新建计划”。' }}
      columns={[
        {
          title: '排查计划',
          dataIndex: 'name',
          render: (name: string, plan) => (
            <Space orientation="vertical" size={0}>
              <Space size={4}>
                <span data-testid="plan-name">{name}</span>
                {!plan.active && <Tag>未启用</Tag>}
              </Space>
              <span className="muted">{inspectionTypeLabels[plan.inspectionType]}</span>
            </Space>
          )
        },
        { title: '排查时间', key: 'schedule', width: 130, render: (_value, plan) => planScheduleLabel(plan) },
        { title: '责任岗位／责任人', key: 'responsible', width: 160, render: (_value, plan) => responsible(plan) },
        {
          title: '检查项',
          key: 'items',
          width: 150,
          render: (_value, plan) => (
            <Space orientation="vertical" size={0}>
              <span>{plan.itemCount} 项</span>
              <Tooltip title="印在纸质检查表右上角。录入排查记录时，录入窗口显示的版本与纸质检查表相同，序号才与检查项一一对应；计划包含的检查项有增减或顺序变化时版本随之改变，请重新打印检查表。">
                <span className="muted plan-version" data-testid={`plan-version-${plan.id}`}>
                  检查表版本 {plan.id}-{plan.version}
                </span>
              </Tooltip>
            </Space>
          )
        },
        { title: '排查情况', key: 'due', width: 210, render: (_value, plan) => <DueCell plan={plan} due={dueOf(plan)} /> },
        {
          title: '操作',
          key: 'actions',
          width: 300,
          render: (_value, plan) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => onRecord(plan)} disabled={plan.itemCount === 0} data-testid={`plan-record-${plan.id}`}>
                录入记录
              </Button>
              <Button type="link" size="small" onClick={() => onPrint(plan)} disabled={plan.itemCount === 0} data-testid={`plan-print-${plan.id}`}>
                打印检查表
              </Button>
              <Button type="link" size="small" onClick={() => onEdit(plan)} data-testid={`plan-edit-${plan.id}`}>
                修改
              </Button>
              <DeleteButton target={`排查计划“${plan.name}”`} consequence="已录入的排查记录保留，记录中仍显示计划名称。" onConfirm={() => onDelete(plan)} />
            </Space>
          )
        }
      ]}
    />
  )
}
