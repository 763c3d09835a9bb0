import { Col, Form, Input, Radio, Row } from 'antd'
import type { Post, RiskPoint, Staff } from '@shared/domain/entities'
import { riskPointKindLabels, riskPointKinds, type RiskPointKind } from '@shared/domain/entities'
import { riskPointInput, type RiskPointInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PostSelect } from '../../components/PostSelect'
import { StaffSelect } from '../../components/StaffSelect'
import { useProgressRefresh } from '../progress'

const fields = riskPointInput.shape

interface RiskPointFormValues {
  name: string
  kind: RiskPointKind
  area: string
  ownerPostId: number | null
  ownerStaffId: number | null
  description: string
}

interface RiskPointModalProps {
  point?: RiskPoint
  posts: readonly Post[]
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onSaved: (point: RiskPoint, created: boolean) => void
  onClose: () => void
}

/** Adds a risk point the library does not have, or edits a point's name, type, area and owners. */
export function RiskPointModal({ point, posts, staff, onStaffAdded, onSaved, onClose }: RiskPointModalProps) {
  const [form] = Form.useForm<RiskPointFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: RiskPointFormValues) => {
    const input = { ...values, id: point?.id ?? null } as unknown as RiskPointInput
    const saved = await run(() => call('risk-points:save', input), point ? '风险点已保存' : `已添加风险点“${values.name}”`)
    if (!saved) return false
    refresh()
    onSaved(saved, point === undefined)
    return true
  }

  return (
    <FormModal<RiskPointFormValues>
      title={point ? `编辑风险点 — ${point.code}` : '添加自定义风险点'}
      form={form}
      initialValues={point ?? { name: '', kind: 'facility', area: '', ownerPostId: null, ownerStaffId: null, description: '' }}
      onSubmit={submit}
      onClose={onClose}
      width={640}
      testId="risk-point-modal"
    >
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="name" label="名称" required rules={[schemaRule(fields.name)]}>
            <Input autoFocus maxLength={60} placeholder="如：学校后山护坡、校园文化长廊" data-testid="risk-point-name" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="kind" label="类型" required rules={[schemaRule(fields.kind)]}>
            <Radio.Group options={riskPointKinds.map((kind) => ({ value: kind, label: riskPointKindLabels[kind] }))} data-testid="risk-point-kind" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="area" label="区域" rules={[schemaRule(fields.area)]}>
            <Input maxLength={60} placeholder="如：操场西侧" data-testid="risk-point-area" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerPostId" label="责任岗位" rules={[schemaRule(fields.ownerPostId)]}>
            <PostSelect posts={posts} testId="risk-point-owner-post" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerStaffId" label="责任人" rules={[schemaRule(fields.ownerStaffId)]}>
            <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="risk-point-owner-staff" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label="描述" rules={[schemaRule(fields.description)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="位置、范围、使用情况等" data-testid="risk-point-description" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
