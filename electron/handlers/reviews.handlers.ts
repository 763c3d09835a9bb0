import type { reviewChannels } from '../../shared/contract/reviews'
import { getReviewSchedule, reviewReminder, saveReviewSchedule } from '../reviews/review-schedule.service'
import { completeReview, listReviews, pendingReview } from '../reviews/reviews.service'
import type { HandlersFor } from './context'

/** Handlers of the termly risk review (风险评审); "today" is the local date of the computer. */
export const reviewHandlers: HandlersFor<typeof reviewChannels> = {
  'reviews:schedule': (ctx) => getReviewSchedule(ctx.session.schoolDb.db),
  'reviews:save-schedule': (ctx, input) => saveReviewSchedule(ctx.session.schoolDb.db, input),
  'reviews:reminder': (ctx) => reviewReminder(ctx.session.schoolDb.db),
  'reviews:list': (ctx) => listReviews(ctx.session.schoolDb.db),
  'reviews:pending': (ctx) => pendingReview(ctx.session.schoolDb.db),
  'reviews:complete': (ctx, input) => completeReview(ctx.session.schoolDb.db, input)
}
