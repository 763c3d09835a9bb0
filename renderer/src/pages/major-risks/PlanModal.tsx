import { Col, DatePicker, Form, Input, Row, Typography } from 'antd'
import type { Staff } from '@shared/domain/entities'
import type { MajorRiskEntry, MajorRiskPlan } from '@shared/domain/major-risks'
import { majorRiskPlanInput } from '@shared/schemas/major-risk-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { requiredRule, schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { dateText, isAfterToday, toPlanFormValues, toPlanInput, type PlanFormValues } from './plan-draft'

const fields = majorRiskPlanInput.shape

interface PlanModalProps {
  entry: MajorRiskEntry
  staff: readonly Staff[]
  defaultReportTo: string
  onStaffAdded: () => Promise<void>
  onSaved: (plan: MajorRiskPlan) => void
  onClose: () => void
}

/** 重大风险管控方案 of one risk: goal, measures, funds, the person responsible, deadline, monitoring, emergency steps and the report. */
export function PlanModal({ entry, staff, defaultReportTo, onStaffAdded, onSaved, onClose }: PlanModalProps) {
  const [form] = Form.useForm<PlanFormValues>()
  const run = useAction()

  const save = async (values: PlanFormValues) => {
    const saved = await run(() => call('major-risks:save-plan', toPlanInput(entry.risk.id, values)), '管控方案已保存')
    if (!saved) return false
    onSaved(saved)
    return true
  }

  const area = (name: keyof PlanFormValues, label: string, placeholder: string, rows = 3) => (
    <Form.Item name={name} label={label} rules={[schemaRule(fields[name])]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: rows + 4 }} placeholder={placeholder} data-testid={`plan-${name}`} />
    </Form.Item>
  )

  return (
    <FormModal<PlanFormValues>
      title={`重大风险管控方案 — ${entry.point.code} ${entry.point.name}`}
      form={form}
      initialValues={toPlanFormValues(entry.risk, entry.plan, defaultReportTo)}
      onSubmit={save}
      onClose={onClose}
      width={760}
      testId="plan-modal"
    >
      <Typography.Paragraph className="muted">危险有害因素：{entry.risk.hazard}</Typography.Paragraph>
      <Form.Item name="objective" label="管控目标" required rules={[schemaRule(fields.objective)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：2026年底前完成燃气管道改造，风险降至较大风险及以下" data-testid="plan-objective" />
      </Form.Item>
      <Form.Item name="measures" label="管控措施（方案）" required rules={[schemaRule(fields.measures)]} extra="已按风险分级管控清单中的措施起草，请补充工程改造等专项措施。每行一条。">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} data-testid="plan-measures" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>{area('funds', '资金保障', '如：专项资金 8 万元，列入年度预算', 1)}</Col>
        <Col span={12}>
          <Form.Item name="responsibleStaffId" label="责任人" required rules={[requiredRule('责任人', 'choice'), schemaRule(fields.responsibleStaffId)]}>
            <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="plan-responsible" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="deadline" label="完成时限" rules={[schemaRule(fields.deadline, dateText)]}>
            <DatePicker style={{ width: '100%' }} placeholder="选择日期" data-testid="plan-deadline" />
          </Form.Item>
        </Col>
      </Row>
      {area('monitoring', '监测监控', '如：报警装置每月测试一次，每日开餐前检查管道')}
      {area('emergency', '应急措施', '如：发现泄漏立即关阀、通风、疏散并拨打119')}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="reportedOn" label="上报日期" rules={[schemaRule(fields.reportedOn, dateText)]}>
            <DatePicker style={{ width: '100%' }} placeholder="尚未上报可不填" disabledDate={isAfterToday} data-testid="plan-reported-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="reportTo" label="上报单位" required rules={[schemaRule(fields.reportTo)]}>
            <Input maxLength={60} placeholder={defaultReportTo || '如：山阳区教育局'} data-testid="plan-report-to" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
