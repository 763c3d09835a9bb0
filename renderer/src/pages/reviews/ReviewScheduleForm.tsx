import { Button, DatePicker, Form, Input, Spin } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReviewSchedule } from '@shared/domain/reviews'
import { reviewScheduleInput, type ReviewScheduleInput } from '@shared/schemas/review-inputs'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { useReviewReminder } from '../../app/review-reminder'
import { ErrorBox } from '../../components/ErrorBox'
import { schemaRule } from '../../components/form-rules'

const fields = reviewScheduleInput.shape
const dateFormat = 'YYYY-MM-DD'

interface ScheduleFormValues {
  term: string
  dueOn: Dayjs | null
}

function dateText(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

function toFormValues(schedule: ReviewSchedule): ScheduleFormValues {
  return { term: schedule.term, dueOn: schedule.dueOn ? dayjs(schedule.dueOn, dateFormat) : null }
}

/** Edits 当前学期 and the date its risk review is due; from 14 days before that date the app reminds at start-up. */
export function ReviewScheduleForm() {
  const schedule = useLoad('reviews:schedule')
  const reminder = useReviewReminder()
  const [form] = Form.useForm<ScheduleFormValues>()
  const run = useAction()

  if (schedule.error) return <ErrorBox error={schedule.error} onRetry={() => void schedule.reload()} />
  if (!schedule.data) return <Spin />

  const save = async (values: ScheduleFormValues) => {
    const input = { term: values.term, dueOn: dateText(values.dueOn) } as unknown as ReviewScheduleInput
    const saved = await run(() => call('reviews:save-schedule', input), '评审安排已保存')
    if (!saved) return
    schedule.setData(saved)
    form.setFieldsValue(toFormValues(saved))
    await reminder.reload()
  }

  return (
    <Form<ScheduleFormValues> form={form} layout="inline" initialValues={toFormValues(schedule.data)} onFinish={(values) => void save(values)} data-testid="review-schedule-form">
      <Form.Item name="term" label="当前学期" rules={[schemaRule(fields.term)]}>
        <Input maxLength={30} style={{ width: 240 }} placeholder="如：2026—2027学年第一学期" data-testid="schedule-term" />
      </Form.Item>
      <Form.Item name="dueOn" label="评审截止日期" rules={[schemaRule(fields.dueOn, dateText)]} extra="截止日期前 14 天起，打开软件时提醒开展评审。">
        <DatePicker placeholder="选择日期" data-testid="schedule-due" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="schedule-save">
          保存
        </Button>
      </Form.Item>
    </Form>
  )
}
