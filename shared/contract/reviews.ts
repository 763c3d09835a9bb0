import type { PendingReview, ReviewReminder, ReviewSchedule, RiskReviewRecord } from '../domain/reviews'
import { emptyInput } from '../schemas/inputs'
import { completeReviewInput, reviewScheduleInput } from '../schemas/review-inputs'
import { channel } from './channel-def'

/** Channels of the termly risk review (风险评审) and its schedule. */
export const reviewChannels = {
  'reviews:schedule': channel<ReviewSchedule>()(emptyInput),
  'reviews:save-schedule': channel<ReviewSchedule>()(reviewScheduleInput),
  'reviews:reminder': channel<ReviewReminder | null>()(emptyInput),
  'reviews:list': channel<RiskReviewRecord[]>()(emptyInput),
  'reviews:pending': channel<PendingReview>()(emptyInput),
  'reviews:complete': channel<RiskReviewRecord>()(completeReviewInput)
} as const
