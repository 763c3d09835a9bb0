import { Alert, Button, Space, Spin, Typography } from 'antd'
import { BulbOutlined, PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { calendarKindLabels } from '@shared/domain/calendar'
import type { InspectionDetail, InspectionPlanRow } from '@shared/domain/inspections'
import { call } from '../../api/client'
import { succeeded, useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { useInspectionReminder } from '../../app/inspection-reminder'
import { DueFilterNote, useDueFilter } from '../../app/DueFilter'
import { PlanModal } from './PlanModal'
import { PlanProposalModal } from './PlanProposalModal'
import { PlanTable } from './PlanTable'
import { PrintModal } from './PrintModal'
import { RecordModal } from './RecordModal'

type Dialog = { kind: 'edit'; plan?: InspectionPlanRow } | { kind: 'propose' } | { kind: 'print'; plan: InspectionPlanRow } | { kind: 'record'; plan: InspectionPlanRow }

/** 排查计划: the plans with what is due today, and the ways to add, print and carry them out. */
export function PlansTab({ onRecorded }: { onRecorded: (inspectionId: number) => void }) {
  const plans = useLoad('inspection-plans:list')
  const due = useLoad('inspections:due')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const points = useLoad('risk-points:list')
  const items = useLoad('check-items:list')
  const reminder = useInspectionReminder()
  const run = useAction()
  const [dialog, setDialog] = useState<Dialog>()
  const dueFilter = useDueFilter()

  const failed = plans.error ?? posts.error ?? staff.error ?? points.error ?? items.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([plans.reload(), posts.reload(), staff.reload(), points.reload(), items.reload()])} />
  if (!plans.data || !posts.data || !staff.data || !points.data || !items.data) return <Spin />

  const changed = async () => {
    await Promise.all([plans.reload(), due.reload(), reminder.reload()])
  }
  const remove = async (plan: InspectionPlanRow) => {
    const done = await run(succeeded(() => call('inspection-plans:delete', { id: plan.id })), `已删除排查计划“${plan.name}”`)
    if (done) await changed()
  }
  const recorded = async (detail: InspectionDetail) => {
    await changed()
    onRecorded(detail.inspection.id)
  }

  const assumed = due.data?.assumedKinds ?? []
  return (
    <section className="block">
      <div className="block-title">
        <Typography.Title level={5}>排查计划</Typography.Title>
        <Space>
          <Button icon={<BulbOutlined />} onClick={() => setDialog({ kind: 'propose' })} data-testid="plan-propose">
            建议计划
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit' })} data-testid="plan-add">
            新建计划
          </Button>
        </Space>
      </div>
      {assumed.length > 0 && plans.data.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`校历中还没有${assumed.map((kind) => calendarKindLabels[kind]).join('、')}，排查提醒暂按常见日期估算。请在“校历”中填写本校校历。`}
        />
      )}
      {due.error && <ErrorBox error={due.error} onRetry={() => void due.reload()} />}
      <DueFilterNote state={dueFilter} shown={dueFilter.apply(plans.data, due.data).length} />
      <PlanTable
        plans={dueFilter.apply(plans.data, due.data)}
        due={due.data}
        posts={posts.data}
        staff={staff.data}
        onRecord={(plan) => setDialog({ kind: 'record', plan })}
        onPrint={(plan) => setDialog({ kind: 'print', plan })}
        onEdit={(plan) => setDialog({ kind: 'edit', plan })}
        onDelete={remove}
      />
      {dialog?.kind === 'edit' && (
        <PlanModal plan={dialog.plan} posts={posts.data} staff={staff.data} points={points.data} items={items.data} onSaved={() => void changed()} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'propose' && <PlanProposalModal posts={posts.data} onAdded={() => void changed()} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'print' && <PrintModal plan={dialog.plan} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'record' && (
        <RecordModal plans={plans.data} planId={dialog.plan.id} staff={staff.data} onSaved={(detail) => void recorded(detail)} onClose={() => setDialog(undefined)} />
      )}
    </section>
  )
}
