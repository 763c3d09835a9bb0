import { Col, DatePicker, Form, Input, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { calendarKindLabels, calendarKinds, type CalendarKind, type CalendarPeriod } from '@shared/domain/calendar'
import { calendarPeriodInput, type CalendarPeriodInput } from '@shared/schemas/inspection-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { fromDay, toDay } from '../hazards/form-values'

const fields = calendarPeriodInput.shape

interface PeriodValues {
  kind: CalendarKind
  name: string
  startsOn: Dayjs | null
  endsOn: Dayjs | null
}

/** Names a period of a kind gets by default, so the common cases need no typing. */
const namePlaceholders: Record<CalendarKind, string> = {
  term: '如：2026—2027学年第一学期',
  holiday: '如：国庆节、寒假',
  'flood-season': '如：2027年汛期',
  'heating-season': '如：2026—2027年供暖期',
  other: '如：中考、运动会'
}

interface PeriodModalProps {
  period?: CalendarPeriod
  onSaved: (periods: CalendarPeriod[]) => void
  onClose: () => void
}

/** Adds or changes a period of the calendar; the dates are checked here and again when saved (terms may not overlap). */
export function PeriodModal({ period, onSaved, onClose }: PeriodModalProps) {
  const [form] = Form.useForm<PeriodValues>()
  const run = useAction()
  const kind = Form.useWatch('kind', form) ?? 'term'

  const submit = async (values: PeriodValues) => {
    const input = { ...values, id: period?.id ?? null, startsOn: fromDay(values.startsOn), endsOn: fromDay(values.endsOn) } as unknown as CalendarPeriodInput
    const saved = await run(() => call('calendar:save', input), period ? '校历已保存' : `已添加“${values.name}”`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  const endAfterStart = {
    validator: async (_rule: unknown, value: Dayjs | null) => {
      const start = form.getFieldValue('startsOn') as Dayjs | null
      if (value && start && value.isBefore(start, 'day')) throw new Error(`「结束日期」不能早于开始日期（${fromDay(start)}）。`)
    }
  }

  return (
    <FormModal<PeriodValues>
      title={period ? `修改校历时段 — ${period.name}` : '添加校历时段'}
      form={form}
      initialValues={period ? { ...period, startsOn: toDay(period.startsOn), endsOn: toDay(period.endsOn) } : { kind: 'term', name: '', startsOn: null, endsOn: null }}
      onSubmit={submit}
      onClose={onClose}
      testId="period-modal"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label="时段类型" required rules={[schemaRule(fields.kind)]}>
            <Select options={calendarKinds.map((value) => ({ value, label: calendarKindLabels[value] }))} data-testid="period-kind" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label="时段名称" required rules={[schemaRule(fields.name)]}>
            <Input autoFocus maxLength={30} placeholder={namePlaceholders[kind]} data-testid="period-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="startsOn" label="开始日期" required rules={[schemaRule(fields.startsOn, fromDay)]}>
            <DatePicker style={{ width: '100%' }} data-testid="period-starts-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endsOn" label="结束日期" required dependencies={['startsOn']} rules={[schemaRule(fields.endsOn, fromDay), endAfterStart]}>
            <DatePicker style={{ width: '100%' }} data-testid="period-ends-on" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
