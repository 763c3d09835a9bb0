import { Col, DatePicker, Form, Input, Row } from 'antd'
import type { Dayjs } from 'dayjs'
import type { ChosenPhoto, HazardDetail } from '@shared/contract/hazards'
import type { Staff } from '@shared/domain/entities'
import type { Hazard, PersonRef } from '@shared/domain/hazards'
import {
  hazardAcceptInput,
  hazardRejectInput,
  hazardSubmitInput,
  type HazardAcceptInput,
  type HazardRejectInput,
  type HazardSubmitInput
} from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PersonPicker } from '../../components/PersonPicker'
import { fromDay, today } from './form-values'
import { PhotoPicker } from './PhotoPicker'

/** The dialogs of the loop's steps after 开始整改: 提交验收, 验收 and 退回 (上报 and 销号 have files of their own). */

export interface StepModalProps {
  hazard: Hazard
  staff: readonly Staff[]
  onSaved: (detail: HazardDetail) => void
  onClose: () => void
}

/**
 * The dialogs' buttons; a field message ends with the verb of its dialog's button (请填写后再退回整改), so it
 * names what the user clicks.
 */
const submitAction = '提交验收'
const acceptAction = '验收'
const rejectAction = '退回整改'

/** Disables days after today in the date pickers of the loop's steps. */
export const notFuture = (day: Dayjs) => day.isAfter(today(), 'day')

interface SubmitValues {
  rectifiedOn: Dayjs | null
  rectifier: PersonRef | null
  rectificationNote: string
  photos: ChosenPhoto[]
}

export function SubmitModal({ hazard, staff, onSaved, onClose }: StepModalProps) {
  const [form] = Form.useForm<SubmitValues>()
  const run = useAction()
  const fields = hazardSubmitInput.shape

  const submit = async (values: SubmitValues) => {
    const { photos, ...rest } = values
    const input = { ...rest, id: hazard.id, rectifiedOn: fromDay(values.rectifiedOn), photoTokens: photos.map((photo) => photo.token) } as unknown as HazardSubmitInput
    const saved = await run(() => call('hazards:submit', input), '已提交验收')
    if (saved) onSaved(saved)
    return saved !== undefined
  }

  return (
    <FormModal<SubmitValues>
      title={`提交验收 — ${hazard.code}`}
      form={form}
      initialValues={{ rectifiedOn: today(), rectifier: hazard.responsible.name ? hazard.responsible : null, rectificationNote: '', photos: [] }}
      onSubmit={submit}
      onClose={onClose}
      okText={submitAction}
      width={640}
      testId="hazard-submit-modal"
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="rectifiedOn" label="整改完成日期" required rules={[schemaRule(fields.rectifiedOn, fromDay, submitAction)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="rectifier" label="整改人" required rules={[schemaRule(fields.rectifier, undefined, submitAction)]}>
            <PersonPicker staff={staff} testId="hazard-rectifier" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="rectificationNote" label="整改情况" rules={[schemaRule(fields.rectificationNote, undefined, submitAction)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="做了什么、换了什么、花了多少" data-testid="hazard-rectification-note" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="photos" label="整改后照片">
            <PhotoPicker testId="hazard-rectified-photos" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}

interface AcceptValues {
  acceptedOn: Dayjs | null
  acceptor: PersonRef | null
  acceptanceOpinion: string
}

export function AcceptModal({ hazard, staff, onSaved, onClose }: StepModalProps) {
  const [form] = Form.useForm<AcceptValues>()
  const run = useAction()
  const fields = hazardAcceptInput.shape

  const submit = async (values: AcceptValues) => {
    const input = { ...values, id: hazard.id, acceptedOn: fromDay(values.acceptedOn) } as unknown as HazardAcceptInput
    const saved = await run(() => call('hazards:accept', input), '验收通过')
    if (saved) onSaved(saved)
    return saved !== undefined
  }

  return (
    <FormModal<AcceptValues>
      title={`验收 — ${hazard.code}`}
      form={form}
      initialValues={{ acceptedOn: today(), acceptor: null, acceptanceOpinion: '整改到位，验收合格。' }}
      onSubmit={submit}
      onClose={onClose}
      okText="验收通过"
      testId="hazard-accept-modal"
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="acceptedOn" label="验收日期" required rules={[schemaRule(fields.acceptedOn, fromDay, acceptAction)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="acceptor" label="验收人" required rules={[schemaRule(fields.acceptor, undefined, acceptAction)]} extra={`验收人不能是整改人（${hazard.rectifier.name}）。`}>
            <PersonPicker staff={staff} testId="hazard-acceptor" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="acceptanceOpinion" label="验收意见" required rules={[schemaRule(fields.acceptanceOpinion, undefined, acceptAction)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="hazard-acceptance-opinion" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}

export function RejectModal({ hazard, onSaved, onClose }: StepModalProps) {
  const [form] = Form.useForm<{ reason: string }>()
  const run = useAction()

  const submit = async (values: { reason: string }) => {
    const saved = await run(() => call('hazards:reject', { ...values, id: hazard.id } as unknown as HazardRejectInput), '已退回整改')
    if (saved) onSaved(saved)
    return saved !== undefined
  }

  return (
    <FormModal title={`验收不通过 — ${hazard.code}`} form={form} onSubmit={submit} onClose={onClose} okText={rejectAction} testId="hazard-reject-modal">
      <Form.Item name="reason" label="退回原因" required rules={[schemaRule(hazardRejectInput.shape.reason, undefined, rejectAction)]} extra="隐患退回“整改中”，原因记入办理记录。">
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 6 }} placeholder="哪些地方没有整改到位，需要怎样整改" data-testid="hazard-reject-reason" />
      </Form.Item>
    </FormModal>
  )
}
