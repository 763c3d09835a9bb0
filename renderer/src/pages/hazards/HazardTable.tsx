import { Table, Tooltip } from 'antd'
import type { SorterResult } from 'antd/es/table/interface'
import type { HTMLAttributes, UIEvent } from 'react'
import type { HazardListRow } from '@shared/contract/hazards'
import type { HazardSortField } from '@shared/schemas/hazard-inputs'
import { GradeTag, OverdueTag, StateTag } from './HazardTags'

/** Height of the scrolling area, in pixels; the virtual list draws only the rows inside it. */
const tableHeight = 520
/** Distance from the bottom, in pixels, at which the next page is fetched. */
const prefetchMargin = 240

interface HazardTableProps {
  rows: HazardListRow[]
  total: number
  loading: boolean
  sortField?: HazardSortField
  sortOrder?: 'asc' | 'desc'
  onSort?: (field: HazardSortField, order: 'asc' | 'desc') => void
  onLoadMore?: () => void
  onOpen: (row: HazardListRow) => void
  /** A virtual table for the whole ledger; a plain one for short lists such as 督办. */
  virtual?: boolean
  testId: string
}

function sortOrderOf(field: HazardSortField, current?: HazardSortField, order?: 'asc' | 'desc') {
  if (field !== current) return null
  return order === 'asc' ? ('ascend' as const) : ('descend' as const)
}

/** Lists hazards one per line with grade, state and overdue flag; a click opens the record. */
export function HazardTable({ rows, total, loading, sortField, sortOrder, onSort, onLoadMore, onOpen, virtual = false, testId }: HazardTableProps) {
  const scrolled = (event: UIEvent<HTMLDivElement>) => {
    const target = event.currentTarget
    if (target.scrollTop + target.clientHeight >= target.scrollHeight - prefetchMargin) onLoadMore?.()
  }

  const sortable = onSort !== undefined
  return (
    <Table<HazardListRow>
      rowKey="id"
      size="small"
      virtual={virtual}
      scroll={virtual ? { x: 1100, y: tableHeight } : { x: 1100 }}
      onScroll={virtual ? scrolled : undefined}
      dataSource={rows}
      loading={loading && rows.length === 0}
      pagination={false}
      data-testid={testId}
      locale={{ emptyText: '没有符合条件的隐患。' }}
      onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' }, 'data-code': row.code } as HTMLAttributes<HTMLElement>)}
      onChange={(_pagination, _filters, sorter) => {
        const single = sorter as SorterResult<HazardListRow>
        if (!onSort) return
        const field = (single.columnKey as HazardSortField | undefined) ?? 'foundOn'
        onSort(single.order ? field : 'foundOn', single.order === 'ascend' ? 'asc' : 'desc')
      }}
      footer={virtual ? () => <span className="muted" data-testid={`${testId}-count`}>已显示 {rows.length} / 共 {total} 条</span> : undefined}
      columns={[
        { title: '隐患编号', key: 'code', dataIndex: 'code', width: 130, sorter: sortable, sortOrder: sortOrderOf('code', sortField, sortOrder) },
        { title: '发现日期', key: 'foundOn', dataIndex: 'foundOn', width: 110, sorter: sortable, sortOrder: sortOrderOf('foundOn', sortField, sortOrder) },
        {
          title: '隐患描述',
          key: 'description',
          width: 300,
          ellipsis: { showTitle: false },
          render: (_value, row) => (
            <Tooltip title={row.description} placement="topLeft">
              {row.description}
            </Tooltip>
          )
        },
        { title: '风险点 / 部位', key: 'place', width: 190, ellipsis: true, render: (_value, row) => [row.riskPointLabel, row.place].filter(Boolean).join(' / ') },
        { title: '等级', key: 'grade', width: 80, sorter: sortable, sortOrder: sortOrderOf('grade', sortField, sortOrder), render: (_value, row) => <GradeTag grade={row.grade} /> },
        {
          title: '状态',
          key: 'state',
          width: 190,
          sorter: sortable,
          sortOrder: sortOrderOf('state', sortField, sortOrder),
          render: (_value, row) => (
            <>
              <StateTag state={row.state} accepted={row.accepted} />
              <OverdueTag days={row.overdueDays} />
            </>
          )
        },
        { title: '整改责任人', key: 'responsible', dataIndex: 'responsibleName', width: 100 },
        { title: '整改时限', key: 'deadline', dataIndex: 'deadline', width: 110, sorter: sortable, sortOrder: sortOrderOf('deadline', sortField, sortOrder) }
      ]}
    />
  )
}
