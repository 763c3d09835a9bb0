import { Card, Typography } from 'antd'
import { Link } from 'react-router'
import type { DashboardSummary } from '@shared/contract/dashboard'
import { riskLevelInfo, riskLevels } from '@shared/domain/levels'
import { evaluationLink, hazardListLink, inspectionPlansLink, trainingListLink } from '../../app/list-links'
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

/** Names what the figure counts (plans, as the list it opens), with the missed periods behind it. */
function overdueLabel(inspections: DashboardSummary['inspections']): string {
  const periods = inspections.overdue > 0 ? `（共逾期 ${inspections.overdue} 次）` : ''
  return `近30天有逾期未排查的计划${periods}`
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
          <FigureLink
            to={inspectionPlansLink('overdue')}
            value={inspections.overduePlans}
            label={overdueLabel(inspections)}
            alarm
            testId="dashboard-inspections-overdue"
          />
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

/** Returns the review line: this term's review when recorded, else its deadline and whether it has passed. */
function reviewState(review: DashboardSummary['review'], today: string): { text: string; late: boolean } {
  if (review.doneThisTerm) {
    const date = review.thisTermReviewedOn ? `，评审日期 ${review.thisTermReviewedOn}` : ''
    return { text: `本学期（${review.term}）已评审${date}`, late: false }
  }
  if (review.nextDueOn === null) return { text: `下次评审：未设定截止日期（${review.term}）`, late: false }

  const late = review.nextDueOn < today
  return { text: `下次评审：截止 ${review.nextDueOn}（${review.term}）${late ? '，已逾期' : ''}`, late }
}

export function ReviewCard({ review, today }: { review: DashboardSummary['review']; today: string }) {
  const state = reviewState(review, today)
  // Once this term is reviewed, the latest review is usually that one, and the line above would repeat it.
  const showLast = !review.doneThisTerm || review.lastReviewedOn !== review.thisTermReviewedOn
  return (
    <Card title="风险评审" size="small" extra={<Link to="/reviews">评审记录</Link>} data-testid="dashboard-review">
      <div className="review-lines">
        {showLast && (
          <div data-testid="dashboard-last-review">上次评审：{review.lastReviewedOn ? `${review.lastReviewedOn}（${review.lastTerm ?? ''}）` : '尚未评审'}</div>
        )}
        <div className={state.late ? 'alarm' : undefined} data-testid="dashboard-next-review">
          {state.text}
        </div>
      </div>
    </Card>
  )
}

export function TrainingCard({ trainings }: { trainings: DashboardSummary['trainings'] }) {
  return (
    <Card title="教育培训" size="small" extra={<Link to="/training">培训记录</Link>} data-testid="dashboard-trainings">
      <div className="figure-row">
        <FigureLink to={trainingListLink('term')} value={trainings.sessions} label={`${trainings.term}培训次数`} testId="dashboard-training-sessions" />
        <FigureLink to={trainingListLink('term')} value={trainings.hours} label="本学期累计学时" testId="dashboard-training-hours" />
      </div>
    </Card>
  )
}
