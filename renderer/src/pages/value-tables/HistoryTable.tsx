import { Table } from 'antd'
import { valueTablesVersionLabel } from '@shared/grading/value-tables-version'
import type { ValueTablesHistoryEntry } from '@shared/value-tables'

function localTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Lists the sets of value tables applied in this school file, the latest first. */
export function HistoryTable({ history }: { history: ValueTablesHistoryEntry[] }) {
  return (
    <Table<ValueTablesHistoryEntry>
      rowKey="id"
      size="small"
      dataSource={history}
      pagination={false}
      data-testid="value-tables-history"
      locale={{ emptyText: '尚未修改过评价标准，一直使用软件的默认标准。' }}
      columns={[
        { title: '版本', key: 'version', width: 290, render: (_value, row) => valueTablesVersionLabel(row.version) },
        { title: '名称', dataIndex: 'name' },
        { title: '应用时间', key: 'appliedAt', width: 150, render: (_value, row) => localTime(row.appliedAt) },
        { title: '操作人', dataIndex: 'operator', width: 100 },
        { title: '等级变化的风险', dataIndex: 'changedRisks', width: 120, align: 'right', render: (value: number) => `${value} 项` }
      ]}
    />
  )
}
