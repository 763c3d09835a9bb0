import { Button, Card, Descriptions, Spin, Typography } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import { useLoad } from '../api/hooks'
import { useAppInfo } from '../app/app-info'
import { useReviewReminder } from '../app/review-reminder'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { ComparisonView } from './reviews/ComparisonView'
import { CompleteReviewModal } from './reviews/CompleteReviewModal'
import { ReviewList } from './reviews/ReviewList'

/**
 * 风险评审: each term the school reviews its risk list. Completing a review keeps a snapshot of the list, and the
 * comparison with the previous review becomes the manual's change record (修订记录).
 */
export function ReviewsPage() {
  const schedule = useLoad('reviews:schedule')
  const pending = useLoad('reviews:pending')
  const reviews = useLoad('reviews:list')
  const { info } = useAppInfo()
  const reminder = useReviewReminder()
  const [completing, setCompleting] = useState(false)

  const failed = schedule.error ?? pending.error ?? reviews.error
  if (failed) return <div className="page"><ErrorBox error={failed} onRetry={() => void Promise.all([schedule.reload(), pending.reload(), reviews.reload()])} /></div>
  if (!schedule.data || !pending.data || !reviews.data) return <div className="page"><Spin /></div>

  const { term, dueOn } = schedule.data
  const doneThisTerm = reviews.data.find((record) => record.term === term)
  const previous = pending.data.previous

  const completed = async () => {
    await Promise.all([pending.reload(), reviews.reload(), reminder.reload()])
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="reviews-page">
        <StepHeader
          title="风险评审"
          intro="每学期对风险点、危险源、风险等级和管控措施全面复核一次。完成评审时记录当时的风险清单，与上次评审比较的结果印入《安全风险分级管控手册》的“修订记录”。"
        />
        <Card size="small" title="本学期评审" style={{ marginBottom: 16 }}>
          <Descriptions
            column={1}
            size="small"
            data-testid="review-status"
            items={[
              { key: 'term', label: '当前学期', children: term },
              { key: 'due', label: '评审截止日期', children: dueOn ?? <span className="muted">未设置（可在“设置”中填写）</span> },
              { key: 'state', label: '评审情况', children: doneThisTerm ? `已于 ${doneThisTerm.reviewedOn} 完成评审` : '尚未评审' }
            ]}
          />
          <Typography.Paragraph className="muted" style={{ marginTop: 8, marginBottom: 0 }}>
            当前学期和截止日期在 <Link to="/settings">设置</Link> 中修改。
          </Typography.Paragraph>
        </Card>
        <Card
          size="small"
          title={previous ? `当前风险清单与上次评审（${previous.reviewedOn}，${previous.term}）相比` : '当前风险清单'}
          extra={
            <Button type="primary" onClick={() => setCompleting(true)} disabled={pending.data.riskCount === 0} data-testid="review-complete">
              完成本学期评审
            </Button>
          }
          style={{ marginBottom: 16 }}
        >
          {pending.data.riskCount === 0 ? (
            <Typography.Paragraph>还没有辨识任何风险。请先在建设向导中完成风险辨识和评价，再开展评审。</Typography.Paragraph>
          ) : (
            <ComparisonView comparison={pending.data.comparison} riskCount={pending.data.riskCount} testId="pending-comparison" />
          )}
        </Card>
        <Card size="small" title="评审记录">
          <ReviewList reviews={reviews.data} />
        </Card>
      </div>
      {completing && (
        <CompleteReviewModal term={term} reviewer={info?.operatorName ?? ''} onDone={() => void completed()} onClose={() => setCompleting(false)} />
      )}
    </div>
  )
}
