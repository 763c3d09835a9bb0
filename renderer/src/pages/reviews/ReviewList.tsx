import { Table } from 'antd'
import type { RiskReviewRecord } from '@shared/domain/reviews'
import { ComparisonView } from './ComparisonView'

function countCell(record: RiskReviewRecord, count: number): string {
  return record.comparison.first ? '—' : `${count} 项`
}

/** Lists past reviews, the latest first; a row opens to the risks added, removed and regraded since the review before. */
export function ReviewList({ reviews }: { reviews: RiskReviewRecord[] }) {
  return (
    <Table<RiskReviewRecord>
      rowKey="id"
      size="small"
      dataSource={reviews}
      pagination={false}
      data-testid="review-list"
      locale={{ emptyText: '尚未开展评审。' }}
      expandable={{
        rowExpandable: (record) => !record.comparison.first,
        expandedRowRender: (record) => <ComparisonView comparison={record.comparison} riskCount={record.riskCount} testId={`review-${record.id}-comparison`} />
      }}
      columns={[
        { title: '评审日期', dataIndex: 'reviewedOn', width: 110 },
        { title: '学期', dataIndex: 'term', width: 210 },
        { title: '风险数', dataIndex: 'riskCount', width: 70, align: 'right' },
        { title: '新增', key: 'added', width: 70, align: 'right', render: (_value, record) => countCell(record, record.comparison.added.length) },
        { title: '删除', key: 'removed', width: 70, align: 'right', render: (_value, record) => countCell(record, record.comparison.removed.length) },
        { title: '等级变化', key: 'changed', width: 80, align: 'right', render: (_value, record) => countCell(record, record.comparison.changed.length) },
        { title: '评审人', dataIndex: 'reviewer', width: 140 },
        { title: '说明', key: 'summary', render: (_value, record) => record.summary || (record.comparison.first ? '首次评审' : '') }
      ]}
    />
  )
}
