import { Col, DatePicker, Form, Input, Radio, Row, Select, Switch } from 'antd'
import type { Dayjs } from 'dayjs'
import { calendarKinds, beforeKindLabels, type CalendarKind } from '@shared/domain/calendar'
import { checkFrequencies, checkFrequencyLabels, inspectionTypeLabels, inspectionTypes, type CheckFrequency, type InspectionType } from '@shared/domain/checks'
import type { CheckItem, Post, RiskPoint, Staff } from '@shared/domain/entities'
import { defaultBeforeKind, isBeforeFrequency, planScopeLabels, planScopes, type InspectionPlanRow, type PlanScope } from '@shared/domain/inspections'
import { describeError } from '@shared/errors'
import { inspectionPlanInput, type InspectionPlanInput } from '@shared/schemas/inspection-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { requiredRule, schemaRule } from '../../components/form-rules'
import { PostSelect } from '../../components/PostSelect'
import { StaffSelect } from '../../components/StaffSelect'
import { fromDay, toDay } from '../hazards/form-values'
import { frequencyHint } from './frequency-hints'

const fields = inspectionPlanInput.shape

interface PlanValues {
  name: string
  inspectionType: InspectionType
  frequency: CheckFrequency
  beforeKind: CalendarKind | null
  responsiblePostId: number | null
  responsibleStaffId: number | null
  scope: PlanScope
  riskPointIds: number[]
  checkItemIds: number[]
  active: boolean
  startsOn: Dayjs | null
  endsOn: Dayjs | null
  note: string
}

interface PlanModalProps {
  plan?: InspectionPlanRow
  posts: readonly Post[]
  staff: readonly Staff[]
  points: readonly RiskPoint[]
  items: readonly CheckItem[]
  onSaved: (plan: InspectionPlanRow) => void
  onClose: () => void
}

function initialValues(plan?: InspectionPlanRow): PlanValues {
  if (plan) return { ...plan, startsOn: toDay(plan.startsOn), endsOn: toDay(plan.endsOn) }
  return {
    name: '',
    inspectionType: 'daily',
    frequency: 'daily',
    beforeKind: null,
    responsiblePostId: null,
    responsibleStaffId: null,
    scope: 'points',
    riskPointIds: [],
    checkItemIds: [],
    active: true,
    startsOn: null,
    endsOn: null,
    note: ''
  }
}

/** Adds or changes an inspection plan: what kind, how often, who, and which check items it covers. */
export function PlanModal({ plan, posts, staff, points, items, onSaved, onClose }: PlanModalProps) {
  const [form] = Form.useForm<PlanValues>()
  const run = useAction()
  const frequency = Form.useWatch('frequency', form) ?? 'daily'
  const scope = Form.useWatch('scope', form) ?? 'points'
  const hint = frequencyHint(frequency)
  const pointLabel = (id: number) => points.find((point) => point.id === id)?.code ?? ''

  const submit = async (values: PlanValues) => {
    const input = { ...values, id: plan?.id ?? null, beforeKind: values.beforeKind ?? '', startsOn: fromDay(values.startsOn), endsOn: fromDay(values.endsOn) } as unknown as InspectionPlanInput
    const saved = await run(() => call('inspection-plans:save', input), plan ? '排查计划已保存' : `已新建排查计划“${values.name}”`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  const someoneResponsible = {
    validator: async () => {
      if (form.getFieldValue('responsiblePostId') === null && form.getFieldValue('responsibleStaffId') === null) {
        throw new Error(describeError({ code: 'required-choice', field: '责任岗位或责任人' }))
      }
    }
  }

  return (
    <FormModal<PlanValues> title={plan ? `修改排查计划 — ${plan.name}` : '新建排查计划'} form={form} initialValues={initialValues(plan)} onSubmit={submit} onClose={onClose} width={860} testId="plan-modal">
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label="计划名称" required rules={[schemaRule(fields.name)]}>
            <Input autoFocus maxLength={50} placeholder="如：门卫日常排查、消防安全专项排查" data-testid="plan-name-input" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="inspectionType" label="排查类型" required rules={[schemaRule(fields.inspectionType)]}>
            <Select options={inspectionTypes.map((value) => ({ value, label: inspectionTypeLabels[value] }))} data-testid="plan-type" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="active" label="启用（按计划提醒）" valuePropName="checked">
            <Switch data-testid="plan-active" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="frequency" label="排查频次" required rules={[schemaRule(fields.frequency)]} extra={hint && <span data-testid="plan-frequency-hint">{hint}</span>}>
            <Select
              options={checkFrequencies.map((value) => ({ value, label: checkFrequencyLabels[value] }))}
              onChange={(value: CheckFrequency) => form.setFieldValue('beforeKind', defaultBeforeKind(value))}
              data-testid="plan-frequency"
            />
          </Form.Item>
        </Col>
        {isBeforeFrequency(frequency) && (
          <Col span={6}>
            <Form.Item name="beforeKind" label="在何时之前" required rules={[requiredRule('在何时之前', 'choice')]} extra="时段开始前 7 天内完成">
              <Select options={calendarKinds.map((value) => ({ value, label: beforeKindLabels[value] }))} data-testid="plan-before-kind" />
            </Form.Item>
          </Col>
        )}
        <Col span={6}>
          <Form.Item name="responsiblePostId" label="责任岗位" dependencies={['responsibleStaffId']} rules={[schemaRule(fields.responsiblePostId), someoneResponsible]}>
            <PostSelect posts={posts} testId="plan-post" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="responsibleStaffId" label="责任人" rules={[schemaRule(fields.responsibleStaffId)]}>
            <StaffSelect staff={staff} testId="plan-staff" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="scope" label="排查范围" required rules={[schemaRule(fields.scope)]}>
            <Radio.Group options={planScopes.map((value) => ({ value, label: planScopeLabels[value] }))} data-testid="plan-scope" />
          </Form.Item>
        </Col>
        {scope === 'points' && (
          <Col span={24}>
            <Form.Item name="riskPointIds" label="风险点" required rules={[requiredRule('风险点', 'choice')]}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择要检查的风险点，可多选"
                options={points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))}
                data-testid="plan-points"
              />
            </Form.Item>
          </Col>
        )}
        {scope === 'items' && (
          <Col span={24}>
            <Form.Item name="checkItemIds" label="排查项" required rules={[requiredRule('排查项', 'choice')]}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                maxTagCount="responsive"
                placeholder="输入关键字查找排查项，可多选"
                options={items.map((item) => ({ value: item.id, label: `${pointLabel(item.riskPointId)} ${item.content}` }))}
                data-testid="plan-items"
              />
            </Form.Item>
          </Col>
        )}
        <Col span={6}>
          <Form.Item name="startsOn" label="开始日期" rules={[schemaRule(fields.startsOn, fromDay)]}>
            <DatePicker style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="endsOn" label="结束日期" rules={[schemaRule(fields.endsOn, fromDay)]}>
            <DatePicker style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="note" label="备注" rules={[schemaRule(fields.note)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder="如：上级通知文号、重点检查内容" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
