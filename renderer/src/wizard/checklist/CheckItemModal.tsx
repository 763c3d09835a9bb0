import { Col, Form, Input, Row, Select } from 'antd'
import type { CheckItem, Post, RiskPoint } from '@shared/domain/entities'
import { checkFrequencies, checkFrequencyLabels, checkMethods, inspectionTypeLabels, inspectionTypes } from '@shared/domain/checks'
import type { CheckFrequency, CheckMethod, InspectionType } from '@shared/domain/checks'
import { checkItemInput, type CheckItemInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PostSelect } from '../../components/PostSelect'
import { useProgressRefresh } from '../progress'

const fields = checkItemInput.shape

interface CheckItemFormValues {
  riskPointId: number | null
  content: string
  standard: string
  method: CheckMethod
  inspectionType: InspectionType
  frequency: CheckFrequency
  responsiblePostId: number | null
}

interface CheckItemModalProps {
  item?: CheckItem
  points: readonly RiskPoint[]
  posts: readonly Post[]
  /** Risk point preselected for a new item, e.g. the one the table is filtered by. */
  riskPointId?: number
  onSaved: (item: CheckItem) => void
  onClose: () => void
}

/** Edits a check item, or adds one the measures did not give; an edited item is kept as it is when deriving again. */
export function CheckItemModal({ item, points, posts, riskPointId, onSaved, onClose }: CheckItemModalProps) {
  const [form] = Form.useForm<CheckItemFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: CheckItemFormValues) => {
    const input = { ...values, id: item?.id ?? null, measureId: item?.measureId ?? null } as unknown as CheckItemInput
    const saved = await run(() => call('check-items:save', input), item ? '排查项已保存' : '排查项已添加')
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  return (
    <FormModal<CheckItemFormValues>
      title={item ? '编辑排查项' : '添加排查项'}
      form={form}
      initialValues={
        item ?? {
          riskPointId: riskPointId ?? null,
          content: '',
          standard: '',
          method: '查看现场',
          inspectionType: 'daily',
          frequency: 'daily',
          responsiblePostId: null
        }
      }
      onSubmit={submit}
      onClose={onClose}
      width={720}
      testId="check-item-modal"
    >
      <Form.Item name="riskPointId" label="风险点" required rules={[schemaRule(fields.riskPointId)]}>
        <Select
          options={points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择风险点"
          data-testid="check-item-point"
        />
      </Form.Item>
      <Form.Item name="content" label="排查内容" required rules={[schemaRule(fields.content)]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如：楼梯扶手是否牢固，防滑条是否完好" data-testid="check-item-content" />
      </Form.Item>
      <Form.Item name="standard" label="排查标准" rules={[schemaRule(fields.standard)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} placeholder="判定合格的依据，如：扶手无松动、无断裂，防滑条无缺失" data-testid="check-item-standard" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="method" label="排查方法" required rules={[schemaRule(fields.method)]}>
            <Select options={checkMethods.map((value) => ({ value, label: value }))} data-testid="check-item-method" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="inspectionType" label="排查类型" required rules={[schemaRule(fields.inspectionType)]}>
            <Select options={inspectionTypes.map((value) => ({ value, label: inspectionTypeLabels[value] }))} data-testid="check-item-type" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="frequency" label="频次" required rules={[schemaRule(fields.frequency)]}>
            <Select options={checkFrequencies.map((value) => ({ value, label: checkFrequencyLabels[value] }))} data-testid="check-item-frequency" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="responsiblePostId" label="责任岗位" rules={[schemaRule(fields.responsiblePostId)]}>
            <PostSelect posts={posts} testId="check-item-post" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
