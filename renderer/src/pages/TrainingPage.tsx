import { Tabs } from 'antd'
import { StepHeader } from '../components/StepHeader'
import { IncentiveTab } from './training/IncentiveTab'
import { TrainingTab } from './training/TrainingTab'

/** 培训与奖惩: the training records with who has been trained, and the reward and penalty records. */
export function TrainingPage() {
  return (
    <div className="page">
      <div className="page-panel" data-testid="training-page">
        <StepHeader
          title="培训与奖惩"
          intro="登记每次安全教育培训、应急演练和安全教育课，以及依据考核奖惩制度作出的奖励和惩处。这些记录印入《安全教育培训记录台账》和《考核奖惩记录台账》，并计入手册中的培训与考核情况。"
        />
        <Tabs
          destroyOnHidden
          items={[
            { key: 'trainings', label: '培训记录', children: <TrainingTab /> },
            { key: 'incentives', label: '奖惩记录', children: <IncentiveTab /> }
          ]}
        />
      </div>
    </div>
  )
}
