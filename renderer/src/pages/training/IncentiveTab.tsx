import { Button, Empty, Space, Spin, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { incentiveKindLabels, type Incentive } from '@shared/domain/incentives'
import { call } from '../../api/client'
import { succeeded, useAction, useLoad } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorBox } from '../../components/ErrorBox'
import { IncentiveModal } from './IncentiveModal'

function target(incentive: Incentive): string {
  return incentive.targetKind === 'department' ? `${incentive.targetName}（部门）` : incentive.targetName
}

/** 奖惩记录: rewards and penalties, newest first, with the form. */
export function IncentiveTab() {
  const incentives = useLoad('incentives:list')
  const staff = useLoad('staff:list')
  const policies = useLoad('policies:list')
  const hazards = useLoad('incentives:hazard-options')
  const run = useAction()
  const [editing, setEditing] = useState<Incentive | 'new'>()

  const error = incentives.error ?? staff.error ?? policies.error ?? hazards.error
  if (error) return <ErrorBox error={error} onRetry={() => void Promise.all([incentives.reload(), staff.reload(), policies.reload(), hazards.reload()])} />
  if (!incentives.data || !staff.data || !policies.data || !hazards.data) return <Spin />
  const list = incentives.data

  const remove = async (incentive: Incentive) => {
    const done = await run(succeeded(() => call('incentives:delete', { id: incentive.id })), '奖惩记录已删除')
    if (done) await incentives.reload()
  }

  return (
    <section className="block" data-testid="incentive-list">
      <div className="block-title">
        <Typography.Title level={5}>考核奖惩记录</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="incentive-add">
          登记奖惩
        </Button>
      </div>
      <Table<Incentive>
        rowKey="id"
        size="small"
        dataSource={[...list]}
        pagination={list.length > 15 ? { pageSize: 15 } : false}
        data-testid="incentive-table"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="还没有奖惩记录。对发现、报告隐患的人员给予奖励，对排查走过场、隐患整改不力的给予惩处，都在这里登记，并写明依据的制度条款。"
            />
          )
        }}
        columns={[
          { title: '日期', dataIndex: 'decidedOn', width: 110 },
          { title: '对象', key: 'target', width: 140, render: (_value, incentive) => target(incentive) },
          {
            title: '类别',
            key: 'kind',
            width: 70,
            render: (_value, incentive) => <Tag color={incentive.kind === 'reward' ? 'green' : 'red'}>{incentiveKindLabels[incentive.kind]}</Tag>
          },
          {
            title: '事由',
            key: 'reason',
            render: (_value, incentive) => (
              <>
                {incentive.reason}
                {incentive.hazardCode && <Tag style={{ marginLeft: 4 }}>{incentive.hazardCode}</Tag>}
              </>
            )
          },
          { title: '依据条款', dataIndex: 'basis', width: 200 },
          { title: '奖惩措施', dataIndex: 'measure', width: 160 },
          { title: '审批人', dataIndex: 'approver', width: 80 },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_value, incentive) => (
              <Space size={0}>
                <Button type="link" size="small" autoInsertSpace={false} onClick={() => setEditing(incentive)} data-testid={`incentive-edit-${incentive.id}`}>
                  编辑
                </Button>
                <DeleteButton target={`${incentive.decidedOn}对“${target(incentive)}”的${incentiveKindLabels[incentive.kind]}记录`} onConfirm={() => remove(incentive)} testId={`incentive-delete-${incentive.id}`} />
              </Space>
            )
          }
        ]}
      />
      {editing && (
        <IncentiveModal
          incentive={editing === 'new' ? undefined : editing}
          staff={staff.data}
          policies={policies.data}
          hazards={hazards.data}
          onSaved={() => void incentives.reload()}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  )
}
