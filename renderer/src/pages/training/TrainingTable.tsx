import { Button, Empty, Space, Table } from 'antd'
import { participantCount, trainingKindLabels, type Training } from '@shared/domain/training'
import { formatHours } from '@shared/domain/training-summary'
import { DeleteButton } from '../../components/DeleteButton'

interface TrainingTableProps {
  trainings: readonly Training[]
  onEdit: (training: Training) => void
  onDelete: (training: Training) => Promise<void>
}

function attendance(training: Training): string {
  if (training.headcount === null) return String(training.attendeeIds.length)
  return training.attendeeIds.length > 0 ? `${training.headcount}（教职工 ${training.attendeeIds.length}）` : String(training.headcount)
}

/** Shows the training records, newest first. */
export function TrainingTable({ trainings, onEdit, onDelete }: TrainingTableProps) {
  return (
    <Table<Training>
      rowKey="id"
      size="small"
      dataSource={[...trainings]}
      pagination={trainings.length > 15 ? { pageSize: 15 } : false}
      data-testid="training-table"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="还没有培训记录。每次培训、演练或安全教育课后，点击“登记培训”记下时间、内容、参训人员和现场照片。"
          />
        )
      }}
      columns={[
        { title: '日期', dataIndex: 'heldOn', width: 110 },
        { title: '培训主题', dataIndex: 'topic' },
        { title: '类别', key: 'kind', width: 130, render: (_value, training) => trainingKindLabels[training.kind] },
        { title: '主讲人', dataIndex: 'trainer', width: 150 },
        { title: '学时', key: 'hours', width: 60, align: 'center', render: (_value, training) => formatHours(training.hours) },
        {
          title: '参训人数',
          key: 'attendees',
          width: 130,
          align: 'center',
          render: (_value, training) => <span title={`共 ${participantCount(training)} 人`}>{attendance(training)}</span>
        },
        { title: '附件', key: 'attachments', width: 60, align: 'center', render: (_value, training) => training.attachments.length || '—' },
        {
          title: '操作',
          key: 'actions',
          width: 100,
          render: (_value, training) => (
            <Space size={0}>
              <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(training)} data-testid={`training-edit-${training.id}`}>
                编辑
              </Button>
              <DeleteButton
                target={`培训记录“${training.topic}”`}
                consequence="签到名单、现场照片和附件将一并删除。"
                onConfirm={() => onDelete(training)}
                testId={`training-delete-${training.id}`}
              />
            </Space>
          )
        }
      ]}
    />
  )
}
