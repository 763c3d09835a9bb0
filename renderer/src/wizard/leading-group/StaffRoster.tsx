import { Button, Empty, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Post, Staff } from '@shared/domain/entities'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { postName } from '../../components/lookups'
import { StaffModal } from '../../components/StaffModal'
import { useProgressRefresh } from '../progress'

interface StaffRosterProps {
  staff: readonly Staff[]
  posts: readonly Post[]
  /** Reloads everything that shows people, after a change to the roster. */
  onChanged: () => Promise<void>
}

/** 教职工名册: the people every later step picks from. */
export function StaffRoster({ staff, posts, onChanged }: StaffRosterProps) {
  const [editing, setEditing] = useState<Staff | 'new'>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const remove = async (person: Staff) => {
    const done = await run(succeeded(() => call('staff:delete', { id: person.id })), `已删除“${person.name}”`)
    if (done === undefined) return
    await onChanged()
    refresh()
  }

  return (
    <section className="block" data-testid="staff-roster">
      <div className="block-title">
        <Typography.Title level={5}>教职工名册</Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="staff-add">
          添加教职工
        </Button>
      </div>
      <Table<Staff>
        rowKey="id"
        size="small"
        dataSource={[...staff]}
        pagination={staff.length > 20 ? { pageSize: 20 } : false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="名册中还没有教职工。请先添加校长、分管副校长和各部门负责人，领导小组、岗位人员和风险责任人都从名册中选择。"
            />
          )
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '联系电话', dataIndex: 'phone', width: 130 },
          { title: '部门', dataIndex: 'department', width: 120 },
          { title: '备注', dataIndex: 'note' },
          {
            title: '所任岗位',
            key: 'posts',
            render: (_value, person) =>
              person.postIds.length === 0 ? (
                <span className="muted">未安排</span>
              ) : (
                person.postIds.map((id) => <Tag key={id}>{postName(posts, id)}</Tag>)
              )
          },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_value, person) => (
              <Space size={0}>
                <Button type="link" size="small" autoInsertSpace={false} onClick={() => setEditing(person)} data-testid={`staff-edit-${person.id}`}>
                  编辑
                </Button>
                <DeleteButton
                  target={`教职工“${person.name}”`}
                  consequence="此人在领导小组中的职务、岗位安排和培训签到记录将一并删除；奖惩记录保留其姓名。"
                  onConfirm={() => remove(person)}
                  testId={`staff-delete-${person.id}`}
                />
              </Space>
            )
          }
        ]}
      />
      {editing && (
        <StaffModal
          person={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => void onChanged()}
        />
      )}
    </section>
  )
}
