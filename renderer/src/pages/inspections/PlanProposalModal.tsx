import { Alert, Modal, Spin, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import type { ProposedPlan } from '@shared/contract/inspections'
import { inspectionTypeLabels } from '@shared/domain/checks'
import type { Post } from '@shared/domain/entities'
import type { InspectionPlanRow } from '@shared/domain/inspections'
import { planScheduleLabel } from '@shared/inspections/schedule'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { postName } from '../../components/lookups'

interface PlanProposalModalProps {
  posts: readonly Post[]
  onAdded: (plans: InspectionPlanRow[]) => void
  onClose: () => void
}

/**
 * Lists the plans derived from the checklist for the user to accept. The school-wide plans and the daily
 * patrols of the posts that patrol every day start ticked, and plans whose name is taken cannot be ticked.
 */
export function PlanProposalModal({ posts, onAdded, onClose }: PlanProposalModalProps) {
  const proposal = useLoad('inspection-plans:proposal')
  const run = useAction()
  const [chosen, setChosen] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (proposal.data) setChosen(proposal.data.filter((plan) => plan.recommended && !plan.exists).map((plan) => plan.key))
  }, [proposal.data])

  const add = async () => {
    setSaving(true)
    const plans = await run(() => call('inspection-plans:accept-proposal', { keys: chosen }), `已添加 ${chosen.length} 个排查计划`)
    setSaving(false)
    if (!plans) return
    onAdded(plans)
    onClose()
  }

  return (
    <Modal
      open
      title="按排查清单建议排查计划"
      width={1000}
      okText={`添加选中的 ${chosen.length} 个计划`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0, 'data-testid': 'plan-proposal-ok' }}
      confirmLoading={saving}
      onOk={() => void add()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="建议计划按排查清单中各排查项的类型、频次和责任岗位归并而成。默认选中全校性的排查和门卫、保安、班主任、宿舍、食堂的日常巡查；其他岗位的日常排查一般记在本岗位的安全日志里，需要在本软件中提醒和记录的再勾选。添加后可逐个修改。"
      />
      {proposal.error && <ErrorBox error={proposal.error} onRetry={() => void proposal.reload()} />}
      {!proposal.data ? (
        <Spin />
      ) : (
        <Table<ProposedPlan>
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ y: 460 }}
          dataSource={proposal.data}
          locale={{ emptyText: '排查清单中还没有排查项，请先在建设向导中生成隐患排查清单。' }}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)), getCheckboxProps: (plan) => ({ disabled: plan.exists }) }}
          data-testid="plan-proposal-table"
          columns={[
            {
              title: '排查计划',
              dataIndex: 'name',
              width: 200,
              render: (name: string, plan) => (
                <>
                  {name} {plan.exists && <Tag>已有</Tag>}
                </>
              )
            },
            { title: '类型', dataIndex: 'inspectionType', width: 100, render: (type: ProposedPlan['inspectionType']) => inspectionTypeLabels[type] },
            { title: '排查时间', key: 'schedule', width: 140, render: (_value, plan) => planScheduleLabel(plan) },
            { title: '责任岗位', dataIndex: 'responsiblePostId', width: 150, render: (id: number | null) => postName(posts, id) || '未指定' },
            { title: '检查项', dataIndex: 'itemCount', width: 70 },
            { title: '说明', dataIndex: 'reason' }
          ]}
        />
      )}
    </Modal>
  )
}
