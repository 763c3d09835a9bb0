import { Typography } from 'antd'
import type { ReactNode } from 'react'

interface StepHeaderProps {
  title: string
  /** One line on what this step or page is for. */
  intro: ReactNode
  extra?: ReactNode
}

/** Title of a step or page with the one-line explanation under it. */
export function StepHeader({ title, intro, extra }: StepHeaderProps) {
  return (
    <div className="step-header">
      <div className="step-header-title">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      <Typography.Paragraph type="secondary" className="step-intro" data-testid="step-intro">
        {intro}
      </Typography.Paragraph>
    </div>
  )
}
