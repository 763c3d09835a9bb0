import { Col, DatePicker, Form, Input, Row } from 'antd'
import type { Dayjs } from 'dayjs'
import { hazardCloseInput, type HazardCloseInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { fromDay, today } from './form-values'
import { notFuture, type StepModalProps } from './LoopModals'

/** 销号: closes an accepted hazard, which locks it and seals it into the closure chain. */
export function CloseModal({ hazard, onSaved, onClose }: StepModalProps) {
  const [form] = Form.useForm<{ closedOn: Dayjs | null; note: string }>()
  const run = useAction()
  const fields = hazardCloseInput.shape

  const submit = async (values: { closedOn: Dayjs | null; note: string }) => {
    const input = { ...values, id: hazard.id, closedOn: fromDay(values.closedOn) } as unknown as HazardCloseInput
    const saved = await run(() => call('hazards:close', input), '已销号')
    if (saved) onSaved(saved)
    return saved !== undefined
  }

  return (
    <FormModal title={`销号 — ${hazard.code}`} form={form} initialValues={{ closedOn: today(), note: '' }} onSubmit={submit} onClose={onClose} okText="销号" testId="hazard-close-modal">
      <p>销号后该隐患的记录、照片和办理记录全部锁定，不能再修改；销号记录计入防篡改校验链。</p>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="closedOn" label="销号日期" required rules={[schemaRule(fields.closedOn, fromDay, '销号')]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="note" label="销号说明" rules={[schemaRule(fields.note, undefined, '销号')]}>
            <Input maxLength={500} placeholder="可不填" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
