import { AutoComplete, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { Policy, Staff } from '@shared/domain/entities'
import {
  incentiveKindLabels,
  incentiveKinds,
  incentiveTargetKindLabels,
  incentiveTargetKinds,
  policyClauses,
  suggestedMeasures,
  type HazardOption,
  type Incentive,
  type IncentiveKind,
  type IncentiveTargetKind
} from '@shared/domain/incentives'
import { incentiveInput, type IncentiveInput } from '@shared/schemas/training-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { requiredRule, schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { chineseCollator } from '../../components/lookups'
import { dateFormat, fromDay, isAfterToday, toDay } from './dates'

const fields = incentiveInput.shape

interface IncentiveFormValues {
  kind: IncentiveKind
  targetKind: IncentiveTargetKind
  staffId: number | null
  department: string
  decidedOn: Dayjs | null
  reason: string
  basis: string
  measure: string
  approver: string
  hazardId: number | null
}

interface IncentiveModalProps {
  incentive?: Incentive
  staff: readonly Staff[]
  policies: readonly Policy[]
  hazards: readonly HazardOption[]
  onSaved: (incentive: Incentive) => void
  onClose: () => void
}

/** Lists the clauses a decision may rest on: the assessment policy first, then the hazard-reporting reward policy. */
function basisOptions(policies: readonly Policy[]) {
  return (['assessment', 'reporting'] as const).flatMap((kind) =>
    policies
      .filter((policy) => policy.kind === kind)
      .map((policy) => ({
        label: policy.title,
        options: policyClauses(policy.title, policy.body).map((clause) => ({
          value: clause.reference,
          /** What typing filters on: the clause number and its words. */
          search: `${clause.reference}${clause.text}`,
          label: (
            <div className="clause-option" title={clause.text}>
              <strong>{clause.number}</strong> {clause.text}
            </div>
          )
        }))
      }))
      .filter((group) => group.options.length > 0)
  )
}

function departmentsOf(staff: readonly Staff[]): string[] {
  return [...new Set(staff.map((person) => person.department.trim()).filter(Boolean))].sort((a, b) => chineseCollator.compare(a, b))
}

function initialValues(incentive: Incentive | undefined): IncentiveFormValues {
  if (!incentive) {
    return { kind: 'reward', targetKind: 'person', staffId: null, department: '', decidedOn: dayjs().startOf('day'), reason: '', basis: '', measure: '', approver: '', hazardId: null }
  }
  return {
    ...incentive,
    department: incentive.targetKind === 'department' ? incentive.targetName : '',
    decidedOn: toDay(incentive.decidedOn)
  }
}

/** Records a reward or a penalty for a person or a department, with the clause it rests on. */
export function IncentiveModal({ incentive, staff, policies, hazards, onSaved, onClose }: IncentiveModalProps) {
  const [form] = Form.useForm<IncentiveFormValues>()
  const run = useAction()
  const kind = Form.useWatch('kind', form) ?? incentive?.kind ?? 'reward'
  const targetKind = Form.useWatch('targetKind', form) ?? incentive?.targetKind ?? 'person'

  const submit = async (values: IncentiveFormValues) => {
    const input = { ...values, id: incentive?.id ?? null, decidedOn: fromDay(values.decidedOn) } as unknown as IncentiveInput
    const saved = await run(() => call('incentives:save', input), incentive ? '奖惩记录已保存' : `已登记${incentiveKindLabels[values.kind]}`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<IncentiveFormValues>
      title={incentive ? '编辑奖惩记录' : '登记奖惩'}
      form={form}
      initialValues={initialValues(incentive)}
      onSubmit={submit}
      onClose={onClose}
      width={760}
      testId="incentive-modal"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label="类别" required rules={[schemaRule(fields.kind)]}>
            <Radio.Group optionType="button" options={incentiveKinds.map((value) => ({ value, label: incentiveKindLabels[value] }))} data-testid="incentive-kind" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="targetKind" label="对象类型" required rules={[schemaRule(fields.targetKind)]}>
            <Radio.Group optionType="button" options={incentiveTargetKinds.map((value) => ({ value, label: incentiveTargetKindLabels[value] }))} data-testid="incentive-target-kind" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="decidedOn" label="奖惩日期" required rules={[schemaRule(fields.decidedOn, fromDay)]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={isAfterToday} data-testid="incentive-decided-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          {targetKind === 'person' ? (
            <Form.Item name="staffId" label="奖惩对象" required rules={[requiredRule('奖惩对象', 'choice')]}>
              <StaffSelect staff={staff} testId="incentive-staff" />
            </Form.Item>
          ) : (
            <Form.Item name="department" label="部门名称" required rules={[requiredRule('部门名称'), schemaRule(fields.department)]}>
              <AutoComplete
                options={departmentsOf(staff).map((value) => ({ value }))}
                placeholder="如：食堂、初中部、总务处"
                filterOption={(input, option) => (option?.value ?? '').includes(input)}
                data-testid="incentive-department"
              />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="approver" label="审批人" rules={[schemaRule(fields.approver)]}>
            <AutoComplete
              options={staff.map((person) => ({ value: person.name }))}
              filterOption={(input, option) => (option?.value ?? '').includes(input)}
              placeholder="如：校长"
              data-testid="incentive-approver"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="reason" label="事由" required rules={[schemaRule(fields.reason)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="时间、地点和经过，如：巡查时发现……并及时报告" data-testid="incentive-reason" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="basis" label="依据条款" rules={[schemaRule(fields.basis)]} extra="从考核奖惩制度、隐患报告和举报奖励制度的条款中选择，也可直接填写">
            <AutoComplete
              options={basisOptions(policies)}
              popupMatchSelectWidth={700}
              listHeight={360}
              filterOption={(input, option) => String((option as { search?: unknown } | undefined)?.search ?? '').includes(input.trim())}
              placeholder="如：《双重预防体系运行考核奖惩制度》第九条"
              data-testid="incentive-basis"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="measure" label="奖惩措施" required rules={[schemaRule(fields.measure)]} extra="有金额的写明金额">
            <AutoComplete
              options={suggestedMeasures[kind].map((value) => ({ value }))}
              filterOption={(input, option) => (option?.value ?? '').includes(input)}
              placeholder={kind === 'reward' ? '如：通报表扬，发放绩效奖励200元' : '如：提醒谈话，书面检查'}
              data-testid="incentive-measure"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hazardId" label="关联隐患" rules={[schemaRule(fields.hazardId)]}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={hazards.length === 0 ? '没有登记的隐患' : '与某条隐患有关时选择'}
              options={hazards.map((hazard) => ({ value: hazard.id, label: `${hazard.code} ${hazard.description}` }))}
              data-testid="incentive-hazard"
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
