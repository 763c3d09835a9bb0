import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { Staff } from '@shared/domain/entities'
import { trainingKindLabels, trainingKinds, type Training, type TrainingDetail, type TrainingKind } from '@shared/domain/training'
import { trainingInput, type TrainingInput } from '@shared/schemas/training-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { AttachmentField, type AttachmentValue } from './AttachmentField'
import { AttendeePicker } from './AttendeePicker'
import { dateFormat, fromDay, isAfterToday, toDay } from './dates'

const fields = trainingInput.shape

interface TrainingFormValues {
  heldOn: Dayjs | null
  topic: string
  kind: TrainingKind
  trainer: string
  location: string
  audience: string
  hours: number | null
  headcount: number | null
  content: string
  assessment: string
  attendeeIds: number[]
  attachments: AttachmentValue
}

interface TrainingModalProps {
  /** The training to edit, with thumbnails; undefined adds a new one. */
  training?: TrainingDetail
  staff: readonly Staff[]
  onSaved: (training: Training) => void
  onClose: () => void
}

function initialValues(training: TrainingDetail | undefined): TrainingFormValues {
  if (!training) {
    return {
      heldOn: dayjs().startOf('day'),
      topic: '',
      kind: 'all-staff',
      trainer: '',
      location: '',
      audience: '',
      hours: 2,
      headcount: null,
      content: '',
      assessment: '',
      attendeeIds: [],
      attachments: { kept: [], pending: [] }
    }
  }
  return { ...training, heldOn: toDay(training.heldOn), attachments: { kept: training.attachments, pending: [] } }
}

/** Records a training: when, what, who taught and who attended, with photos and files. */
export function TrainingModal({ training, staff, onSaved, onClose }: TrainingModalProps) {
  const [form] = Form.useForm<TrainingFormValues>()
  const run = useAction()

  const submit = async (values: TrainingFormValues) => {
    const { attachments, ...rest } = values
    const keptIds = new Set(attachments.kept.map((attachment) => attachment.id))
    const input = {
      ...rest,
      id: training?.id ?? null,
      heldOn: fromDay(values.heldOn),
      addAttachments: attachments.pending.map((attachment) => attachment.token),
      removeAttachmentIds: (training?.attachments ?? []).filter((attachment) => !keptIds.has(attachment.id)).map((attachment) => attachment.id)
    } as unknown as TrainingInput
    const saved = await run(() => call('trainings:save', input), training ? '培训记录已保存' : `已登记培训“${values.topic}”`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<TrainingFormValues>
      title={training ? `编辑培训记录 — ${training.topic}` : '登记培训'}
      form={form}
      initialValues={initialValues(training)}
      onSubmit={submit}
      onClose={onClose}
      width={920}
      testId="training-modal"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="topic" label="培训主题" required rules={[schemaRule(fields.topic)]}>
            <Input autoFocus maxLength={100} placeholder="如：双重预防体系全员培训、消防安全疏散演练" data-testid="training-topic" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="kind" label="培训类别" required rules={[schemaRule(fields.kind)]}>
            <Select options={trainingKinds.map((kind) => ({ value: kind, label: trainingKindLabels[kind] }))} data-testid="training-kind" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="heldOn" label="培训日期" required rules={[schemaRule(fields.heldOn, fromDay)]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={isAfterToday} data-testid="training-held-on" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="trainer" label="主讲人" rules={[schemaRule(fields.trainer)]}>
            <Input maxLength={60} placeholder="本校人员或外请教官" data-testid="training-trainer" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="location" label="培训地点" rules={[schemaRule(fields.location)]}>
            <Input maxLength={60} placeholder="如：学校报告厅" data-testid="training-location" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="hours" label="学时" required rules={[schemaRule(fields.hours)]}>
            <InputNumber min={0.5} max={40} step={0.5} placeholder="如 1.5" style={{ width: '100%' }} data-testid="training-hours" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="audience" label="培训对象" rules={[schemaRule(fields.audience)]}>
            <Input maxLength={100} placeholder="如：全体教职工、食堂从业人员" data-testid="training-audience" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="content" label="培训内容" rules={[schemaRule(fields.content)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="讲授的主要内容、演练的科目" data-testid="training-content" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="assessment" label="效果评估" rules={[schemaRule(fields.assessment)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="考核方式和结果，如：笔试全部合格，平均 86 分" data-testid="training-assessment" />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="attendeeIds" label="参训教职工（签到）" rules={[schemaRule(fields.attendeeIds)]}>
            <AttendeePicker staff={staff} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="headcount"
            label="参加人数"
            rules={[schemaRule(fields.headcount)]}
            extra="学生等名册外人员参加时填写实际人数；留空按签到的教职工计"
          >
            <InputNumber min={1} max={20000} precision={0} style={{ width: '100%' }} data-testid="training-headcount" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="attachments" label="现场照片和附件">
            <AttachmentField />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
