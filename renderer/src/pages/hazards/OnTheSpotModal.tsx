import { Alert, Col, DatePicker, Divider, Form, Input, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import type { ChosenPhoto, HazardDetail } from '@shared/contract/hazards'
import type { RiskPoint, Staff } from '@shared/domain/entities'
import { hazardCategories, hazardCategoryLabels, hazardSourceLabels, hazardSources, type HazardCategory, type HazardSource, type PersonRef } from '@shared/domain/hazards'
import { hazardOnTheSpotInput, type HazardOnTheSpotInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PersonPicker } from '../../components/PersonPicker'
import { fromDay, today } from './form-values'
import { PhotoPicker } from './PhotoPicker'

const fields = hazardOnTheSpotInput.shape

/** The button's verb, which the field messages end with (请填写后再登记并验收). */
const action = '登记并验收'

interface OnTheSpotValues {
  description: string
  riskPointId: number | null
  place: string
  foundOn: Dayjs | null
  foundBy: PersonRef | null
  source: HazardSource
  category: HazardCategory
  measures: string
  rectifiedOn: Dayjs | null
  rectifier: PersonRef | null
  rectificationNote: string
  acceptedOn: Dayjs | null
  acceptor: PersonRef | null
  acceptanceOpinion: string
  foundPhotos: ChosenPhoto[]
  rectifiedPhotos: ChosenPhoto[]
}

interface OnTheSpotModalProps {
  staff: readonly Staff[]
  points: readonly RiskPoint[]
  onSaved: (detail: HazardDetail) => void
  onClose: () => void
}

const notFuture = (day: Dayjs) => day.isAfter(today(), 'day')

/** 立即整改: a 一般 hazard found and fixed on the spot, registered, rectified and accepted in one step. */
export function OnTheSpotModal({ staff, points, onSaved, onClose }: OnTheSpotModalProps) {
  const [form] = Form.useForm<OnTheSpotValues>()
  const run = useAction()

  const submit = async (values: OnTheSpotValues) => {
    const { foundPhotos, rectifiedPhotos, ...rest } = values
    const input = {
      ...rest,
      grade: 'general',
      majorCriteria: [],
      inspectionResultId: null,
      foundOn: fromDay(values.foundOn),
      rectifiedOn: fromDay(values.rectifiedOn),
      acceptedOn: fromDay(values.acceptedOn),
      foundPhotoTokens: foundPhotos.map((photo) => photo.token),
      rectifiedPhotoTokens: rectifiedPhotos.map((photo) => photo.token)
    } as unknown as HazardOnTheSpotInput
    const saved = await run(() => call('hazards:on-the-spot', input), '已登记并验收，可办理销号')
    if (!saved) return false
    onSaved(saved)
    return true
  }

  const day = today()
  return (
    <FormModal<OnTheSpotValues>
      title="立即整改（一般事故隐患）"
      form={form}
      initialValues={{ foundOn: day, rectifiedOn: day, acceptedOn: day, source: 'inspection', category: 'site', riskPointId: null, foundPhotos: [], rectifiedPhotos: [], acceptanceOpinion: '已当场整改，验收合格。' }}
      onSubmit={submit}
      onClose={onClose}
      width={860}
      okText={action}
      testId="hazard-spot-modal"
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="用于发现后当场整改完毕的一般事故隐患。验收人须是整改人以外的人员；重大事故隐患请用“登记隐患”。" />
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="description" label="隐患描述" required rules={[schemaRule(fields.description, undefined, action)]}>
            <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 4 }} data-testid="spot-description" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="riskPointId" label="风险点" rules={[schemaRule(fields.riskPointId, undefined, action)]}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={points.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="place" label="具体部位" rules={[schemaRule(fields.place, undefined, action)]}>
            <Input maxLength={100} data-testid="spot-place" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="foundOn" label="发现日期" required rules={[schemaRule(fields.foundOn, fromDay, action)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="foundBy" label="发现人" required rules={[schemaRule(fields.foundBy, undefined, action)]}>
            <PersonPicker staff={staff} testId="spot-found-by" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="source" label="隐患来源" required rules={[schemaRule(fields.source, undefined, action)]}>
            <Radio.Group options={hazardSources.map((source) => ({ value: source, label: hazardSourceLabels[source] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="category" label="隐患类别" required rules={[schemaRule(fields.category, undefined, action)]}>
            <Radio.Group options={hazardCategories.map((category) => ({ value: category, label: hazardCategoryLabels[category] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">整改</Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="measures" label="整改措施" required rules={[schemaRule(fields.measures, undefined, action)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="spot-measures" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="rectifiedOn" label="整改完成日期" required rules={[schemaRule(fields.rectifiedOn, fromDay, action)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="rectifier" label="整改人" required rules={[schemaRule(fields.rectifier, undefined, action)]}>
            <PersonPicker staff={staff} testId="spot-rectifier" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="rectificationNote" label="整改情况" rules={[schemaRule(fields.rectificationNote, undefined, action)]}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">验收</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="acceptedOn" label="验收日期" required rules={[schemaRule(fields.acceptedOn, fromDay, action)]}>
            <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="acceptor" label="验收人" required rules={[schemaRule(fields.acceptor, undefined, action)]}>
            <PersonPicker staff={staff} testId="spot-acceptor" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="acceptanceOpinion" label="验收意见" required rules={[schemaRule(fields.acceptanceOpinion, undefined, action)]}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="foundPhotos" label="整改前照片">
            <PhotoPicker testId="spot-found-photos" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="rectifiedPhotos" label="整改后照片">
            <PhotoPicker testId="spot-rectified-photos" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
