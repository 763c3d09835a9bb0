import { Col, DatePicker, Form, Input, Row } from 'antd'
import type { Dayjs } from 'dayjs'
import type { School } from '@shared/domain/school'
import { defaultReportTo } from '@shared/domain/major-risks'
import { hazardReportInput, type HazardReportInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { fromDay, today } from './form-values'
import { notFuture, type StepModalProps } from './LoopModals'

/** Returns the example in 上报对象: the bureau of the school's own county, or a neutral one before the county is filled in. */
function reportToExample(school: School | undefined): string {
  const bureau = school ? defaultReportTo(school.county) : ''
  return `如：${bureau || '县（市、区）教育局'}安全科`
}

/** 上报: records when and to whom a 重大 hazard was reported. */
export function ReportModal({ hazard, onSaved, onClose }: StepModalProps) {
  const [form] = Form.useForm<{ reportedOn: Dayjs | null; reportTo: string; reportNote: string }>()
  const run = useAction()
  const school = useLoad('school:get')
  const fields = hazardReportInput.shape

  const submit = async (values: { reportedOn: Dayjs | null; reportTo: string; reportNote: string }) => {
    const input = { ...values, id: hazard.id, reportedOn: fromDay(values.reportedOn) } as unknown as HazardReportInput
    const saved = await run(() => call('hazards:report', input), '上报记录已保存')
    if (saved) onSaved(saved)
    return saved !== undefined
  }

  return (
    <FormModal title={`上报重大事故隐患 — ${hazard.code}`} form={form} initialValues={{ reportedOn: today(), reportTo: hazard.reportTo, reportNote: hazard.reportNote }} onSubmit={submit} onClose={onClose} testId="hazard-report-modal">
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="reportedOn" label="上报日期" required rules={[schemaRule(fields.reportedOn, fromDay)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="reportTo" label="上报对象" required rules={[schemaRule(fields.reportTo)]}>
            <Input maxLength={100} placeholder={reportToExample(school.data)} data-testid="hazard-report-to" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="reportNote" label="上报说明" rules={[schemaRule(fields.reportNote)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="报告方式、报告表编号、督办要求等" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
