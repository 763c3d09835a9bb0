import { Button, Col, DatePicker, Form, Input, Row, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { LeadingGroup, Office, Staff } from '@shared/domain/entities'
import { officeInput, type OfficeInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { useProgressRefresh } from '../progress'

const fields = officeInput.shape
const dateFormat = 'YYYY-MM-DD'

type OfficeFormValues = Omit<Office, 'issuedOn'> & { issuedOn: Dayjs | null }

/** Form values of a stored office; the form is filled once, so saving a member does not wipe unsaved edits here. */
function toFormValues(office: Office): OfficeFormValues {
  return { ...office, issuedOn: office.issuedOn ? dayjs(office.issuedOn, dateFormat) : null }
}

function toDateText(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

interface OfficeFormProps {
  office: Office
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onGroupChanged: (group: LeadingGroup) => void
}

/** 领导小组办公室: where it sits, who runs it, and the number and date of the notice that sets it up. */
export function OfficeForm({ office, staff, onStaffAdded, onGroupChanged }: OfficeFormProps) {
  const [form] = Form.useForm<OfficeFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const save = async (values: OfficeFormValues) => {
    const input = { ...values, issuedOn: toDateText(values.issuedOn) } as unknown as OfficeInput
    const saved = await run(() => call('leading-group:save-office', input), '办公室设置已保存')
    if (!saved) return
    form.setFieldsValue(toFormValues(saved.office))
    onGroupChanged(saved)
    refresh()
  }

  return (
    <section className="block" data-testid="office">
      <Typography.Title level={5}>领导小组办公室</Typography.Title>
      <Form<OfficeFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(office)}
        onFinish={(values) => void save(values)} data-testid="office-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="办公室名称" required rules={[schemaRule(fields.name)]}>
              <Input maxLength={60} placeholder="如：双重预防体系建设工作办公室" data-testid="office-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="location" label="地点" rules={[schemaRule(fields.location)]}>
              <Input maxLength={100} placeholder="如：行政楼二楼安全办" data-testid="office-location" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="directorStaffId" label="办公室主任" rules={[schemaRule(fields.directorStaffId)]}>
              <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="office-director" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactStaffId" label="联络员" rules={[schemaRule(fields.contactStaffId)]}>
              <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="office-contact" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label="电话" rules={[schemaRule(fields.phone)]}>
              <Input maxLength={20} placeholder="如：0391-1234567" data-testid="office-phone" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="duties" label="办公室职责" rules={[schemaRule(fields.duties)]}>
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                placeholder="如：负责双重预防体系建设的日常工作，组织风险辨识评价和隐患排查，建立台账，向教育主管部门报送情况。"
                data-testid="office-duties"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="documentNumber" label="发文字号" rules={[schemaRule(fields.documentNumber)]} extra="印在领导小组通知上，如：某校〔2026〕5号">
              <Input maxLength={40} data-testid="office-document-number" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuedOn" label="发文日期" rules={[schemaRule(fields.issuedOn, toDateText)]}>
              <DatePicker format={dateFormat} style={{ width: '100%' }} placeholder="选择日期" data-testid="office-issued-on" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" data-testid="office-save">
          保存办公室设置
        </Button>
      </Form>
    </section>
  )
}
