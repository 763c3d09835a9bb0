import { Alert, App, Col, DatePicker, Form, Input, Row, Segmented, Select, Spin } from 'antd'
import type { Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import type { Staff } from '@shared/domain/entities'
import type { InspectionDetail, InspectionPlanRow, PlanChecklist } from '@shared/domain/inspections'
import { formatItemNumbers } from '@shared/inspections/item-numbers'
import { inspectionRecordInput, type InspectionRecordInput } from '@shared/schemas/inspection-inputs'
import { ApiError, call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { fromDay, today } from '../hazards/form-values'
import { NumbersEntry, numbersProblem, type NumberTexts } from './NumbersEntry'
import { countMarks, markList, numbersWith, type Marks } from './record-marks'
import { TickEntry } from './TickEntry'

const fields = inspectionRecordInput.shape

interface RecordValues {
  planId: number
  inspectedOn: Dayjs | null
  inspectorStaffId: number | null
  note: string
}

type Mode = 'numbers' | 'ticks'

interface RecordModalProps {
  plans: readonly InspectionPlanRow[]
  planId: number
  staff: readonly Staff[]
  onSaved: (detail: InspectionDetail) => void
  onClose: () => void
}

/**
 * Records an inspection (录入排查记录): the plan, the day and the inspector, then the results, typed from the
 * paper checklist by item number or ticked on screen. Items not marked are recorded as 合格.
 */
export function RecordModal({ plans, planId, staff, onSaved, onClose }: RecordModalProps) {
  const [form] = Form.useForm<RecordValues>()
  const { message } = App.useApp()
  const run = useAction()
  const chosenPlan = Form.useWatch('planId', form) ?? planId
  const [checklist, setChecklist] = useState<PlanChecklist>()
  const [loadError, setLoadError] = useState<string>()
  const [mode, setMode] = useState<Mode>('numbers')
  const [marks, setMarks] = useState<Marks>({})
  const [texts, setTexts] = useState<NumberTexts>({ notOk: '', na: '' })

  useEffect(() => {
    let current = true
    setChecklist(undefined)
    setMarks({})
    setTexts({ notOk: '', na: '' })
    call('inspection-plans:checklist', { planId: chosenPlan })
      .then((loaded) => current && setChecklist(loaded))
      .catch((error: unknown) => current && setLoadError(error instanceof ApiError ? error.message : '读取检查表失败，请重试。'))
    return () => {
      current = false
    }
  }, [chosenPlan])

  const switchMode = (next: Mode) => {
    if (next === 'numbers') setTexts({ notOk: formatItemNumbers(numbersWith(marks, 'not-ok')), na: formatItemNumbers(numbersWith(marks, 'na')) })
    setMode(next)
  }

  const submit = async (values: RecordValues) => {
    if (!checklist) return false
    const problems = numbersProblem(texts, checklist.items.length)
    if (mode === 'numbers' && (problems.notOk || problems.na)) {
      void message.error({ content: problems.notOk || problems.na, duration: 6 })
      return false
    }
    const input = { ...values, inspectedOn: fromDay(values.inspectedOn), version: checklist.version, marks: markList(marks) } as unknown as InspectionRecordInput
    const counts = countMarks(marks, checklist.items.length)
    const saved = await run(() => call('inspections:record', input), `排查记录已保存：合格 ${counts.ok} 项，不合格 ${counts.notOk} 项，不适用 ${counts.na} 项`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  // Numbers that do not parse leave the marks of the last good numbers in place. Counts taken from them would
  // describe a value no longer on screen, so they are left out until the numbers are corrected.
  const problems = checklist ? numbersProblem(texts, checklist.items.length) : undefined
  const numbersInvalid = mode === 'numbers' && problems !== undefined && (problems.notOk !== '' || problems.na !== '')
  const counts = checklist && !numbersInvalid ? countMarks(marks, checklist.items.length) : undefined
  const resultLine = counts ? `本次：合格 ${counts.ok} 项，不合格 ${counts.notOk} 项，不适用 ${counts.na} 项。` : '本次：序号有误，改正后再统计。'
  return (
    <FormModal<RecordValues>
      title="录入排查记录"
      form={form}
      initialValues={{ planId, inspectedOn: today(), inspectorStaffId: null, note: '' }}
      onSubmit={submit}
      onClose={onClose}
      width={1000}
      testId="record-modal"
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="planId" label="排查计划" required rules={[schemaRule(fields.planId)]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={plans.map((plan) => ({ value: plan.id, label: plan.name }))} data-testid="record-plan" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="inspectedOn" label="检查日期" required rules={[schemaRule(fields.inspectedOn, fromDay)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} data-testid="record-date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="inspectorStaffId" label="检查人" required rules={[schemaRule(fields.inspectorStaffId)]}>
            <StaffSelect staff={staff} testId="record-inspector" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="note" label="参加人员及说明" rules={[schemaRule(fields.note)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} placeholder="如：参加人员：张海涛、刘志强；检查了教学楼和食堂" data-testid="record-note" />
          </Form.Item>
        </Col>
      </Row>
      {loadError && <Alert type="error" showIcon title={loadError} />}
      {!checklist && !loadError && <Spin />}
      {checklist && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="record-summary"
            title={`检查表共 ${checklist.items.length} 项，版本 ${checklist.planId}-${checklist.version}（与纸质检查表右上角的版本相同时，序号才一一对应）。${resultLine}`}
          />
          <Segmented<Mode>
            value={mode}
            onChange={switchMode}
            options={[
              { value: 'numbers', label: '按序号录入（纸质检查表）' },
              { value: 'ticks', label: '逐项勾选' }
            ]}
            style={{ marginBottom: 12 }}
            data-testid="record-mode"
          />
          {mode === 'numbers' ? (
            <NumbersEntry items={checklist.items} texts={texts} marks={marks} onChange={(nextTexts, nextMarks) => { setTexts(nextTexts); setMarks(nextMarks) }} />
          ) : (
            <TickEntry items={checklist.items} marks={marks} onChange={setMarks} />
          )}
        </>
      )}
    </FormModal>
  )
}
