import { Card, Typography } from 'antd'
import { Link } from 'react-router'
import type { DashboardSummary } from '@shared/contract/dashboard'
import { riskLevelInfo, riskLevels } from '@shared/domain/levels'
import { evaluationLink, hazardListLink, inspectionPlansLink } from '../../app/list-links'
import { FigureLink } from './FigureLink'

/** The cards of the start page, one per part of the work; every number opens its list. */

export function HazardCard({ hazards }: { hazards: DashboardSummary['hazards'] }) {
  return (
    <Card title="隐患治理" size="small" extra={<Link to="/hazards">隐患台账</Link>} data-testid="dashboard-hazards">
      <div className="figure-row">
        <FigureLink to={hazardListLink({ state: 'open', grade: 'general' })} value={hazards.open.general} label="未销号一般隐患" testId="dashboard-open-general" />
        <FigureLink to={hazardListLink({ state: 'open', grade: 'major' })} value={hazards.open.major} label="未销号重大隐患" alarm testId="dashboard-open-major" />
        <FigureLink to={hazardListLink({ overdue: true })} value={hazards.overdue} label="逾期未销号" alarm testId="dashboard-overdue" />
      </div>
    </Card>
  )
}

export function InspectionCard({ inspections }: { inspections: DashboardSummary['inspections'] }) {
  return (
    <Card title="隐患排查" size="small" extra={<Link to="/inspections">排查计划</Link>} data-testid="dashboard-inspections">
      {inspections.plans === 0 ? (
        <Typography.Text type="secondary">
          还没有排查计划。<Link to="/inspections">按排查清单制定计划 →</Link>
        </Typography.Text>
      ) : (
        <div className="figure-row">
          <FigureLink to={inspectionPlansLink('due')} value={inspections.due} label="本期待排查" testId="dashboard-due" />
          <FigureLink to={inspectionPlansLink('overdue')} value={inspections.overdue} label="近30天逾期未排查" alarm testId="dashboard-inspections-overdue" />
        </div>
      )}
    </Card>
  )
}

export function RiskCard({ risks }: { risks: DashboardSummary['risks'] }) {
  return (
    <Card title={`安全风险（风险点 ${risks.riskPoints} 个）`} size="small" extra={<Link to="/wizard/evaluation">风险评价</Link>} data-testid="dashboard-risks">
      <div className="figure-row">
        {riskLevels.map((level) => {
          const info = riskLevelInfo[level]
          return (
            <Link key={level} to={evaluationLink(level)} className="level-figure" style={{ background: `#${info.rgb}`, color: `#${info.textRgb}` }} data-testid={`dashboard-level-${level}`}>
              <span className="figure-value">{risks.byLevel[level]}</span>
              <span>
                {info.colourName} · {info.word}
              </span>
            </Link>
          )
        })}
      </div>
    </Card>
  )
}

export function ReviewCard({ review, today }: { review: DashboardSummary['review']; today: string }) {
  const late = !review.doneThisTerm && review.nextDueOn !== null && review.nextDueOn < today
  let next = '未设定评审日期'
  if (review.doneThisTerm) next = `${review.term}已评审`
  else if (review.nextDueOn) next = `${review.nextDueOn}前（${review.term}）`
  return (
    <Card title="风险评审" size="small" extra={<Link to="/reviews">评审记录</Link>} data-testid="dashboard-review">
      <div className="review-lines">
        <div data-testid="dashboard-last-review">上次评审：{review.lastReviewedOn ? `${review.lastReviewedOn}（${review.lastTerm ?? ''}）` : '尚未评审'}</div>
        <div className={late ? 'alarm' : undefined} data-testid="dashboard-next-review">
          下次评审：{next}
          {late ? '，已逾期' : ''}
        </div>
      </div>
    </Card>
  )
}

export function TrainingCard({ trainings }: { trainings: DashboardSummary['trainings'] }) {
  return (
    <Card title="教育培训" size="small" extra={<Link to="/training">培训记录</Link>} data-testid="dashboard-trainings">
      <div className="figure-row">
        <FigureLink to="/training" value={trainings.sessions} label={`${trainings.term}培训次数`} testId="dashboard-training-sessions" />
        <FigureLink to="/training" value={trainings.hours} label="累计学时" testId="dashboard-training-hours" />
      </div>
    </Card>
  )
}
