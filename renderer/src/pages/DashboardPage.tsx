import { Spin } from 'antd'
import { useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { HazardCard, InspectionCard, ReviewCard, RiskCard, TrainingCard } from './dashboard/DashboardCards'

/** Shows 首页: the state of the school's dual prevention work today. Every number opens the list it counts. */
export function DashboardPage() {
  const summary = useLoad('dashboard:get')

  if (summary.error) return <div className="page"><ErrorBox error={summary.error} onRetry={() => void summary.reload()} /></div>
  if (!summary.data) return <div className="page"><Spin /></div>

  const data = summary.data
  return (
    <div className="page">
      <div className="page-panel" data-testid="dashboard-page">
        <StepHeader title="首页" intro={`截至 ${data.today}，本校隐患治理、隐患排查、风险分级管控、风险评审和教育培训的情况。点击数字可打开对应的清单。`} />
        <div className="dashboard-grid">
          <HazardCard hazards={data.hazards} />
          <InspectionCard inspections={data.inspections} />
          <RiskCard risks={data.risks} />
          <ReviewCard review={data.review} today={data.today} />
          <TrainingCard trainings={data.trainings} />
        </div>
      </div>
    </div>
  )
}
