import { DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { RiskReviewRecord } from '@shared/domain/reviews'
import { completeReviewInput, type CompleteReviewInput } from '@shared/schemas/review-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'

const fields = completeReviewInput.shape
const dateFormat = 'YYYY-MM-DD'

interface ReviewFormValues {
  term: string
  reviewedOn: Dayjs | null
  reviewer: string
  summary: string
}

function dateText(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

interface CompleteReviewModalProps {
  term: string
  reviewer: string
  onDone: (record: RiskReviewRecord) => void
  onClose: () => void
}

/** Records the term's review with its date, reviewers and conclusions. The risk list as it is now is kept with it. */
export function CompleteReviewModal({ term, reviewer, onDone, onClose }: CompleteReviewModalProps) {
  const [form] = Form.useForm<ReviewFormValues>()
  const run = useAction()

  const save = async (values: ReviewFormValues) => {
    const input = { ...values, reviewedOn: dateText(values.reviewedOn) } as unknown as CompleteReviewInput
    const record = await run(() => call('reviews:complete', input), '本学期评审已记录')
    if (!record) return false
    onDone(record)
    return true
  }

  return (
    <FormModal<ReviewFormValues>
      title="完成本学期评审"
      form={form}
      initialValues={{ term, reviewedOn: dayjs(), reviewer, summary: '' }}
      onSubmit={save}
      onClose={onClose}
      okText="记录评审"
      testId="review-modal"
    >
      <Form.Item name="term" label="评审学期" required rules={[schemaRule(fields.term)]}>
        <Input maxLength={30} placeholder="如：2026—2027学年第一学期" data-testid="review-term" />
      </Form.Item>
      <Form.Item name="reviewedOn" label="评审日期" required rules={[schemaRule(fields.reviewedOn, dateText)]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} data-testid="review-date" />
      </Form.Item>
      <Form.Item name="reviewer" label="评审人" required rules={[schemaRule(fields.reviewer)]} extra="多人评审的，用顿号分隔，如：王建国、李红梅">
        <Input maxLength={60} data-testid="review-reviewer" />
      </Form.Item>
      <Form.Item name="summary" label="评审说明" rules={[schemaRule(fields.summary)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="如：逐项复核了风险点、危险源和管控措施，新增开学后启用的实验楼风险点……" data-testid="review-summary" />
      </Form.Item>
    </FormModal>
  )
}
