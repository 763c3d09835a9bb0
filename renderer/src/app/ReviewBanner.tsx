import { Alert, Button } from 'antd'
import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { ReviewReminder } from '@shared/domain/reviews'
import { useLoad } from '../api/hooks'
import { ReviewReminderContext } from './review-reminder'

function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

function reminderText(reminder: ReviewReminder): string {
  const due = `本学期（${reminder.term}）风险评审的截止日期是 ${chineseDate(reminder.dueOn)}`
  if (reminder.daysLeft < 0) return `${due}，已逾期 ${-reminder.daysLeft} 天，请尽快组织评审。`
  if (reminder.daysLeft === 0) return `${due}，就是今天，请尽快完成评审。`
  return `${due}，还有 ${reminder.daysLeft} 天，请按时组织评审。`
}

/** Shows the start-up reminder when the term's review is due within 14 days or overdue. It can be closed for this session. */
function ReviewBanner({ reminder }: { reminder: ReviewReminder | null | undefined }) {
  const navigate = useNavigate()
  const [closed, setClosed] = useState(false)
  if (!reminder || closed) return null

  return (
    <Alert
      banner
      type={reminder.daysLeft < 0 ? 'error' : 'warning'}
      showIcon
      closable={{ onClose: () => setClosed(true), 'aria-label': '关闭提醒' }}
      title={reminderText(reminder)}
      data-testid="review-banner"
      action={
        <Button size="small" type="primary" onClick={() => navigate('/reviews')} data-testid="review-banner-go">
          去评审
        </Button>
      }
    />
  )
}

/**
 * Loads the review reminder once when the window opens, shows it above the page, and lets the pages below
 * refresh it (the review page does after recording a review).
 */
export function ReviewReminderArea({ children }: { children: ReactNode }) {
  const reminder = useLoad('reviews:reminder')
  return (
    <ReviewReminderContext.Provider value={{ reload: reminder.reload }}>
      <ReviewBanner reminder={reminder.data} />
      {children}
    </ReviewReminderContext.Provider>
  )
}
