import { Col, Form, Input, Radio, Row, Select } from 'antd'
import type { ControlMeasure, Post, Risk, RiskPoint, Staff } from '@shared/domain/entities'
import { controlLevelLabels, controlLevels, type ControlLevel } from '@shared/domain/levels'
import { measureCategories, measureCategoryShortLabels, type MeasureCategory } from '@shared/domain/measures'
import { measureInput, type MeasureInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { PostSelect } from '../../components/PostSelect'
import { StaffSelect } from '../../components/StaffSelect'
import { useProgressRefresh } from '../progress'

const fields = measureInput.shape

interface MeasureFormValues {
  category: MeasureCategory
  content: string
  controlLevel: ControlLevel
  ownerPostId: number | null
  ownerStaffId: number | null
}

interface MeasureModalProps {
  risk: Risk
  measure?: ControlMeasure
  /** Category preselected for a new measure, e.g. the one the risk still lacks. */
  category?: MeasureCategory
  posts: readonly Post[]
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onSaved: (point: RiskPoint) => void
  onClose: () => void
}

/** Adds or edits a control measure of a risk; the control level and owners start as the risk's. */
export function MeasureModal({ risk, measure, category, posts, staff, onStaffAdded, onSaved, onClose }: MeasureModalProps) {
  const [form] = Form.useForm<MeasureFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: MeasureFormValues) => {
    const input = { ...values, id: measure?.id ?? null, riskId: risk.id } as unknown as MeasureInput
    const saved = await run(() => call('measures:save', input), measure ? '管控措施已保存' : '管控措施已添加')
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  return (
    <FormModal<MeasureFormValues>
      title={measure ? '编辑管控措施' : '添加管控措施'}
      form={form}
      initialValues={
        measure ?? {
          category: category ?? 'engineering',
          content: '',
          controlLevel: risk.controlLevel,
          ownerPostId: risk.ownerPostId,
          ownerStaffId: risk.ownerStaffId
        }
      }
      onSubmit={submit}
      onClose={onClose}
      width={680}
      testId="measure-modal"
    >
      <div className="muted" style={{ marginBottom: 12 }}>
        风险：{risk.hazard}
      </div>
      <Form.Item name="category" label="措施类别" required rules={[schemaRule(fields.category)]}>
        <Radio.Group
          optionType="button"
          options={measureCategories.map((value) => ({ value, label: measureCategoryShortLabels[value] }))}
          data-testid="measure-category"
        />
      </Form.Item>
      <Form.Item name="content" label="措施内容" required rules={[schemaRule(fields.content)]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 8 }} placeholder="写明做什么、谁来做、做到什么程度，如：楼梯口安排教师在课间值守，疏导学生靠右慢行。" data-testid="measure-content" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="controlLevel" label="管控层级" required rules={[schemaRule(fields.controlLevel)]}>
            <Select options={controlLevels.map((value) => ({ value, label: controlLevelLabels[value] }))} data-testid="measure-control-level" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerPostId" label="责任岗位" rules={[schemaRule(fields.ownerPostId)]}>
            <PostSelect posts={posts} testId="measure-owner-post" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerStaffId" label="责任人" rules={[schemaRule(fields.ownerStaffId)]}>
            <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="measure-owner-staff" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
