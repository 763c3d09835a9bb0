import { createContext, useContext } from 'react'

/** Lets a step refresh the step list after it saved something. */
export const ProgressContext = createContext<{ refresh: () => void }>({ refresh: () => undefined })

export function useProgressRefresh(): () => void {
  return useContext(ProgressContext).refresh
}
