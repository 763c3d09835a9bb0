import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useEffect } from 'react'
import type { ChosenPhoto, HazardDetail } from '@shared/contract/hazards'
import type { RiskPoint, Staff } from '@shared/domain/entities'
import {
  hazardCategories,
  hazardCategoryLabels,
  hazardGradeLabels,
  hazardGrades,
  hazardSourceLabels,
  hazardSources,
  type Hazard,
  type HazardCategory,
  type HazardGrade,
  type HazardSource,
  type PersonRef
} from '@shared/domain/hazards'
import type { MajorHazardCriteria } from '@shared/domain/major-hazard-criteria'
import { hazardRegisterInput, type HazardRegisterInput, type HazardUpdateInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PersonPicker } from '../../components/PersonPicker'
import { CriteriaPicker } from './CriteriaPicker'
import { fromDay, toDay, today } from './form-values'
import { PhotoPicker } from './PhotoPicker'

const fields = hazardRegisterInput.shape

interface RegistrationValues {
  description: string
  riskPointId: number | null
  place: string
  foundOn: Dayjs | null
  foundBy: PersonRef | null
  source: HazardSource
  category: HazardCategory
  grade: HazardGrade
  majorCriteria: string[]
  photos: ChosenPhoto[]
}

/** The starting values of a new hazard raised from a not-OK inspection result, and the result it is linked to. */
export interface RegistrationPrefill {
  inspectionResultId: number
  description: string
  riskPointId: number | null
  place: string
  foundOn: string
  foundBy: PersonRef
}

interface RegisterModalProps {
  /** The hazard to edit; a new one is registered when absent. */
  hazard?: Hazard
  /** For a new hazard from an inspection result: the values it starts with. */
  prefill?: RegistrationPrefill
  staff: readonly Staff[]
  points: readonly RiskPoint[]
  criteria: MajorHazardCriteria
  onSaved: (detail: HazardDetail) => void
  onClose: () => void
}

function initialValues(hazard?: Hazard, prefill?: RegistrationPrefill): Partial<RegistrationValues> {
  if (hazard) return { ...hazard, foundOn: toDay(hazard.foundOn), photos: [] }
  const blank: Partial<RegistrationValues> = { foundOn: today(), source: 'inspection', category: 'site', grade: 'general', majorCriteria: [], photos: [], riskPointId: null, foundBy: null }
  if (!prefill) return blank
  const { inspectionResultId: _resultId, ...values } = prefill
  return { ...blank, ...values, foundOn: toDay(prefill.foundOn), source: 'inspection' }
}

/** 登记隐患, or 修改登记信息 of a hazard not yet accepted; grading shows the major-hazard criteria to tick. */
export function RegisterModal({ hazard, prefill, staff, points, criteria, onSaved, onClose }: RegisterModalProps) {
  const [form] = Form.useForm<RegistrationValues>()
  const run = useAction()
  // The button's verb, which the field messages end with (请填写后再登记).
  const action = hazard ? '保存' : '登记'
  const ticked = Form.useWatch('majorCriteria', form) ?? []

  // Ticking a criterion makes the hazard 重大; the grade follows so the form shows what will be stored.
  useEffect(() => {
    if (ticked.length > 0 && form.getFieldValue('grade') !== 'major') form.setFieldValue('grade', 'major')
  }, [ticked, form])

  const submit = async (values: RegistrationValues) => {
    const { photos, ...rest } = values
    const base = { ...rest, foundOn: fromDay(values.foundOn) }
    const saved = hazard
      ? await run(() => call('hazards:update', { ...base, id: hazard.id } as unknown as HazardUpdateInput), '登记信息已保存')
      : await run(() => call('hazards:register', { ...base, inspectionResultId: prefill?.inspectionResultId ?? null, photoTokens: photos.map((photo) => photo.token) } as unknown as HazardRegisterInput))
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<RegistrationValues>
      title={hazard ? `修改登记信息 — ${hazard.code}` : '登记隐患'}
      form={form}
      initialValues={initialValues(hazard, prefill)}
      onSubmit={submit}
      onClose={onClose}
      width={860}
      okText={action}
      testId="hazard-register-modal"
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="description" label="隐患描述" required rules={[schemaRule(fields.description, undefined, action)]}>
            <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} placeholder="写清什么部位存在什么问题，如：后厨 2 号灭火器压力表指针在红区" data-testid="hazard-description" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="riskPointId" label="风险点" rules={[schemaRule(fields.riskPointId, undefined, action)]}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择所在风险点"
              options={points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))}
              data-testid="hazard-risk-point"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="place" label="具体部位" rules={[schemaRule(fields.place, undefined, action)]}>
            <Input maxLength={100} placeholder="如：后厨操作间东墙" data-testid="hazard-place" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="foundOn" label="发现日期" required rules={[schemaRule(fields.foundOn, fromDay, action)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} data-testid="hazard-found-on" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="foundBy" label="发现人" required rules={[schemaRule(fields.foundBy, undefined, action)]}>
            <PersonPicker staff={staff} testId="hazard-found-by" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="source" label="隐患来源" required rules={[schemaRule(fields.source, undefined, action)]}>
            <Radio.Group options={hazardSources.map((source) => ({ value: source, label: hazardSourceLabels[source] }))} data-testid="hazard-source" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="category" label="隐患类别" required rules={[schemaRule(fields.category, undefined, action)]}>
            <Radio.Group options={hazardCategories.map((category) => ({ value: category, label: hazardCategoryLabels[category] }))} data-testid="hazard-category" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="grade" label="隐患等级" required rules={[schemaRule(fields.grade, undefined, action)]} extra="重大事故隐患：危害和整改难度较大，需要停止使用或局部停课，经过一定时间整改才能排除，或学校自身难以排除的隐患。">
            <Radio.Group
              options={hazardGrades.map((grade) => ({ value: grade, label: hazardGradeLabels[grade], disabled: grade === 'general' && ticked.length > 0 }))}
              data-testid="hazard-grade"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="majorCriteria" label="重大事故隐患判定" rules={[schemaRule(fields.majorCriteria, undefined, action)]}>
            <CriteriaPicker criteria={criteria} />
          </Form.Item>
        </Col>
        {!hazard && (
          <Col span={24}>
            <Form.Item name="photos" label="整改前照片">
              <PhotoPicker testId="hazard-found-photos" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  )
}
