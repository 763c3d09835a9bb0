import { Alert, Empty, Switch, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { formatHours, type PersonTraining, type TrainingSummary } from '@shared/domain/training-summary'

interface TrainingSummaryBlockProps {
  summary: TrainingSummary
}

function status(person: PersonTraining) {
  if (!person.untrained) return <Tag color="green">已参训</Tag>
  if (person.makeUpBy === null) return <Tag color="orange">未参训</Tag>
  return person.makeUpOverdue ? (
    <Tag color="red">未参训，补训已逾期（应于 {person.makeUpBy} 前）</Tag>
  ) : (
    <Tag color="orange">未参训，应于 {person.makeUpBy} 前补训</Tag>
  )
}

/** 教职工参训情况: sessions and hours per person this term and year, with who has not attended this term. */
export function TrainingSummaryBlock({ summary }: TrainingSummaryBlockProps) {
  const [onlyUntrained, setOnlyUntrained] = useState(false)
  const untrained = summary.people.filter((person) => person.untrained)
  const rows = onlyUntrained ? untrained : summary.people
  const termNote = summary.term.fromCalendar ? '' : '学期起止日期按常规推算：第一学期 8 月至次年 1 月，第二学期 2 月至 7 月。'

  return (
    <section className="block" data-testid="training-summary">
      <div className="block-title">
        <Typography.Title level={5}>教职工参训情况</Typography.Title>
        <span>
          <Switch size="small" checked={onlyUntrained} onChange={setOnlyUntrained} data-testid="training-summary-untrained-only" /> 只看未参训人员
        </span>
      </div>
      <Typography.Paragraph type="secondary">
        本学期（{summary.term.name}，{summary.term.startsOn} 至 {summary.term.endsOn}）开展培训 {summary.termSessions} 次、{formatHours(summary.termHours)} 学时；
        {summary.year.name}共 {summary.yearSessions} 次、{formatHours(summary.yearHours)} 学时，参训 {summary.yearAttendances} 人次。{termNote}
      </Typography.Paragraph>
      {untrained.length > 0 && summary.people.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`本学期有 ${untrained.length} 名教职工未参加任何培训：${untrained.map((person) => person.name).join('、')}。`}
          description="按安全教育培训制度，缺席的人员应在两周内补训；补训后登记一次培训并勾选他们。"
          data-testid="training-untrained-alert"
        />
      )}
      <Table<PersonTraining>
        rowKey="staffId"
        size="small"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        rowClassName={(person) => (person.untrained ? 'row-untrained' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onlyUntrained ? '本学期全体教职工均已参训。' : '名册中还没有教职工。'} /> }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '部门', dataIndex: 'department', width: 120 },
          { title: '本学期次数', dataIndex: 'termSessions', width: 100, align: 'center' },
          { title: '本学期学时', key: 'termHours', width: 100, align: 'center', render: (_value, person) => formatHours(person.termHours) },
          { title: '本年度学时', key: 'yearHours', width: 100, align: 'center', render: (_value, person) => formatHours(person.yearHours) },
          { title: '最近参训', key: 'last', width: 110, render: (_value, person) => person.lastHeldOn ?? '—' },
          { title: '状态', key: 'status', render: (_value, person) => status(person) }
        ]}
      />
    </section>
  )
}
