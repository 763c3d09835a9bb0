import { createContext, useContext } from 'react'
import type { AppInfo } from '@shared/channels'

export interface AppInfoState {
  info: AppInfo | undefined
  reload: () => Promise<void>
}

export const AppInfoContext = createContext<AppInfoState>({ info: undefined, reload: async () => undefined })

export function useAppInfo(): AppInfoState {
  return useContext(AppInfoContext)
}
