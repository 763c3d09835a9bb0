import { createContext, useContext } from 'react'

/** Lets a page refresh the start-up review reminder, e.g. after it recorded the term's review. */
export const ReviewReminderContext = createContext<{ reload: () => Promise<void> }>({ reload: async () => undefined })

export function useReviewReminder(): { reload: () => Promise<void> } {
  return useContext(ReviewReminderContext)
}
