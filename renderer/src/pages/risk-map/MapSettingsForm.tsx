import { Button, DatePicker, Form, Input, InputNumber, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { RiskMap, RiskMapState } from '@shared/domain/risk-map'
import { mapSettingsInput } from '@shared/schemas/risk-map-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { schemaRule } from '../../components/form-rules'

const fields = mapSettingsInput.shape
const dateFormat = 'YYYY-MM-DD'

interface SettingsValues {
  title: string
  northAngle: number | null
  drawnOn: Dayjs | null
}

interface MapSettingsFormProps {
  map: RiskMap
  onSaved: (state: RiskMapState) => void
}

/** Edits the map's title, north direction and date, as printed on the map. */
export function MapSettingsForm({ map, onSaved }: MapSettingsFormProps) {
  const [form] = Form.useForm<SettingsValues>()
  const run = useAction()
  const [saving, setSaving] = useState(false)

  const save = async (values: SettingsValues) => {
    setSaving(true)
    const input = { title: values.title, northAngle: values.northAngle ?? 0, drawnOn: values.drawnOn ? values.drawnOn.format(dateFormat) : null }
    const saved = await run(() => call('risk-map:save-settings', input), '图名、指北方向和日期已保存')
    setSaving(false)
    if (saved) onSaved(saved)
  }

  return (
    <section className="risk-map-section">
      <Typography.Title level={5}>图面设置</Typography.Title>
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        initialValues={{ title: map.title, northAngle: map.northAngle, drawnOn: map.drawnOn ? dayjs(map.drawnOn, dateFormat) : null }}
        onFinish={(values) => void save(values)}
        data-testid="risk-map-settings"
      >
        <Form.Item name="title" label="图名" required rules={[schemaRule(fields.title)]} extra="学校名称会自动加在图名前面。">
          <Input maxLength={40} data-testid="risk-map-title" />
        </Form.Item>
        <Form.Item
          name="northAngle"
          label="指北方向（度）"
          required
          rules={[schemaRule(fields.northAngle)]}
          extra="平面图上方就是北方时填 0；北方偏向右上方 30° 时填 30。"
        >
          <InputNumber min={0} max={359} step={5} style={{ width: '100%' }} data-testid="risk-map-north" />
        </Form.Item>
        <Form.Item name="drawnOn" label="绘制日期" rules={[schemaRule(fields.drawnOn, (value) => (dayjs.isDayjs(value) ? value.format(dateFormat) : null))]}>
          <DatePicker format={dateFormat} style={{ width: '100%' }} placeholder="选择日期" data-testid="risk-map-date" />
        </Form.Item>
        <Button htmlType="submit" loading={saving} data-testid="risk-map-settings-save">
          保存图面设置
        </Button>
      </Form>
    </section>
  )
}
