import { Button, Space, Table, Tag, Tooltip } from 'antd'
import type { CheckItem, Post, RiskPoint } from '@shared/domain/entities'
import { checkFrequencyLabels, inspectionTypeLabels } from '@shared/domain/checks'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { postName } from '../../components/lookups'
import { useProgressRefresh } from '../progress'

interface CheckItemTableProps {
  items: CheckItem[]
  points: readonly RiskPoint[]
  posts: readonly Post[]
  onEdit: (item: CheckItem) => void
  onDeleted: (item: CheckItem) => void
}

/** Lists the check items: what is checked at each risk point, how, how often and by which post. */
export function CheckItemTable({ items, points, posts, onEdit, onDeleted }: CheckItemTableProps) {
  const run = useAction()
  const refresh = useProgressRefresh()
  const pointLabel = (id: number) => {
    const point = points.find((candidate) => candidate.id === id)
    return point ? `${point.code} ${point.name}` : ''
  }

  const remove = async (item: CheckItem) => {
    const done = await run(succeeded(() => call('check-items:delete', { id: item.id })), '排查项已删除')
    if (done === undefined) return
    refresh()
    onDeleted(item)
  }

  return (
    <Table<CheckItem>
      rowKey="id"
      size="small"
      dataSource={items}
      data-testid="check-item-table"
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 项` }}
      locale={{ emptyText: '没有符合条件的排查项。' }}
      columns={[
        { title: '风险点', key: 'point', width: 110, render: (_value, item) => pointLabel(item.riskPointId) },
        {
          title: '排查内容',
          key: 'content',
          render: (_value, item) => (
            <>
              {item.content}
              {item.edited && (
                <Tooltip title="已修改或自行添加，再次生成时保持不变">
                  <Tag style={{ marginLeft: 6 }}>已修改</Tag>
                </Tooltip>
              )}
            </>
          )
        },
        { title: '排查标准', dataIndex: 'standard' },
        { title: '排查方法', dataIndex: 'method', width: 76 },
        { title: '排查类型', key: 'type', width: 88, render: (_value, item) => inspectionTypeLabels[item.inspectionType] },
        { title: '频次', key: 'frequency', width: 64, render: (_value, item) => checkFrequencyLabels[item.frequency] },
        { title: '责任岗位', key: 'post', width: 100, render: (_value, item) => postName(posts, item.responsiblePostId) },
        {
          title: '操作',
          key: 'actions',
          width: 96,
          render: (_value, item) => (
            <Space size={0}>
              <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(item)} data-testid={`check-item-edit-${item.id}`}>
                编辑
              </Button>
              <DeleteButton
                target="这个排查项"
                consequence={item.measureId === null ? undefined : '由管控措施生成的排查项删除后，再次生成也不会恢复。'}
                onConfirm={() => remove(item)}
                testId={`check-item-delete-${item.id}`}
              />
            </Space>
          )
        }
      ]}
    />
  )
}
