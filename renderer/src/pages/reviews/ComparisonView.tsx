import { Empty, Space, Table, Typography } from 'antd'
import type { ReviewComparison, ReviewLevelChange, ReviewSnapshotEntry } from '@shared/domain/reviews'
import { LevelTag } from '../../components/LevelTag'

interface ComparisonViewProps {
  comparison: ReviewComparison
  /** Risks in the list being compared, for the first review's sentence. */
  riskCount: number
  testId: string
}

function pointText(entry: { pointCode: string; pointName: string }): string {
  return `${entry.pointCode} ${entry.pointName}`
}

function EntryTable({ title, entries, testId }: { title: string; entries: ReviewSnapshotEntry[]; testId: string }) {
  return (
    <Table<ReviewSnapshotEntry>
      rowKey="riskId"
      size="small"
      pagination={false}
      title={() => <strong>{title}（{entries.length} 项）</strong>}
      dataSource={entries}
      data-testid={testId}
      columns={[
        { title: '风险点', key: 'point', width: 170, render: (_value, entry) => pointText(entry) },
        { title: '危险有害因素', dataIndex: 'hazard' },
        { title: '风险等级', key: 'level', width: 130, render: (_value, entry) => <LevelTag level={entry.level} score={entry.score} /> }
      ]}
    />
  )
}

function ChangeTable({ changes, testId }: { changes: ReviewLevelChange[]; testId: string }) {
  return (
    <Table<ReviewLevelChange>
      rowKey="riskId"
      size="small"
      pagination={false}
      title={() => <strong>等级变化（{changes.length} 项）</strong>}
      dataSource={changes}
      data-testid={testId}
      columns={[
        { title: '风险点', key: 'point', width: 170, render: (_value, change) => pointText(change) },
        { title: '危险有害因素', dataIndex: 'hazard' },
        {
          title: '原等级 → 现等级',
          key: 'levels',
          width: 250,
          render: (_value, change) => (
            <Space size={4}>
              <LevelTag level={change.levelBefore} />→<LevelTag level={change.levelAfter} />
            </Space>
          )
        }
      ]}
    />
  )
}

/** Lists the risks added, removed and changed in level between two risk lists. */
export function ComparisonView({ comparison, riskCount, testId }: ComparisonViewProps) {
  if (comparison.first) {
    return (
      <Typography.Paragraph data-testid={testId}>
        这是首次评审：登记当前全部 {riskCount} 项风险，作为以后评审比较的基准。
      </Typography.Paragraph>
    )
  }
  const { added, removed, changed } = comparison
  if (added.length + removed.length + changed.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="与上次评审相比，没有新增、删除的风险，各项风险等级也没有变化。" data-testid={testId} />
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      {added.length > 0 && <EntryTable title="新增风险" entries={added} testId={`${testId}-added`} />}
      {removed.length > 0 && <EntryTable title="删除风险" entries={removed} testId={`${testId}-removed`} />}
      {changed.length > 0 && <ChangeTable changes={changed} testId={`${testId}-changed`} />}
    </Space>
  )
}
