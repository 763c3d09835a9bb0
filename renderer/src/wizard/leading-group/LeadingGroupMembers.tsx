import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { LeadingGroup, LeadingGroupMember, Staff } from '@shared/domain/entities'
import { leadingGroupRoleLabels, type LeadingGroupRole } from '@shared/domain/posts'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { staffName } from '../../components/lookups'
import { useProgressRefresh } from '../progress'
import { MemberModal } from './MemberModal'

const roleColours: Record<LeadingGroupRole, string> = { leader: 'red', deputy: 'orange', member: 'default' }

interface LeadingGroupMembersProps {
  group: LeadingGroup
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onGroupChanged: (group: LeadingGroup) => void
}

/** 领导小组: members chosen from the roster with their role in the group, title and duty. */
export function LeadingGroupMembers({ group, staff, onStaffAdded, onGroupChanged }: LeadingGroupMembersProps) {
  const [editing, setEditing] = useState<LeadingGroupMember | 'new'>()
  const run = useAction()
  const refresh = useProgressRefresh()
  const hasLeader = group.members.some((member) => member.role === 'leader')

  const remove = async (member: LeadingGroupMember) => {
    const saved = await run(() => call('leading-group:delete-member', { id: member.id }), '已移出领导小组')
    if (!saved) return
    onGroupChanged(saved)
    refresh()
  }

  return (
    <section className="block" data-testid="leading-group">
      <div className="block-title">
        <Typography.Title level={5}>双重预防体系建设领导小组</Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={staff.length === 0} data-testid="member-add">
          添加成员
        </Button>
      </div>
      {group.members.length > 0 && (!hasLeader || group.members.length < 3) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={!hasLeader ? '领导小组还没有组长，组长一般由校（园）长担任。' : '领导小组至少需要 3 名成员。'}
        />
      )}
      <Table<LeadingGroupMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={group.members}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                staff.length === 0
                  ? '请先在上方名册中添加教职工，再从名册中选择领导小组成员。'
                  : '还没有成员。请添加组长（一般为校长）、副组长（分管副校长）和各部门负责人。'
              }
            />
          )
        }}
        columns={[
          {
            title: '组内职务',
            dataIndex: 'role',
            width: 100,
            render: (role: LeadingGroupRole) => <Tag color={roleColours[role]}>{leadingGroupRoleLabels[role]}</Tag>
          },
          { title: '姓名', key: 'name', width: 110, render: (_value, member) => staffName(staff, member.staffId) },
          { title: '行政职务', dataIndex: 'title', width: 150 },
          { title: '分工', dataIndex: 'duty' },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_value, member) => (
              <Space size={0}>
                <Button type="link" size="small" autoInsertSpace={false} onClick={() => setEditing(member)} data-testid={`member-edit-${member.id}`}>
                  编辑
                </Button>
                <DeleteButton
                  target={`领导小组成员“${staffName(staff, member.staffId)}”`}
                  consequence="此人仍保留在教职工名册中。"
                  label="移出"
                  onConfirm={() => remove(member)}
                  testId={`member-delete-${member.id}`}
                />
              </Space>
            )
          }
        ]}
      />
      {editing && (
        <MemberModal
          member={editing === 'new' ? undefined : editing}
          staff={staff}
          seatedIds={group.members.map((member) => member.staffId)}
          onStaffAdded={onStaffAdded}
          onClose={() => setEditing(undefined)}
          onSaved={onGroupChanged}
        />
      )}
    </section>
  )
}
