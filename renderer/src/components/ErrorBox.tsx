import { Alert, Button } from 'antd'
import type { ApiError } from '../api/client'

interface ErrorBoxProps {
  error: ApiError
  onRetry?: () => void
}

export function ErrorBox({ error, onRetry }: ErrorBoxProps) {
  return (
    <Alert
      type="error"
      showIcon
      title="读取数据失败"
      description={error.message}
      action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  )
}
