import { Button, Card, Col, Form, InputNumber, Row, Space, Typography } from 'antd'
import { PictureOutlined, TableOutlined } from '@ant-design/icons'
import { riskMapLimits, type RiskMapState } from '@shared/domain/risk-map'
import { blankMapInput } from '@shared/schemas/risk-map-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { schemaRule } from '../../components/form-rules'
import { chooseAndSetBackground } from './background'

const fields = blankMapInput.shape

interface GridValues {
  width: number
  height: number
}

interface MapStartProps {
  onStarted: (state: RiskMapState) => void
}

/** Shows the map's first screen: start from the school's plan image or from a blank grid. */
export function MapStart({ onStarted }: MapStartProps) {
  const run = useAction()
  const [form] = Form.useForm<GridValues>()

  const startBlank = async (values: GridValues) => {
    const state = await run(() => call('risk-map:create-blank', values), '已建立空白网格，可以开始画区域')
    if (state) onStarted(state)
  }

  const startWithImage = async () => {
    const state = await chooseAndSetBackground(run)
    if (state) onStarted(state)
  }

  return (
    <Row gutter={16} data-testid="risk-map-start">
      <Col span={12}>
        <Card title={<Space><PictureOutlined />用校园平面图作底图</Space>}>
          <Typography.Paragraph>
            {`选择学校的总平面图（PNG 或 JPG 图片，不超过 ${riskMapLimits.maxImageBytes / 1024 / 1024} MB），在图上描出各建筑和场地。扫描件或照片都可以，过大的图片会自动缩小到长边 ${riskMapLimits.maxImageSide} 像素。`}
          </Typography.Paragraph>
          <Button type="primary" onClick={() => void startWithImage()} data-testid="risk-map-choose-image">
            选择平面图
          </Button>
        </Card>
      </Col>
      <Col span={12}>
        <Card title={<Space><TableOutlined />使用空白网格</Space>}>
          <Typography.Paragraph>没有电子版平面图时，可在空白网格上按大致位置画出各区域，以后再换上平面图，已画的区域会保留。</Typography.Paragraph>
          <Form<GridValues> form={form} layout="inline" initialValues={riskMapLimits.defaultGrid} onFinish={(values) => void startBlank(values)}>
            <Form.Item name="width" label="宽" rules={[schemaRule(fields.width)]}>
              <InputNumber min={riskMapLimits.minGridSide} max={riskMapLimits.maxGridSide} step={100} data-testid="risk-map-grid-width" />
            </Form.Item>
            <Form.Item name="height" label="高" rules={[schemaRule(fields.height)]}>
              <InputNumber min={riskMapLimits.minGridSide} max={riskMapLimits.maxGridSide} step={100} data-testid="risk-map-grid-height" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" data-testid="risk-map-start-blank">
                开始绘制
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            宽和高是图上的格数单位，1600 × 1000 适合横向的校园。
          </Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  )
}
