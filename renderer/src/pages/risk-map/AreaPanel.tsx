import { Button, Form, Input, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import type { RiskPoint } from '@shared/domain/entities'
import type { RiskLevel } from '@shared/domain/levels'
import { mapShapeLabels, type MapArea, type RiskMapState } from '@shared/domain/risk-map'
import { areaDetailsInput } from '@shared/schemas/risk-map-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { schemaRule } from '../../components/form-rules'
import { AreaStatusTag } from './AreaStatusTag'
import { PointOption, pointOptions } from './point-options'

const fields = areaDetailsInput.shape

interface AreaValues {
  label: string
  riskPointIds: number[]
}

interface AreaPanelProps {
  area: MapArea
  points: RiskPoint[]
  levels: ReadonlyMap<number, RiskLevel | undefined>
  onSaved: (state: RiskMapState) => void
  onDelete: () => void
}

/** Edits the selected area: its name and the risk points inside it, which decide its colour. */
export function AreaPanel({ area, points, levels, onSaved, onDelete }: AreaPanelProps) {
  const [form] = Form.useForm<AreaValues>()
  const run = useAction()
  const [saving, setSaving] = useState(false)
  const linked = Form.useWatch('riskPointIds', form) ?? area.riskPointIds
  const byId = new Map(points.map((point) => [point.id, point]))

  const save = async (values: AreaValues) => {
    setSaving(true)
    const saved = await run(() => call('risk-map:save-area', { id: area.id, label: values.label, riskPointIds: values.riskPointIds ?? [] }), `区域“${values.label}”已保存`)
    setSaving(false)
    if (saved) onSaved(saved)
  }

  return (
    <section className="risk-map-section" data-testid="risk-map-area-panel">
      <div className="block-title">
        <Typography.Title level={5} style={{ margin: 0 }}>
          选中的区域（{mapShapeLabels[area.shape]}）
        </Typography.Title>
        <DeleteButton target={`区域“${area.label}”`} consequence="区域内的风险点和风险不受影响。" onConfirm={onDelete} testId="risk-map-area-delete" showIcon />
      </div>
      <p>
        区域颜色：<AreaStatusTag riskPointIds={linked} levels={levels} />
      </p>
      <Form<AreaValues>
        form={form}
        layout="vertical"
        initialValues={{ label: area.label, riskPointIds: area.riskPointIds }}
        onFinish={(values) => void save(values)}
        data-testid="risk-map-area-form"
      >
        <Form.Item name="label" label="区域名称" required rules={[schemaRule(fields.label)]} extra="印在色块中，如：教学楼、食堂、操场。">
          <Input maxLength={20} data-testid="risk-map-area-label" />
        </Form.Item>
        <Form.Item name="riskPointIds" label="区域内的风险点" extra="区域按其中最高的风险等级着色。">
          <Select
            mode="multiple"
            allowClear
            placeholder="选择区域内的风险点"
            options={pointOptions(points)}
            optionFilterProp="label"
            optionRender={(option) => <PointOption point={byId.get(Number(option.value))} level={levels.get(Number(option.value))} />}
            data-testid="risk-map-area-points"
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="risk-map-area-save">
            保存区域
          </Button>
        </Space>
      </Form>
    </section>
  )
}
