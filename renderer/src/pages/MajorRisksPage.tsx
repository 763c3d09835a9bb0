import { Alert, Card, Empty, Spin } from 'antd'
import { useState } from 'react'
import type { MajorRiskEntry } from '@shared/domain/major-risks'
import { call } from '../api/client'
import { succeeded, useAction, useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { MajorRiskTable } from './major-risks/MajorRiskTable'
import { PlanModal } from './major-risks/PlanModal'

/** 重大风险: every risk graded 重大 with its control plan, and apart from them the kept plans of downgraded risks. */
export function MajorRisksPage() {
  const list = useLoad('major-risks:list')
  const staff = useLoad('staff:list')
  const posts = useLoad('posts:list')
  const [editing, setEditing] = useState<MajorRiskEntry>()
  const run = useAction()

  const failed = list.error ?? staff.error ?? posts.error
  if (failed) return <div className="page"><ErrorBox error={failed} onRetry={() => void Promise.all([list.reload(), staff.reload(), posts.reload()])} /></div>
  if (!list.data || !staff.data || !posts.data) return <div className="page"><Spin /></div>
  const { current, downgraded, defaultReportTo } = list.data

  const deletePlan = async (entry: MajorRiskEntry) => {
    const done = await run(succeeded(() => call('major-risks:delete-plan', { riskId: entry.risk.id })), '管控方案已删除')
    if (done) await list.reload()
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="major-risks-page">
        <StepHeader
          title="重大风险"
          intro="评价为重大风险的，由学校级管控、校长总负责，逐项明确责任人、制定管控方案并报县（市、区）教育局。方案印入《安全风险分级管控手册》和《重大风险管控方案及上报表》。"
        />
        {!defaultReportTo && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="学校概况中还没有选择县（市、区），上报单位需要手工填写。" />
        )}
        {current.length === 0 ? (
          <Empty description="目前没有重大风险。风险评价得出重大风险后，在这里为它制定管控方案。" data-testid="major-risks-empty" />
        ) : (
          <MajorRiskTable entries={current} staff={staff.data} posts={posts.data} onEdit={setEditing} testId="major-risks-table" />
        )}
        {downgraded.length > 0 && (
          <Card size="small" title="已降级（不再是重大风险，管控方案保留）" style={{ marginTop: 24 }}>
            <MajorRiskTable entries={downgraded} staff={staff.data} posts={posts.data} onEdit={setEditing} onDeletePlan={deletePlan} testId="major-risks-downgraded" />
          </Card>
        )}
      </div>
      {editing && (
        <PlanModal
          entry={editing}
          staff={staff.data}
          defaultReportTo={defaultReportTo}
          onStaffAdded={staff.reload}
          onSaved={() => void list.reload()}
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  )
}
