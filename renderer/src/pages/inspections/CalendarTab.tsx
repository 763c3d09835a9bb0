import { Alert, Button, Space, Spin, Table, Tag, Typography } from 'antd'
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { calendarKindLabels, type CalendarKind, type CalendarPeriod } from '@shared/domain/calendar'
import { daysBetween } from '@shared/domain/local-date'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorBox } from '../../components/ErrorBox'
import { useInspectionReminder } from '../../app/inspection-reminder'
import { CalendarProposalModal } from './CalendarProposalModal'
import { kindColours } from './calendar-colours'
import { PeriodModal } from './PeriodModal'

/** 校历: the terms, holidays and seasons the plans are timed by, with the usual school year to start from. */
export function CalendarTab() {
  const calendar = useLoad('calendar:list')
  const reminder = useInspectionReminder()
  const run = useAction()
  const [editing, setEditing] = useState<CalendarPeriod | 'new'>()
  const [proposing, setProposing] = useState(false)

  if (calendar.error) return <ErrorBox error={calendar.error} onRetry={() => void calendar.reload()} />
  if (!calendar.data) return <Spin />

  const changed = (periods: CalendarPeriod[]) => {
    calendar.setData(periods)
    void reminder.reload()
  }
  const remove = async (period: CalendarPeriod) => {
    const periods = await run(() => call('calendar:delete', { id: period.id }), `已删除“${period.name}”`)
    if (periods) changed(periods)
  }

  return (
    <section className="block">
      <div className="block-title">
        <Typography.Title level={5}>校历</Typography.Title>
        <Space>
          <Button icon={<CalendarOutlined />} onClick={() => setProposing(true)} data-testid="calendar-propose">
            按常见校历添加
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="calendar-add">
            添加时段
          </Button>
        </Space>
      </div>
      {calendar.data.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="尚未填写校历"
          description="排查提醒按校历判断上课日、假期前和季节前的排查时间。未填写时按常见校历估算；请按本县（市、区）教育局发布的校历填写，或先添加常见校历再逐项修改。"
          action={<Button size="small" type="primary" onClick={() => setProposing(true)}>添加常见校历</Button>}
        />
      )}
      <Table<CalendarPeriod>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={calendar.data}
        data-testid="calendar-table"
        columns={[
          { title: '类型', dataIndex: 'kind', width: 90, render: (kind: CalendarKind) => <Tag color={kindColours[kind]}>{calendarKindLabels[kind]}</Tag> },
          { title: '名称', dataIndex: 'name' },
          { title: '开始日期', dataIndex: 'startsOn', width: 120 },
          { title: '结束日期', dataIndex: 'endsOn', width: 120 },
          { title: '天数', key: 'days', width: 70, render: (_value, period) => daysBetween(period.startsOn, period.endsOn) + 1 },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_value, period) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(period)}>
                  修改
                </Button>
                <DeleteButton target={`“${period.name}”`} onConfirm={() => remove(period)} />
              </Space>
            )
          }
        ]}
      />
      {editing && <PeriodModal period={editing === 'new' ? undefined : editing} onSaved={changed} onClose={() => setEditing(undefined)} />}
      {proposing && <CalendarProposalModal onAdded={changed} onClose={() => setProposing(false)} />}
    </section>
  )
}
