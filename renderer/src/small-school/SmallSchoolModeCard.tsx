import { Alert, App, Button, Card, Space, Spin, Switch, Typography } from 'antd'
import { useEffect } from 'react'
import { smallSchoolMaxPoints, smallSchoolMinPoints } from '@shared/small-school'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { useProgressRefresh } from '../wizard/progress'

interface SmallSchoolModeCardProps {
  /** Changes after the school profile is saved, so the suggestion follows the counts just entered. */
  profileVersion: number
}

const explanation = `教职工和学生较少的学校（教学点、村小、规模较小的幼儿园）可以用简化流程：风险辨识时从风险库推荐 ${smallSchoolMinPoints}～${smallSchoolMaxPoints} 个主要风险点供确认，风险评价默认对照等级定义直接判定，领导小组有组长和一名成员即可；成果输出时用一本《小规模学校双重预防体系手册》代替两本手册，同样生成告知卡、公告栏、安全检查表、统计表和导出包。`

/**
 * The small-school mode switch of 学校概况, with what the mode changes. The mode is suggested for a small
 * school but only the user switches it, after confirming.
 */
export function SmallSchoolModeCard({ profileVersion }: SmallSchoolModeCardProps) {
  const status = useLoad('small-school:status')
  const run = useAction()
  const refresh = useProgressRefresh()
  const { modal } = App.useApp()
  const reload = status.reload

  useEffect(() => {
    if (profileVersion > 0) void reload()
  }, [profileVersion, reload])

  if (status.error) return <ErrorBox error={status.error} onRetry={() => void status.reload()} />
  if (!status.data) return <Spin />
  const { enabled, suggestion } = status.data

  const switchTo = (next: boolean) => {
    modal.confirm({
      title: next ? '切换到小规模学校模式？' : '关闭小规模学校模式？',
      content: next
        ? '切换后，风险辨识推荐主要风险点，风险评价默认按等级定义判定，成果输出生成一本小规模学校手册代替两本手册。已录入的内容不会改变，可以随时切换回来。'
        : '关闭后，成果输出改为生成安全风险分级管控手册和隐患排查治理手册两本手册，风险评价默认显示详细评价。已录入的内容不会改变。',
      okText: next ? '切换' : '关闭',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'small-school-confirm' },
      onOk: async () => {
        const saved = await run(() => call('small-school:set-mode', { enabled: next }), next ? '已切换到小规模学校模式' : '已关闭小规模学校模式')
        if (!saved) return
        status.setData(saved)
        refresh()
      }
    })
  }

  return (
    <Card title="小规模学校模式" size="small" style={{ marginTop: 24 }} data-testid="small-school-card">
      <Typography.Paragraph type="secondary">{explanation}</Typography.Paragraph>
      {suggestion.suggested && !enabled && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="small-school-suggestion"
          title={`本校${suggestion.reason}，建议使用小规模学校模式。`}
          action={
            <Button size="small" type="primary" onClick={() => switchTo(true)} data-testid="small-school-accept">
              切换到小规模学校模式
            </Button>
          }
        />
      )}
      <Space>
        <Switch checked={enabled} onChange={(next) => switchTo(next)} data-testid="small-school-switch" />
        <span data-testid="small-school-state">{enabled ? '已使用小规模学校模式' : '未使用（按一般学校的完整流程）'}</span>
      </Space>
    </Card>
  )
}
