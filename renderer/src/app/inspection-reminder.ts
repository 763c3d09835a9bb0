import { createContext, useContext } from 'react'

/** Lets a page refresh the start-up inspection reminder, e.g. after it recorded an inspection or changed a plan. */
export const InspectionReminderContext = createContext<{ reload: () => Promise<void> }>({ reload: async () => undefined })

export function useInspectionReminder(): { reload: () => Promise<void> } {
  return useContext(InspectionReminderContext)
}
