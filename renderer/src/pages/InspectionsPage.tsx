import { Tabs } from 'antd'
import { useState } from 'react'
import { StepHeader } from '../components/StepHeader'
import { CalendarTab } from './inspections/CalendarTab'
import { PlansTab } from './inspections/PlansTab'
import { RecordsTab } from './inspections/RecordsTab'

/**
 * 隐患排查: the inspection plans with what is due, the inspection records with their results (not-OK items
 * registered as hazards from here), and the school calendar the plans are timed by.
 */
export function InspectionsPage() {
  const [tab, setTab] = useState('plans')
  // A record saved on the plans tab opens on the records tab.
  const [openRecordId, setOpenRecordId] = useState<number | null>(null)

  const showRecord = (id: number) => {
    setOpenRecordId(id)
    setTab('records')
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="inspections-page">
        <StepHeader
          title="隐患排查"
          intro="按校历制定排查计划，到期提醒；打印安全检查表到现场检查，回来后录入排查记录（只需输入不合格项和不适用项的序号），不合格项可直接登记为隐患。"
        />
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'plans', label: <span data-testid="inspections-tab-plans">排查计划</span>, children: <PlansTab onRecorded={showRecord} /> },
            {
              key: 'records',
              label: <span data-testid="inspections-tab-records">排查记录</span>,
              children: <RecordsTab openRecordId={openRecordId} onOpenHandled={() => setOpenRecordId(null)} />
            },
            { key: 'calendar', label: <span data-testid="inspections-tab-calendar">校历</span>, children: <CalendarTab /> }
          ]}
        />
      </div>
    </div>
  )
}
