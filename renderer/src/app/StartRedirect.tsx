import { Spin } from 'antd'
import { Navigate } from 'react-router'
import { useLoad } from '../api/hooks'

/**
 * Sends the window's first address on: to the start page (首页) once the school has identified a risk
 * point, else to the wizard's first step, because a new school starts by building its system. If the
 * figures cannot be read, the wizard opens, because it needs none of them.
 */
export function StartRedirect() {
  const summary = useLoad('dashboard:get')
  if (summary.loading && !summary.data && !summary.error) return <Spin style={{ margin: 24 }} />
  const started = (summary.data?.risks.riskPoints ?? 0) > 0
  return <Navigate to={started ? '/home' : '/wizard/school'} replace />
}
