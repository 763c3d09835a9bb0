import { Alert, Modal, Spin, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { calendarKindLabels, type CalendarKind, type CalendarPeriod, type ProposedPeriod } from '@shared/domain/calendar'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { kindColours } from './calendar-colours'

interface CalendarProposalModalProps {
  onAdded: (periods: CalendarPeriod[]) => void
  onClose: () => void
}

function keyOf(period: ProposedPeriod): string {
  return `${period.kind}/${period.startsOn}`
}

/** Shows the usual school year for the user to confirm, period by period; periods overlapping ones already entered start unticked. */
export function CalendarProposalModal({ onAdded, onClose }: CalendarProposalModalProps) {
  const proposal = useLoad('calendar:proposal')
  const run = useAction()
  const [chosen, setChosen] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (proposal.data) setChosen(proposal.data.filter((period) => period.overlaps === '').map(keyOf))
  }, [proposal.data])

  const add = async () => {
    const periods = (proposal.data ?? []).filter((period) => chosen.includes(keyOf(period))).map(({ overlaps: _overlaps, ...draft }) => draft)
    setSaving(true)
    const saved = await run(() => call('calendar:add', { periods }), `已添加 ${periods.length} 个校历时段`)
    setSaving(false)
    if (!saved) return
    onAdded(saved)
    onClose()
  }

  return (
    <Modal
      open
      title="按常见校历添加"
      width={760}
      okText={`添加选中的 ${chosen.length} 个时段`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0, 'data-testid': 'calendar-proposal-ok' }}
      confirmLoading={saving}
      onOk={() => void add()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="以下是河南中小学常见的学年安排，请对照本县（市、区）教育局发布的校历核对，添加后可逐项修改。春节、端午、中秋等农历节日每年日期不同，请按当年放假通知另行添加。"
      />
      {proposal.error && <ErrorBox error={proposal.error} onRetry={() => void proposal.reload()} />}
      {!proposal.data ? (
        <Spin />
      ) : (
        <Table<ProposedPeriod>
          rowKey={keyOf}
          size="small"
          pagination={false}
          dataSource={proposal.data}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)) }}
          data-testid="calendar-proposal-table"
          columns={[
            { title: '类型', dataIndex: 'kind', width: 90, render: (kind: CalendarKind) => <Tag color={kindColours[kind]}>{calendarKindLabels[kind]}</Tag> },
            { title: '名称', dataIndex: 'name' },
            { title: '起止日期', key: 'dates', width: 210, render: (_value, period) => `${period.startsOn} 至 ${period.endsOn}` },
            { title: '', dataIndex: 'overlaps', width: 150, render: (overlaps: string) => (overlaps ? <span className="muted">与“{overlaps}”重叠</span> : null) }
          ]}
        />
      )}
    </Modal>
  )
}
