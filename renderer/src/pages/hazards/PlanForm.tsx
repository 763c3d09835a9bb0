import { Alert, Button, Col, DatePicker, Form, Input, Row, Space, Tooltip } from 'antd'
import type { Dayjs } from 'dayjs'
import type { HazardDetail } from '@shared/contract/hazards'
import type { Staff } from '@shared/domain/entities'
import { checkHazardAction, majorHazardGaps, majorHazardPartLabels, transitionFacts, type Hazard, type PersonRef } from '@shared/domain/hazards'
import { hazardPlanInput, type HazardPlanInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { schemaRule } from '../../components/form-rules'
import { PersonPicker } from '../../components/PersonPicker'
import { fromDay, toDay } from './form-values'
import { PlanRecord } from './PlanRecord'

const fields = hazardPlanInput.shape

interface PlanValues {
  responsible: PersonRef | null
  measures: string
  funds: string
  deadline: Dayjs | null
  contingency: string
  governancePlan: string
}

interface PlanFormProps {
  hazard: Hazard
  staff: readonly Staff[]
  onSaved: (detail: HazardDetail) => void
}

function valuesOf(hazard: Hazard): PlanValues {
  return {
    responsible: hazard.responsible.name ? hazard.responsible : null,
    measures: hazard.measures,
    funds: hazard.funds,
    deadline: toDay(hazard.deadline),
    contingency: hazard.contingency,
    governancePlan: hazard.governancePlan
  }
}

/**
 * Shows 五落实 (责任、措施、资金、时限、预案) and, for a 重大 hazard, the 治理方案: as a form while the plan may
 * change, and as text once it is accepted or closed.
 */
export function PlanForm(props: PlanFormProps) {
  const canSave = checkHazardAction(transitionFacts(props.hazard), 'save-plan')
  if (canSave.allowed) return <PlanEditor {...props} />
  // A closed hazard's alert above the record already states that it is locked.
  return <PlanRecord hazard={props.hazard} note={props.hazard.state === 'closed' ? undefined : canSave.reason} />
}

/**
 * Edits the plan, which is saved as a draft or saved and started in one step. A 重大 hazard shows live what it
 * still lacks before it may start.
 */
function PlanEditor({ hazard, staff, onSaved }: PlanFormProps) {
  const [form] = Form.useForm<PlanValues>()
  const run = useAction()
  const watched = Form.useWatch([], form) as PlanValues | undefined
  const canStart = checkHazardAction(transitionFacts(hazard), 'start-rectification')
  const major = hazard.grade === 'major'

  const current = watched ?? valuesOf(hazard)
  const gaps = major
    ? majorHazardGaps({
        ...hazard,
        responsible: current.responsible ?? { staffId: null, name: '' },
        measures: current.measures ?? '',
        funds: current.funds ?? '',
        deadline: fromDay(current.deadline),
        contingency: current.contingency ?? '',
        governancePlan: current.governancePlan ?? ''
      })
    : []

  const save = async (channel: 'hazards:save-plan' | 'hazards:start-rectification') => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values) return
    const input = { ...values, id: hazard.id, deadline: fromDay(values.deadline) } as unknown as HazardPlanInput
    const saved = await run(() => call(channel, input), channel === 'hazards:save-plan' ? '整改方案已保存' : '已开始整改')
    if (saved) onSaved(saved)
  }

  let startReason: string | undefined
  if (!canStart.allowed) startReason = canStart.reason
  else if (gaps.length > 0) startReason = `还缺少：${gaps.map((part) => majorHazardPartLabels[part]).join('、')}`

  return (
    <Form<PlanValues> form={form} layout="vertical" initialValues={valuesOf(hazard)} data-testid="hazard-plan-form">
      {major && hazard.state === 'reported' && gaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`重大事故隐患开始整改前还缺少：${gaps.map((part) => majorHazardPartLabels[part]).join('、')}`}
          data-testid="hazard-major-gaps"
        />
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="responsible" label="整改责任人" required rules={[schemaRule(fields.responsible)]}>
            <PersonPicker staff={staff} testId="plan-responsible" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="deadline" label="整改时限" required rules={[schemaRule(fields.deadline, fromDay)]}>
            <DatePicker style={{ width: '100%' }} data-testid="plan-deadline" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="funds" label="整改资金" required={major} rules={[schemaRule(fields.funds)]}>
            <Input maxLength={100} placeholder="如：600 元，后勤经费" data-testid="plan-funds" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="measures" label="整改措施" required rules={[schemaRule(fields.measures)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="plan-measures" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contingency" label="应急预案（整改期间的临时防范措施）" required={major} rules={[schemaRule(fields.contingency)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如：设置警示标志、停用相关设施、专人看守" data-testid="plan-contingency" />
          </Form.Item>
        </Col>
        {major && (
          <Col span={24}>
            <Form.Item name="governancePlan" label="治理方案" required rules={[schemaRule(fields.governancePlan)]} extra="包括治理的目标和任务、方法和措施、经费和物资、负责的机构和人员、时限和要求、安全措施和应急预案。隐患的产生原因和整改难易程度各写一行，以“产生原因：”“整改难易程度：”开头，印入治理方案的对应部分。">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="plan-governance" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Space>
        <Button onClick={() => void save('hazards:save-plan')} data-testid="plan-save">
          保存整改方案
        </Button>
        <Tooltip title={startReason}>
          <Button type="primary" onClick={() => void save('hazards:start-rectification')} disabled={startReason !== undefined} data-testid="plan-start">
            开始整改
          </Button>
        </Tooltip>
      </Space>
    </Form>
  )
}
