import { Alert, Button, Popconfirm, Space, Typography } from 'antd'
import type { RiskMap, RiskMapState } from '@shared/domain/risk-map'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { chooseAndSetBackground } from './background'

interface BackgroundPanelProps {
  map: RiskMap
  /** The stored image could not be loaded for display. */
  imageFailed: boolean
  onChanged: (state: RiskMapState) => void
  onMapDeleted: () => void
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** Shows the plan image under the map, with buttons to replace or remove it and to delete the whole map. */
export function BackgroundPanel({ map, imageFailed, onChanged, onMapDeleted }: BackgroundPanelProps) {
  const run = useAction()

  const replace = async () => {
    const state = await chooseAndSetBackground(run)
    if (state) onChanged(state)
  }

  const remove = async () => {
    const state = await run(() => call('risk-map:remove-background'), '已移除平面图，区域保留在空白网格上')
    if (state) onChanged(state)
  }

  const deleteMap = async () => {
    const state = await run(() => call('risk-map:delete'), '已删除四色分布图')
    if (state) onMapDeleted()
  }

  const { background } = map
  return (
    <section className="risk-map-section" data-testid="risk-map-background">
      <Typography.Title level={5}>底图</Typography.Title>
      <p data-testid="risk-map-background-info">
        {background
          ? `平面图“${background.fileName}”（${map.width}×${map.height} 像素，${formatBytes(background.bytes)}）`
          : `空白网格（${map.width}×${map.height}）`}
      </p>
      {imageFailed && <Alert type="warning" showIcon title="平面图未能显示，请重新打开本页面；如仍不显示，请重新选择平面图。" style={{ marginBottom: 8 }} />}
      <Space wrap>
        <Button onClick={() => void replace()} data-testid="risk-map-replace-image">
          {background ? '更换平面图' : '选择平面图'}
        </Button>
        {background && (
          <Popconfirm title="移除平面图？" description="已画的区域保留，改画在空白网格上。" okText="移除" cancelText="取消" onConfirm={() => remove()}>
            <Button data-testid="risk-map-remove-image">移除平面图</Button>
          </Popconfirm>
        )}
        <DeleteButton target="整张四色分布图" consequence="平面图和全部区域都会删除，风险点不受影响。" onConfirm={deleteMap} label="删除整张图" testId="risk-map-delete" />
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        更换为尺寸不同的平面图时，已画的区域按比例缩放，保持在图上的相对位置。
      </Typography.Paragraph>
    </section>
  )
}
