import { Button, Radio, Space, Tooltip } from 'antd'
import { BorderOutlined, ExpandOutlined, SelectOutlined, StarOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons'
import type { MapTool } from './tools'

interface MapToolbarProps {
  tool: MapTool
  onToolChange: (tool: MapTool) => void
  zoom: number
  onZoom: (change: 'in' | 'out' | 'fit') => void
}

const toolButtons: { tool: MapTool; label: string; key: string; icon: React.ReactNode }[] = [
  { tool: 'select', label: '选择/移动', key: 'V', icon: <SelectOutlined /> },
  { tool: 'rect', label: '画矩形', key: 'R', icon: <BorderOutlined /> },
  { tool: 'polygon', label: '画多边形', key: 'P', icon: <StarOutlined /> }
]

/** Shows the tool buttons (each with its key) and the zoom buttons above the canvas. */
export function MapToolbar({ tool, onToolChange, zoom, onZoom }: MapToolbarProps) {
  return (
    <div className="risk-map-toolbar" role="toolbar" aria-label="绘图工具">
      <Radio.Group value={tool} onChange={(event) => onToolChange(event.target.value as MapTool)} optionType="button" buttonStyle="solid">
        {toolButtons.map((button) => (
          <Radio.Button key={button.tool} value={button.tool} data-testid={`risk-map-tool-${button.tool}`}>
            <Space size={4}>
              {button.icon}
              {button.label}
              <kbd>{button.key}</kbd>
            </Space>
          </Radio.Button>
        ))}
      </Radio.Group>
      <Space>
        <Tooltip title="缩小（−）">
          <Button icon={<ZoomOutOutlined />} onClick={() => onZoom('out')} aria-label="缩小" />
        </Tooltip>
        <span className="muted" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
        <Tooltip title="放大（+）">
          <Button icon={<ZoomInOutlined />} onClick={() => onZoom('in')} aria-label="放大" />
        </Tooltip>
        <Button icon={<ExpandOutlined />} onClick={() => onZoom('fit')} data-testid="risk-map-zoom-fit">
          适合窗口（0）
        </Button>
      </Space>
    </div>
  )
}
